#include "text/terms.h"

#include <array>
#include <string_view>

#include "text/stemmer.h"

namespace sanus::text {

bool IsFillerWord(const std::string& word) {
  // Possessives and articles vary freely in how people say the same thing:
  // "pain in my chest" = "pain in the chest" = "pain in chest".
  static constexpr std::array<std::string_view, 11> kFillers{
      "my", "the", "a", "an", "his", "her", "their", "our", "your", "its", "that"};
  for (auto f : kFillers) {
    if (word == f) return true;
  }
  return false;
}

std::vector<Term> ToTerms(const std::vector<Token>& tokens) {
  std::vector<Term> terms;
  for (size_t i = 0; i < tokens.size(); ++i) {
    const Token& t = tokens[i];
    if (t.kind != TokenKind::kWord && t.kind != TokenKind::kNumber) continue;
    if (IsFillerWord(t.text)) continue;
    std::string word = t.text;
    if (word == "cannot" || word == "couldnt") word = "cant";
    if (word == "round") word = "around";  // "a band round my head"
    // Clinical shorthand for sides: "R iliac fossa", "lt arm".
    if (word == "r" || word == "rt") word = "right";
    if (word == "l" || word == "lt") word = "left";
    // "Murphy's +ve": the tokenizer drops the "+", leaving "ve". "-ve" keeps its "-" token and
    // is read as a denial by the context rules.
    if (word == "ve" && (i == 0 || tokens[i - 1].text != "-")) word = "positive";
    if ((word == "can" || word == "could") && i + 1 < tokens.size() && tokens[i + 1].text == "not") {
      terms.push_back({"cant", static_cast<int>(i)});
      ++i;
      continue;
    }
    terms.push_back({t.kind == TokenKind::kNumber ? word : ThreadStem(word), static_cast<int>(i)});
  }
  return terms;
}

}  // namespace sanus::text
