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
