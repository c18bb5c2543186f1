// Checks the treatment knowledge once every file is loaded: every medicine, class, condition
// and source it names exists, each rule has what its context needs (an eGFR threshold for a
// kidney rule), and no condition is left without a way to seek help.
#pragma once

#include <string>
#include <vector>

#include "knowledge/knowledge_base.h"

namespace sanus::knowledge {

void ValidateTreatmentKnowledge(const KnowledgeBase& kb, std::vector<std::string>& problems);

}  // namespace sanus::knowledge
