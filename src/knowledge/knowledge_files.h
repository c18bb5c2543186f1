// Where knowledge files come from: a directory on disk, or the copy embedded in the binary
// at build time (see cmake/embed_files.cmake).
#pragma once

#include <string>
#include <vector>

#include "sanus/status.h"

namespace sanus::knowledge {

// One YAML file: its path relative to the knowledge root ("conditions/cardiovascular/x.yaml").
struct KnowledgeFile {
  std::string path;
  std::string content;
};

// Reads every *.yaml file below dir, sorted by path. kNotFound when dir is not a directory.
Result<std::vector<KnowledgeFile>> ReadKnowledgeDirectory(const std::string& dir);

// The default knowledge base, as embedded at build time, sorted by path.
std::vector<KnowledgeFile> EmbeddedKnowledgeFiles();

}  // namespace sanus::knowledge
