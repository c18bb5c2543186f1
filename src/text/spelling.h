// Tolerates the small misspellings people make ("vomitting", "diarhea", "hedache") by
// mapping an unknown word to the one known word within a small edit distance.
#pragma once

#include <optional>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace sanus::text {

// Damerau-Levenshtein (optimal string alignment) distance, stopping early above limit.
int EditDistance(const std::string& a, const std::string& b, int limit);

// Thread-safety: immutable after construction.
class SpellingCorrector {
 public:
  // vocabulary: the known words (lower case, as typed in synonyms).
  explicit SpellingCorrector(std::unordered_set<std::string> vocabulary);

  // The known word closest to word, if word is unknown, is not an English word (english_words.h)
  // and one known word is clearly closest: distance 1 for words of 5-7 letters, 2 for 8 or
  // more, same first letter.
  // Short words are never corrected: too many real words lie one letter apart.
  std::optional<std::string> Correct(const std::string& word) const;

  bool Knows(const std::string& word) const { return known_.count(word) > 0; }

 private:
  std::unordered_set<std::string> known_;
  std::unordered_map<size_t, std::vector<std::string>> by_length_;
};

}  // namespace sanus::text
