#include "reasoning/triage_policy.h"

#include <algorithm>

#include "reasoning/red_flags.h"

namespace sanus::reasoning {
namespace {

// A must-not-miss condition escalates to its own level from this posterior: missing it
// costs far more than an unneeded visit.
constexpr double kDangerousThreshold = 0.10;
// Below that, a must-not-miss condition that still holds this much means a doctor should see
// the person within a day: "chest pain" alone at 55 is not self-care.
constexpr double kSafetyNetThreshold = 0.08;
// The differential votes for level L when the conditions calling for L or more hold at
// least this much probability. Indexed by TriageLevel (self-care needs no threshold).
constexpr double kMassThreshold[] = {0.0, 0.45, 0.35, 0.30, 0.30};
// When "none of these" holds this much, Sanus does not know, and asks for a consultation.
constexpr double kUnknownThreshold = 0.5;
// Subsets of at most 2^8 red-flag findings are enumerated; more than 8 red-flag findings
// present is decided by the rules themselves.
constexpr size_t kMaxEnumeratedRedFlags = 8;

// Adds to subset the implied findings (carried) that something in it implies, directly or
// through another carried finding; a carried finding nothing in the subset implies goes back
// to what the person said: absent if they denied it, otherwise not mentioned.
void AddCarried(const knowledge::KnowledgeBase& kb, const std::vector<EvidenceItem>& carried, EvidenceSet& subset) {
  std::vector<bool> added(carried.size(), false);
  for (bool changed = true; changed;) {
    changed = false;
    for (size_t c = 0; c < carried.size(); ++c) {
      if (added[c]) continue;
      const bool implied = std::any_of(subset.items.begin(), subset.items.end(), [&](const EvidenceItem& item) {
        if (item.presence != Presence::kPresent) return false;
        const auto& implies = kb.finding(item.finding).implies;
        return std::find(implies.begin(), implies.end(), carried[c].finding) != implies.end();
      });
      if (!implied) continue;
      subset.items.push_back(carried[c]);
      added[c] = changed = true;
    }
  }
  for (size_t c = 0; c < carried.size(); ++c) {
    if (!added[c] && carried[c].denied) subset.items.push_back({carried[c].finding, Presence::kAbsent});
  }
}

}  // namespace

TriagePolicy::TriagePolicy(const knowledge::KnowledgeBase& kb, const Inference& inference)
    : kb_(kb), inference_(inference) {}

TriagePolicy::Vote TriagePolicy::VoteOfPosterior(const Posterior& posterior) const {
  Vote vote;
  for (const auto& entry : posterior.ranked) {
    const auto& c = kb_.condition(entry.condition);
    if (!c.dangerous) continue;
    const TriageLevel level = entry.probability >= kDangerousThreshold ? c.triage
                              : entry.probability >= kSafetyNetThreshold
                                  ? std::min(c.triage, TriageLevel::kUrgent)
                                  : TriageLevel::kSelfCare;
    if (level > vote.level) {
      vote.level = level;
      vote.conditions = {entry.condition};
    }
  }
  for (int level = static_cast<int>(TriageLevel::kEmergencyAmbulance);
       level > static_cast<int>(vote.level); --level) {
    double mass = 0;
    std::vector<knowledge::ConditionIndex> contributors;
    for (const auto& entry : posterior.ranked) {
      if (static_cast<int>(kb_.condition(entry.condition).triage) < level) continue;
      mass += entry.probability;
      // Name only conditions that carry real weight: "likely urine infection" at 0.00 would
      // mislead. The leading one is always named.
      if (contributors.size() < 3 && (contributors.empty() || entry.probability >= 0.05)) {
        contributors.push_back(entry.condition);
      }
    }
    if (mass >= kMassThreshold[level]) {
      vote.level = static_cast<TriageLevel>(level);
      vote.conditions = contributors;
      break;
    }
  }
  if (posterior.none_of_these >= kUnknownThreshold && vote.level < TriageLevel::kConsultation) {
    vote.level = TriageLevel::kConsultation;
    vote.conditions.clear();
  }
  return vote;
}

TriagePolicy::Vote TriagePolicy::VoteOverRedFlagSubsets(const EvidenceSet& evidence,
                                                        const Posterior& posterior) const {
  // Red-flag findings the person reported are switched on and off; what they imply comes and
  // goes with them (carried), so adding a red-flag finding can never lower the level. Everything
  // else the person said, including a finding a red flag would imply, stays fixed.
  std::vector<size_t> flagged;
  std::vector<EvidenceItem> carried;
  EvidenceSet base = evidence;
  base.items.clear();
  for (size_t i = 0; i < evidence.items.size(); ++i) {
    const auto& item = evidence.items[i];
    const bool present = item.presence == Presence::kPresent;
    if (present && item.implied) {
      carried.push_back(item);
    } else if (present && kb_.finding(item.finding).red_flag && flagged.size() < kMaxEnumeratedRedFlags) {
      flagged.push_back(i);
    } else {
      base.items.push_back(item);
    }
  }
  Vote best = VoteOfPosterior(posterior);
  const size_t subsets = size_t{1} << flagged.size();
  // The full set (subsets - 1) is the posterior already computed.
  for (size_t mask = 0; mask + 1 < subsets; ++mask) {
    EvidenceSet subset = base;
    for (size_t b = 0; b < flagged.size(); ++b) {
      if (mask & (size_t{1} << b)) subset.items.push_back(evidence.items[flagged[b]]);
    }
    AddCarried(kb_, carried, subset);
    if (subset.items.empty()) continue;  // no evidence at all says nothing
    Vote vote = VoteOfPosterior(inference_.Infer(subset));
    if (vote.level > best.level) {
      best = vote;
      best.from_subset = true;
    }
  }
  return best;
}

TriageOutcome TriagePolicy::Decide(const EvidenceSet& evidence, const Posterior& posterior) const {
  TriageOutcome outcome;
  outcome.rules = FiredRules(kb_, evidence);
  std::stable_sort(outcome.rules.begin(), outcome.rules.end(),
                   [](const auto* a, const auto* b) { return a->level > b->level; });
  const bool any_present = std::any_of(evidence.items.begin(), evidence.items.end(),
                                       [](const EvidenceItem& i) { return i.presence == Presence::kPresent; });
  if (!any_present) {
    outcome.nothing_understood = true;
    outcome.level = TriageLevel::kConsultation;
  } else {
    Vote vote = VoteOverRedFlagSubsets(evidence, posterior);
    outcome.level = vote.level;
    outcome.conditions = vote.conditions;
    outcome.from_subset = vote.from_subset;
  }
  for (const auto* rule : outcome.rules) outcome.level = std::max(outcome.level, rule->level);
  return outcome;
}

}  // namespace sanus::reasoning
