#include "text/english_words.h"

#include <algorithm>

namespace sanus::text {
namespace {

// The words as views into the embedded bytes, built on first use: a lookup is a binary search,
// and a process that never meets an unknown word never pays for the index.
const std::vector<std::string_view>& Words() {
  static const std::vector<std::string_view> words = [] {
    std::vector<std::string_view> out;
    for (const auto& file : EmbeddedWordListViews()) {
      std::string_view rest = file.content;
      while (!rest.empty()) {
        const size_t end = std::min(rest.find('\n'), rest.size());
        if (end > 0) out.push_back(rest.substr(0, end));
        rest.remove_prefix(std::min(end + 1, rest.size()));
      }
    }
    std::sort(out.begin(), out.end());  // already sorted by the build; cheap to make certain
    return out;
  }();
  return words;
}

}  // namespace

bool IsEnglishWord(std::string_view word) {
  const auto& words = Words();
  return std::binary_search(words.begin(), words.end(), word);
}

}  // namespace sanus::text
