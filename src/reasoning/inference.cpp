#include "reasoning/inference.h"

#include <algorithm>
#include <cmath>

namespace sanus::reasoning {
namespace {

// Prior mass of the "none of these" hypothesis: what the knowledge base does not cover.
constexpr double kNoneOfThesePrior = 0.2;
// Never treat a finding as certain or impossible: authors' frequencies are judgements.
constexpr double kMaxFrequency = 0.99;

// Ages outside every band keep weight 1.
double WeightAt(const knowledge::Condition& c, double age) {
  for (const auto& band : c.age_weights) {
    if (age >= band.from && age < band.to) return band.weight;
  }
  return 1.0;
}

// With the age unknown, the weight is its average over ages 0 to 80: a condition of young
// infants is then rare, as it is among all the people who might be writing. Computed once
// per condition when inference is built (960 monthly steps each).
double AverageAgeWeight(const knowledge::Condition& c) {
  if (c.age_weights.empty()) return 1.0;
  constexpr double kSpan = 80.0, kStep = 1.0 / 12;  // monthly steps
  double sum = 0;
  int n = 0;
  for (double a = kStep / 2; a < kSpan; a += kStep, ++n) sum += WeightAt(c, a);
  return sum / n;
}

// A stated week of pregnancy outside a condition's range makes it unlikely, not impossible:
// dates can be wrong, and rare early presentations exist (pre-eclampsia with a molar
// pregnancy). Red-flag rules do not depend on it.
double GestationWeight(const knowledge::Condition& c, const EvidenceSet& evidence) {
  constexpr double kOutsideGestation = 0.02;
  if (!c.gestation) return 1.0;
  for (const auto& v : evidence.values) {
    if (v.name != "gestation_weeks") continue;
    if (v.value < c.gestation->from || v.value >= c.gestation->to) return kOutsideGestation;
  }
  return 1.0;
}

// The log-likelihood ratio one finding, present or absent, contributes to a condition that
// links it with frequency q (0 when unlinked), against "none of these". q stays a float, so
// 1 - q is taken in float precision, as the posterior always has; Explain takes it in double.
// Keeping each as it was keeps every output bit-identical.
double EvidenceTerm(double leak, float q, Presence presence) {
  const double p = 1 - (1 - leak) * (1 - q);
  return presence == Presence::kPresent ? std::log(p / leak) : std::log((1 - p) / (1 - leak));
}

// A condition of either sex with a sourced ratio (gout in men, migraine in women) is weighed
// by it so that the average over both sexes is unchanged: the prevalence class stays the
// population figure, and an unknown sex keeps weight 1.
double SexRatioWeight(const knowledge::Condition& c, Sex sex) {
  if (!c.epidemiology || !c.epidemiology->sex_ratio || sex == Sex::kUnknown) return 1.0;
  const auto& r = *c.epidemiology->sex_ratio;
  const double own = sex == Sex::kFemale ? r.female : r.male;
  return 2.0 * own / (r.female + r.male);
}

}  // namespace

double SexWeight(const knowledge::Condition& c, Sex sex) {
  using knowledge::SexRestriction;
  if (c.sex == SexRestriction::kAny) return SexRatioWeight(c, sex);
  if (sex == Sex::kUnknown) return 0.5;
  const bool matches = (c.sex == SexRestriction::kFemale) == (sex == Sex::kFemale);
  return matches ? 1.0 : 0.0;
}

Inference::Inference(const knowledge::KnowledgeBase& kb) : kb_(kb), links_by_finding_(kb.findings.size()) {
  average_age_weight_.reserve(kb.conditions.size());
  for (const auto& condition : kb.conditions) average_age_weight_.push_back(AverageAgeWeight(condition));
  for (size_t c = 0; c < kb.conditions.size(); ++c) {
    const auto condition = static_cast<int32_t>(c);
    for (const auto& link : kb.conditions[c].findings) {
      auto& links = links_by_finding_[static_cast<size_t>(link.finding.value)];
      const auto frequency = static_cast<float>(std::min(link.frequency, kMaxFrequency));
      // A finding a condition lists twice (which the validator rejects) keeps the last frequency.
      if (!links.empty() && links.back().condition == condition) links.back().frequency = frequency;
      else links.push_back({condition, frequency});
    }
  }
}

double Inference::LinkFrequency(knowledge::ConditionIndex c, knowledge::FindingIndex f) const {
  const auto& links = links_by_finding_[static_cast<size_t>(f.value)];
  auto it = std::lower_bound(links.begin(), links.end(), c.value,
                             [](const ConditionLink& link, int32_t condition) { return link.condition < condition; });
  return it != links.end() && it->condition == c.value ? it->frequency : 0.0f;
}

double Inference::Prior(knowledge::ConditionIndex c, const EvidenceSet& evidence) const {
  const auto& condition = kb_.condition(c);
  const double age_weight = evidence.age_years ? WeightAt(condition, *evidence.age_years)
                                               : average_age_weight_[static_cast<size_t>(c.value)];
  return condition.prevalence * age_weight *
         SexWeight(condition, evidence.sex) * GestationWeight(condition, evidence);
}

std::vector<FindingEffect> Inference::Explain(knowledge::ConditionIndex c,
                                              const EvidenceSet& evidence) const {
  std::vector<FindingEffect> effects;
  for (const auto& item : evidence.items) {
    const double leak = kb_.finding(item.finding).base_rate;
    const double p = 1 - (1 - leak) * (1 - LinkFrequency(c, item.finding));
    const double lr = item.presence == Presence::kPresent ? p / leak : (1 - p) / (1 - leak);
    effects.push_back({item.finding, std::log(lr)});
  }
  std::sort(effects.begin(), effects.end(), [](const FindingEffect& a, const FindingEffect& b) {
    return std::abs(a.log_likelihood_ratio) > std::abs(b.log_likelihood_ratio);
  });
  return effects;
}

Posterior Inference::Infer(const EvidenceSet& evidence) const {
  // Work in log space relative to "none of these", so long evidence lists cannot underflow.
  const size_t n = kb_.conditions.size();
  std::vector<double> log_scores(n);
  std::vector<bool> possible(n);
  for (size_t c = 0; c < n; ++c) {
    const double prior = Prior(knowledge::ConditionIndex{static_cast<int32_t>(c)}, evidence);
    possible[c] = prior > 0;
    if (possible[c]) log_scores[c] = std::log(prior);
  }
  // Each item adds one term to every condition, in the order of the items; the term of an
  // unlinked condition (q = 0) is the same for all of them, so it is computed once.
  std::vector<double> terms(n);
  for (const auto& item : evidence.items) {
    const double leak = kb_.finding(item.finding).base_rate;
    std::fill(terms.begin(), terms.end(), EvidenceTerm(leak, 0.0f, item.presence));
    for (const auto& link : links_by_finding_[static_cast<size_t>(item.finding.value)]) {
      terms[static_cast<size_t>(link.condition)] = EvidenceTerm(leak, link.frequency, item.presence);
    }
    for (size_t c = 0; c < n; ++c) log_scores[c] += terms[c];
  }
  std::vector<std::pair<double, int32_t>> scores;
  scores.reserve(n);
  for (size_t c = 0; c < n; ++c) {
    if (possible[c]) scores.emplace_back(log_scores[c], static_cast<int32_t>(c));
  }
  const double none_log = std::log(kNoneOfThesePrior);
  double max_log = none_log;
  for (const auto& [s, c] : scores) max_log = std::max(max_log, s);
  double total = std::exp(none_log - max_log);
  for (const auto& [s, c] : scores) total += std::exp(s - max_log);

  Posterior posterior;
  posterior.none_of_these = std::exp(none_log - max_log) / total;
  posterior.ranked.reserve(scores.size());
  for (const auto& [s, c] : scores) {
    posterior.ranked.push_back({knowledge::ConditionIndex{c}, std::exp(s - max_log) / total, {}});
  }
  std::sort(posterior.ranked.begin(), posterior.ranked.end(),
            [](const ConditionPosterior& a, const ConditionPosterior& b) {
              return a.probability > b.probability;
            });
  return posterior;
}

}  // namespace sanus::reasoning
