#include "text/spelling.h"

#include <algorithm>
#include <cctype>
#include <utility>

#include "text/english_words.h"

namespace sanus::text {

int EditDistance(const std::string& a, const std::string& b, int limit) {
  const size_t n = a.size(), m = b.size();
  if (static_cast<int>(n > m ? n - m : m - n) > limit) return limit + 1;
  // Words longer than this are compared only for equality: no symptom word is that long.
  constexpr size_t kMaxLength = 63;
  if (n > kMaxLength || m > kMaxLength) return a == b ? 0 : limit + 1;
  // Three rolling rows (the transposition looks two rows back); no allocation on this path,
  // which runs for every unknown word against every candidate.
  int rows[3][kMaxLength + 1];
  int* before = rows[0];
  int* previous = rows[1];
  int* current = rows[2];
  for (size_t j = 0; j <= m; ++j) previous[j] = static_cast<int>(j);
  for (size_t i = 1; i <= n; ++i) {
    current[0] = static_cast<int>(i);
    int row_min = current[0];
    for (size_t j = 1; j <= m; ++j) {
      const int cost = a[i - 1] == b[j - 1] ? 0 : 1;
      current[j] = std::min({previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost});
      if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) {
        current[j] = std::min(current[j], before[j - 2] + 1);
      }
      row_min = std::min(row_min, current[j]);
    }
    if (row_min > limit) return limit + 1;
    int* recycled = before;
    before = previous;
    previous = current;
    current = recycled;
  }
  return previous[m];
}

SpellingCorrector::SpellingCorrector(std::unordered_set<std::string> vocabulary)
    : known_(std::move(vocabulary)) {
  for (const auto& word : known_) {
    const bool alphabetic = std::all_of(word.begin(), word.end(),
                                        [](unsigned char c) { return std::isalpha(c); });
    if (alphabetic && word.size() >= 4) by_length_[word.size()].push_back(word);
  }
  for (auto& [length, words] : by_length_) std::sort(words.begin(), words.end());
}

std::optional<std::string> SpellingCorrector::Correct(const std::string& word) const {
  // A real English word is what the person meant, even when a medical word lies one letter
  // away ("baking", "barking").
  if (word.size() < 5 || Knows(word) || IsEnglishWord(word)) return std::nullopt;
  const int limit = word.size() >= 8 ? 2 : 1;
  int best = limit + 1;
  std::optional<std::string> choice;
  bool tie = false;
  for (size_t length = word.size() - limit; length <= word.size() + limit; ++length) {
    auto it = by_length_.find(length);
    if (it == by_length_.end()) continue;
    for (const auto& candidate : it->second) {
      if (candidate[0] != word[0]) continue;
      const int d = EditDistance(word, candidate, best);
      if (d < best) {
        best = d;
        choice = candidate;
        tie = false;
      } else if (d == best && choice && candidate != *choice) {
        tie = true;
      }
    }
  }
  // Two equally close words: guessing could turn one symptom into another.
  if (tie) return std::nullopt;
  return choice;
}

}  // namespace sanus::text
