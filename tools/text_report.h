// The readable report `sanus assess` prints.
#pragma once

#include <string>

#include "sanus/assessment.h"

namespace sanus::tools {

std::string TextReport(const Assessment& assessment, Mode mode);

}  // namespace sanus::tools
