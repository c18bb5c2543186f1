#include "reasoning/red_flags.h"

#include <algorithm>

namespace sanus::reasoning {
namespace {

bool VitalHolds(const knowledge::ValueRule& vital, const EvidenceSet& evidence) {
  return std::any_of(evidence.values.begin(), evidence.values.end(), [&](const MeasuredValue& v) {
    return v.name == vital.name && vital.Holds(v.value);
  });
}

}  // namespace

bool RuleFires(const knowledge::RedFlagRule& rule, const EvidenceSet& evidence) {
  for (const auto& f : rule.all) {
    if (!evidence.IsPresent(f)) return false;
  }
  if (!rule.any.empty() &&
      std::none_of(rule.any.begin(), rule.any.end(),
                   [&](knowledge::FindingIndex f) { return evidence.IsPresent(f); })) {
    return false;
  }
  if (rule.age_from || rule.age_to) {
    if (!evidence.age_years) return false;
    if (rule.age_from && *evidence.age_years < *rule.age_from) return false;
    if (rule.age_to && *evidence.age_years >= *rule.age_to) return false;
  }
  return !rule.vital || VitalHolds(*rule.vital, evidence);
}

std::vector<const knowledge::RedFlagRule*> FiredRules(const knowledge::KnowledgeBase& kb,
                                                      const EvidenceSet& evidence) {
  std::vector<const knowledge::RedFlagRule*> fired;
  for (const auto& rule : kb.red_flags) {
    if (RuleFires(rule, evidence)) fired.push_back(&rule);
  }
  return fired;
}

std::vector<bool> RedFlagFindingMask(const knowledge::KnowledgeBase& kb) {
  std::vector<bool> mask(kb.findings.size(), false);
  for (size_t i = 0; i < kb.findings.size(); ++i) mask[i] = kb.findings[i].red_flag;
  // What a red-flag finding implies arrives with it, so it counts as red-flag too: otherwise
  // adding the finding would also change the evidence held fixed in the triage vote.
  for (bool changed = true; changed;) {
    changed = false;
    for (size_t i = 0; i < kb.findings.size(); ++i) {
      if (!mask[i]) continue;
      for (auto implied : kb.findings[i].implies) {
        if (!mask[static_cast<size_t>(implied.value)]) {
          mask[static_cast<size_t>(implied.value)] = true;
          changed = true;
        }
      }
    }
  }
  return mask;
}

}  // namespace sanus::reasoning
