// A synthetic knowledge base twice the size of the embedded one, for the scaling benchmark
// only: every finding, condition, red-flag rule and guidance file is copied under a new id
// ("<id>_twin") with its synonyms made unique, so loading and assessing can be measured at
// the size the knowledge base is expected to reach. Nothing here is clinical knowledge.
#pragma once

#include <string>

namespace sanus::bench {

// A temporary directory holding the doubled knowledge base, written on construction and
// removed on destruction. Loadable with Engine::CreateFromDirectory (the `--kb DIR` path).
// Aborts the benchmark (throws std::runtime_error) when the directory cannot be written.
class DoubledKnowledgeDirectory {
 public:
  DoubledKnowledgeDirectory();
  ~DoubledKnowledgeDirectory();
  DoubledKnowledgeDirectory(const DoubledKnowledgeDirectory&) = delete;
  DoubledKnowledgeDirectory& operator=(const DoubledKnowledgeDirectory&) = delete;

  const std::string& path() const { return path_; }

 private:
  std::string path_;
};

}  // namespace sanus::bench
