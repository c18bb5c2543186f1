// Reads laboratory results from a clinician's text ("ALT 6498", "Hb 6.4 g/dL", "K+ 6.9",
// "BM 2.1", "BP 85/50" for the diastolic) into MeasuredValues in one fixed unit per name
// (docs/knowledge-format.md lists them), converting the other common units.
#pragma once

#include <string>
#include <vector>

#include "sanus/assessment.h"

namespace sanus::text {

// Appends the lab values found in lower-cased text. Implausible values are dropped.
void AddLabValues(const std::string& lower_text, std::vector<MeasuredValue>& out);

// The names AddLabValues produces.
const std::vector<std::string>& LabValueNames();

}  // namespace sanus::text
