// The evidence inference and triage work on: findings by index with their presence, the
// measured values, and the patient's age and sex.
#pragma once

#include <optional>
#include <vector>

#include "knowledge/knowledge_base.h"
#include "sanus/assessment.h"

namespace sanus::reasoning {

struct EvidenceItem {
  knowledge::FindingIndex finding;
  Presence presence = Presence::kPresent;
  // Present only because another present finding implies it ("coughing blood" brings "cough"):
  // the triage vote adds and removes it together with what implies it.
  bool implied = false;
  bool denied = false;  // implied, though the person had denied it: without its source it is absent
};

struct EvidenceSet {
  std::vector<EvidenceItem> items;  // at most one per finding
  std::vector<MeasuredValue> values;
  std::optional<double> age_years;
  Sex sex = Sex::kUnknown;

  bool IsPresent(knowledge::FindingIndex f) const {
    for (const auto& item : items) {
      if (item.finding == f) return item.presence == Presence::kPresent;
    }
    return false;
  }
};

}  // namespace sanus::reasoning
