// Reads the treatment knowledge: medicines/ (classes, medicines, interactions) and
// guidance/ (one condition a file). Runs after sources and conditions are loaded; references
// between entries are checked later by the validator, once every file is read.
#pragma once

#include <string>
#include <vector>

#include "knowledge/knowledge_base.h"
#include "knowledge/knowledge_files.h"
#include "knowledge/yaml_tree.h"

namespace sanus::knowledge {

void AddMedicineFile(const KnowledgeFileView& file, YamlNode root, KnowledgeBase& kb,
                     std::vector<std::string>& problems);
void AddGuidanceFile(const KnowledgeFileView& file, YamlNode root, KnowledgeBase& kb,
                     std::vector<std::string>& problems);

}  // namespace sanus::knowledge
