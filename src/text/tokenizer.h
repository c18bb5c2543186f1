// Splits text into tokens that keep their byte offsets, so every finding can point back at
// the words it came from. Lower-cases ASCII, folds apostrophes ("can't" -> "cant") and
// treats punctuation that ends a clause as tokens of their own.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace sanus::text {

enum class TokenKind { kWord, kNumber, kComma, kClauseEnd, kColon, kOther };

struct Token {
  std::string text;  // normalised: lower case, apostrophes removed
  TokenKind kind = TokenKind::kWord;
  int begin = 0;     // byte offsets in the original text
  int end = 0;
};

std::vector<Token> Tokenize(std::string_view text);

}  // namespace sanus::text
