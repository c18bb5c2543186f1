// Parses knowledge files on a second thread, in the order the loader reads them and a bounded
// number ahead of it. Parsing YAML is about half of a load and reading the trees is the rest,
// so the two overlap on a machine with two cores; the loader still reads every file in order,
// so what it builds and the problems it reports do not change.
#pragma once

#include <yaml-cpp/yaml.h>

#include <condition_variable>
#include <exception>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <vector>

#include "knowledge/knowledge_files.h"

namespace sanus::knowledge {

struct ParsedFile {
  std::optional<YAML::Node> root;  // empty when the file is not valid YAML
  std::string error;               // the parser's message then
};

// Thread-safety: one reader thread calls Take, with i = 0, 1, 2 ... in turn.
class ParseAhead {
 public:
  explicit ParseAhead(std::vector<const KnowledgeFile*> files);
  ~ParseAhead();
  ParseAhead(const ParseAhead&) = delete;
  ParseAhead& operator=(const ParseAhead&) = delete;

  // The tree of the i-th file, waiting for it if needed; each is taken once.
  ParsedFile Take(size_t i);

 private:
  // Trees parsed but not yet read: bounds the memory a load holds at once.
  static constexpr size_t kWindow = 32;
  void Run();

  std::vector<const KnowledgeFile*> files_;
  std::vector<std::optional<ParsedFile>> parsed_;
  std::exception_ptr failure_;  // anything but a YAML error, rethrown to the reader
  size_t taken_ = 0;
  bool stop_ = false;
  std::mutex mutex_;
  std::condition_variable changed_;
  std::thread worker_;
};

}  // namespace sanus::knowledge
