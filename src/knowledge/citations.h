// Registered sources as the citations output carries.
#pragma once

#include <string>
#include <vector>

#include "knowledge/knowledge_base.h"
#include "sanus/assessment.h"

namespace sanus::knowledge {

// The sources with these ids, as citations, in order; unknown or empty ids are skipped (the
// validator has already refused them in a loaded knowledge base).
std::vector<Citation> Cite(const KnowledgeBase& kb, const std::vector<std::string>& source_ids);

}  // namespace sanus::knowledge
