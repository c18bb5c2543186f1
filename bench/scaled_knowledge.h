// A synthetic knowledge base larger than the embedded one, for the scaling benchmark only:
// an even share of the findings, conditions and red-flag rules, and the guidance of the
// copied conditions, are copied under new ids ("<id>_twin") with their synonyms made unique,
// so that loading and assessing can be measured at the sizes the knowledge base is expected
// to reach. Nothing here is clinical knowledge.
#pragma once

#include <string>

namespace sanus::bench {

// A temporary directory holding the knowledge base with a share of it copied, written on
// construction and removed on destruction. Loadable with Engine::CreateFromDirectory (the
// `--kb DIR` path).
//
// copied_share, from 0 to 1: 0 writes the embedded knowledge base unchanged (240 conditions
// give 240), 0.25 copies every fourth finding, condition and rule (300), 1 copies every one
// (480). A copy links the copies of the findings it names where they exist and the originals
// otherwise. Sources, medicines and the lexicon are shared, not copied.
//
// Throws std::runtime_error when the directory cannot be written (aborting the benchmark).
class ScaledKnowledgeDirectory {
 public:
  explicit ScaledKnowledgeDirectory(double copied_share);
  ~ScaledKnowledgeDirectory();
  ScaledKnowledgeDirectory(const ScaledKnowledgeDirectory&) = delete;
  ScaledKnowledgeDirectory& operator=(const ScaledKnowledgeDirectory&) = delete;

  const std::string& path() const { return path_; }

 private:
  std::string path_;
};

}  // namespace sanus::bench
