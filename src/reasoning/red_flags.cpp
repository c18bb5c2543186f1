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

bool PersonFits(const knowledge::RedFlagRule& rule, const EvidenceSet& evidence) {
  if (rule.age_from || rule.age_to) {
    if (!evidence.age_years) return false;
    if (rule.age_from && *evidence.age_years < *rule.age_from) return false;
    if (rule.age_to && *evidence.age_years >= *rule.age_to) return false;
  }
  using knowledge::SexRestriction;
  if (rule.sex == SexRestriction::kAny) return true;
  return evidence.sex == (rule.sex == SexRestriction::kFemale ? Sex::kFemale : Sex::kMale);
}

bool RuleFires(const knowledge::RedFlagRule& rule, const EvidenceSet& evidence) {
  for (const auto& f : rule.all) {
    if (!evidence.IsPresent(f)) return false;
  }
  if (!rule.any.empty() &&
      std::none_of(rule.any.begin(), rule.any.end(),
                   [&](knowledge::FindingIndex f) { return evidence.IsPresent(f); })) {
    return false;
  }
  if (!PersonFits(rule, evidence)) return false;
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


}  // namespace sanus::reasoning
