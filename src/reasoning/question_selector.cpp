#include "reasoning/question_selector.h"

#include <algorithm>
#include <cmath>

#include "reasoning/red_flags.h"

namespace sanus::reasoning {
namespace {

// Questions come from the findings of this many leading conditions.
constexpr size_t kLeadingConditions = 8;
// ... and from this many leading must-not-miss conditions.
constexpr size_t kLeadingDangerous = 4;
// How much more uncertainty about a must-not-miss condition weighs in the entropy.
constexpr double kDangerousWeight = 4.0;

bool Known(knowledge::FindingIndex f, const EvidenceSet& evidence) {
  return std::any_of(evidence.items.begin(), evidence.items.end(),
                     [&](const EvidenceItem& i) { return i.finding == f; });
}

}  // namespace

QuestionSelector::QuestionSelector(const knowledge::KnowledgeBase& kb, const Inference& inference)
    : kb_(kb), inference_(inference), linked_by_(kb.findings.size()), pregnant_(kb.FindFinding("pregnant")) {
  for (size_t c = 0; c < kb.conditions.size(); ++c) {
    for (const auto& link : kb.conditions[c].findings) {
      linked_by_[static_cast<size_t>(link.finding.value)].push_back({static_cast<int32_t>(c)});
    }
  }
}

bool QuestionSelector::Askable(knowledge::FindingIndex f, const EvidenceSet& evidence,
                               const std::vector<knowledge::FindingIndex>& asked, bool ask_results) const {
  // Vital-sign findings ("pulse over 130") are read from measurements, not asked; test
  // results are asked only of a clinician.
  const std::string& kind = kb_.finding(f).kind;
  if (kind == "vital" || (kind == "test" && !ask_results)) return false;
  if (Known(f, evidence) || std::find(asked.begin(), asked.end(), f) != asked.end()) return false;
  // "Are you pregnant?" is never asked of a man or a young child, even when a rule about
  // pregnancy is partly met by a finding they do have (a headache).
  if (pregnant_ && f == *pregnant_ &&
      (evidence.sex == Sex::kMale || (evidence.age_years && *evidence.age_years < 10))) {
    return false;
  }
  // Never ask what only matters for conditions this person cannot have ("are you pregnant?"
  // to a man).
  const auto& linked = linked_by_[static_cast<size_t>(f.value)];
  return linked.empty() || std::any_of(linked.begin(), linked.end(), [&](knowledge::ConditionIndex c) {
           return inference_.Prior(c, evidence) > 0;
         });
}

std::optional<knowledge::FindingIndex> QuestionSelector::MissingFinding(
    const knowledge::RedFlagRule& rule, const EvidenceSet& evidence,
    const std::vector<knowledge::FindingIndex>& asked, bool ask_results) const {
  // Every 'all' finding must be present or still askable; the first askable one is asked.
  std::optional<knowledge::FindingIndex> missing;
  for (auto f : rule.all) {
    if (evidence.IsPresent(f)) continue;
    if (!Askable(f, evidence, asked, ask_results)) return std::nullopt;  // known absent, or not answerable
    if (!missing) missing = f;
  }
  if (missing) return missing;
  // All of 'all' present: the rule waits on one of 'any'.
  for (auto f : rule.any) {
    if (Askable(f, evidence, asked, ask_results)) return f;
  }
  return std::nullopt;
}

double QuestionSelector::PredictedYes(knowledge::FindingIndex f, const Posterior& posterior) const {
  const auto& finding = kb_.finding(f);
  double p_yes = posterior.none_of_these * finding.base_rate;
  for (const auto& c : posterior.ranked) {
    double q = 0;
    for (const auto& link : kb_.condition(c.condition).findings) {
      if (link.finding == f) q = link.frequency;
    }
    p_yes += c.probability * (1 - (1 - finding.base_rate) * (1 - q));
  }
  return p_yes;
}

double QuestionSelector::ChanceToFire(const knowledge::RedFlagRule& rule, const EvidenceSet& evidence,
                                      const Posterior& posterior) const {
  // The findings are treated as independent given the posterior: rough, but it ranks a
  // common finding one answer away above a rare one or two answers away.
  double chance = 1;
  for (auto f : rule.all) {
    if (!evidence.IsPresent(f)) chance *= PredictedYes(f, posterior);
  }
  if (rule.any.empty()) return chance;
  double any = 0;
  for (auto f : rule.any) {
    if (evidence.IsPresent(f)) return chance;
    any = std::max(any, PredictedYes(f, posterior));
  }
  return chance * any;
}

std::optional<QuestionChoice> QuestionSelector::NextScreening(
    const EvidenceSet& evidence, const Posterior& posterior,
    const std::vector<knowledge::FindingIndex>& asked, TriageLevel current, bool ask_results) const {
  // The rule most likely to fire on the answers still to come is checked first, weighted
  // by how far it would raise the level: with a headache and a fever, "is your neck stiff?"
  // comes before "has an eye check shown swelling at the back of the eye?", which is one
  // answer from an emergency too but far less likely. Ordering by level alone spent a whole
  // interview on unlikely ambulance rules.
  std::optional<QuestionChoice> best;
  double best_score = 0;
  for (const auto& rule : kb_.red_flags) {
    if (rule.level <= current || rule.vital || !PersonFits(rule, evidence)) continue;
    // Partly met: one of its findings is already present.
    bool partly = false;
    for (auto f : rule.all) partly = partly || evidence.IsPresent(f);
    for (auto f : rule.any) partly = partly || evidence.IsPresent(f);
    if (!partly) continue;
    const auto missing = MissingFinding(rule, evidence, asked, ask_results);
    if (!missing) continue;
    const double levels_raised = static_cast<double>(static_cast<int>(rule.level) - static_cast<int>(current));
    const double score = ChanceToFire(rule, evidence, posterior) * std::exp2(levels_raised);
    if (best && score <= best_score) continue;
    best = QuestionChoice{*missing, 0, &rule, std::nullopt, std::nullopt};
    best_score = score;
  }
  return best;
}

double QuestionSelector::Entropy(const Posterior& posterior) const {
  double h = 0;
  auto add = [&h](double p, double weight) {
    if (p > 0) h -= weight * p * std::log(p);
  };
  // Uncertainty about a must-not-miss condition counts more (the brief's H_w, §1.8): the
  // interview should settle "is it a clot in the lung?" before "is it a cold or flu?".
  for (const auto& c : posterior.ranked) {
    add(c.probability, kb_.condition(c.condition).dangerous ? kDangerousWeight : 1.0);
  }
  add(posterior.none_of_these, 1.0);
  return h;
}

double QuestionSelector::ExpectedGain(knowledge::FindingIndex f, const EvidenceSet& evidence,
                                      const Posterior& posterior, double entropy) const {
  const double p_yes = PredictedYes(f, posterior);
  EvidenceSet yes = evidence, no = evidence;
  yes.items.push_back({f, Presence::kPresent});
  no.items.push_back({f, Presence::kAbsent});
  const double after = p_yes * Entropy(inference_.Infer(yes)) + (1 - p_yes) * Entropy(inference_.Infer(no));
  return entropy - after;
}

std::optional<QuestionChoice> QuestionSelector::MostInformative(
    const EvidenceSet& evidence, const Posterior& posterior,
    const std::vector<knowledge::FindingIndex>& asked, bool ask_results) const {
  // The pool: findings of the leading conditions, and of the leading must-not-miss ones,
  // which a complaint of risk factors alone ("on the pill, just back from a long flight")
  // would otherwise never reach.
  std::vector<knowledge::ConditionIndex> sources;
  size_t dangerous = 0;
  for (size_t i = 0; i < posterior.ranked.size(); ++i) {
    const auto c = posterior.ranked[i].condition;
    if (i < kLeadingConditions) sources.push_back(c);
    else if (kb_.condition(c).dangerous && dangerous < kLeadingDangerous) sources.push_back(c);
    if (kb_.condition(c).dangerous) ++dangerous;
  }
  std::vector<knowledge::FindingIndex> pool;
  for (auto c : sources) {
    for (const auto& link : kb_.condition(c).findings) {
      if (Askable(link.finding, evidence, asked, ask_results) &&
          std::find(pool.begin(), pool.end(), link.finding) == pool.end()) {
        pool.push_back(link.finding);
      }
    }
  }
  const double entropy = Entropy(posterior);
  std::optional<QuestionChoice> best;
  for (auto f : pool) {
    const double gain = ExpectedGain(f, evidence, posterior, entropy);
    if (!best || gain > best->information) best = QuestionChoice{f, gain, nullptr, std::nullopt, std::nullopt};
  }
  if (best && posterior.ranked.size() >= 2) {
    best->first = posterior.ranked[0].condition;
    best->second = posterior.ranked[1].condition;
  }
  return best;
}

}  // namespace sanus::reasoning
