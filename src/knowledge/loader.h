// Turns knowledge files into a KnowledgeBase: parses the YAML, checks each field, and
// resolves every id to an index. Collects all problems instead of stopping at the first, so
// an author sees the whole list at once.
#pragma once

#include <string>
#include <vector>

#include "knowledge/knowledge_base.h"
#include "knowledge/knowledge_files.h"

namespace sanus::knowledge {

struct LoadOutcome {
  KnowledgeBase kb;
  std::vector<std::string> problems;  // "conditions/x.yaml: finding 'foo' is not defined"
};

// Never fails outright: a file that does not parse is one problem and is skipped.
LoadOutcome LoadKnowledge(const std::vector<KnowledgeFileView>& files);
LoadOutcome LoadKnowledge(const std::vector<KnowledgeFile>& files);

}  // namespace sanus::knowledge
