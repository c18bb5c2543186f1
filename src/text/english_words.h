// Real English words, from Debian's word lists (wbritish, wamerican) embedded at build time
// (cmake/word_list.cmake, cmake/embed_files.cmake). The spelling corrector consults it so that
// a real word is never "corrected" into a medical one: "a hot baking tray" is not barking.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace sanus::text {

// Whether word (lower case, letters only) is an English word. Thread-safe.
bool IsEnglishWord(std::string_view word);

// The embedded list (one file: lower-case words, one per line, sorted bytewise).
struct WordListFile {
  std::string path;
  std::string content;
};
struct WordListView {
  std::string path;
  std::string_view content;
};
std::vector<WordListFile> EmbeddedWordListFiles();
std::vector<WordListView> EmbeddedWordListViews();

}  // namespace sanus::text
