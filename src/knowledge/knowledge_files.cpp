#include "knowledge/knowledge_files.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <system_error>

namespace sanus::knowledge {

namespace fs = std::filesystem;

std::vector<KnowledgeFileView> ViewsOf(const std::vector<KnowledgeFile>& files) {
  std::vector<KnowledgeFileView> views;
  views.reserve(files.size());
  for (const auto& file : files) views.push_back({file.path, file.content});
  return views;
}

Result<std::vector<KnowledgeFile>> ReadKnowledgeDirectory(const std::string& dir) {
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) {
    return Status::NotFound("knowledge directory not found: " + dir);
  }
  std::vector<KnowledgeFile> files;
  for (fs::recursive_directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
    if (!it->is_regular_file() || it->path().extension() != ".yaml") continue;
    std::ifstream in(it->path(), std::ios::binary);
    if (!in) return Status::NotFound("cannot read " + it->path().string());
    std::ostringstream content;
    content << in.rdbuf();
    // Every listed path starts with dir as given, so taking that prefix off is enough:
    // fs::relative would resolve both paths on disk, eight system calls a file.
    files.push_back({it->path().lexically_relative(dir).generic_string(), content.str()});
  }
  if (ec) return Status(StatusCode::kUnavailable, "cannot list " + dir + ": " + ec.message());
  std::sort(files.begin(), files.end(),
            [](const KnowledgeFile& a, const KnowledgeFile& b) { return a.path < b.path; });
  return files;
}

}  // namespace sanus::knowledge
