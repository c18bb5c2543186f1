// Where knowledge files come from: a directory on disk, or the copy embedded in the binary
// at build time (see cmake/embed_files.cmake).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "sanus/status.h"

namespace sanus::knowledge {

// One YAML file: its path relative to the knowledge root ("conditions/cardiovascular/x.yaml").
struct KnowledgeFile {
  std::string path;
  std::string content;
};

// A knowledge file whose content is read where it lies, not copied: in the binary for the
// embedded files (copying their megabytes into fresh memory was a visible share of
// start-up), in the KnowledgeFile it views otherwise.
struct KnowledgeFileView {
  std::string path;
  std::string_view content;
};

// Views of files, valid while files lives.
std::vector<KnowledgeFileView> ViewsOf(const std::vector<KnowledgeFile>& files);

// Reads every *.yaml file below dir, sorted by path. kNotFound when dir is not a directory.
Result<std::vector<KnowledgeFile>> ReadKnowledgeDirectory(const std::string& dir);

// The default knowledge base, as embedded at build time, sorted by path.
std::vector<KnowledgeFile> EmbeddedKnowledgeFiles();
// The same files, their content read in place.
std::vector<KnowledgeFileView> EmbeddedKnowledgeFileViews();

}  // namespace sanus::knowledge
