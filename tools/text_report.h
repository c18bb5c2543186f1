// The readable report `sanus assess` prints.
#pragma once

#include <string>

#include <vector>

#include "sanus/assessment.h"
#include "sanus/guidance.h"

namespace sanus::tools {

std::string TextReport(const Assessment& assessment, Mode mode);
// The report followed by the guidance of the leading conditions, one numbered source list.
std::string TextReport(const Assessment& assessment, Mode mode, const std::vector<ConditionGuidance>& guidance);

}  // namespace sanus::tools
