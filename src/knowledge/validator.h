// Checks a loaded knowledge base for what the loader cannot see one entry at a time:
// ranges, formats, duplicate synonyms, facts without a source. See docs/knowledge-format.md.
#pragma once

#include <string>
#include <vector>

#include "knowledge/knowledge_base.h"

namespace sanus::knowledge {

// The names a measured value may have (temperature_c, heart_rate, ...).
bool IsKnownValueName(const std::string& name);

// Returns one readable line per problem; empty when the knowledge base is valid.
std::vector<std::string> Validate(const KnowledgeBase& kb);

}  // namespace sanus::knowledge
