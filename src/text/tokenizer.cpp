#include "text/tokenizer.h"

#include <cctype>

namespace sanus::text {
namespace {

bool IsWordByte(unsigned char c) { return std::isalnum(c) || c == '\''; }

// A right single quote (U+2019) as people type it on phones: "can’t".
bool IsCurlyApostrophe(std::string_view text, size_t i) {
  return i + 2 < text.size() && static_cast<unsigned char>(text[i]) == 0xE2 &&
         static_cast<unsigned char>(text[i + 1]) == 0x80 &&
         static_cast<unsigned char>(text[i + 2]) == 0x99;
}

TokenKind PunctuationKind(char c) {
  switch (c) {
    case ',': return TokenKind::kComma;
    case '.': case ';': case '!': case '?': case '\n': return TokenKind::kClauseEnd;
    case ':': return TokenKind::kColon;
    default: return TokenKind::kOther;
  }
}

// Reads one word or number starting at i; numbers keep one decimal point ("38.5").
Token ReadWord(std::string_view text, size_t& i) {
  Token token;
  token.begin = static_cast<int>(i);
  bool digits = true;
  while (i < text.size()) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (IsCurlyApostrophe(text, i)) {
      i += 3;
      continue;
    }
    if (c == '.' && digits && !token.text.empty() && i + 1 < text.size() &&
        std::isdigit(static_cast<unsigned char>(text[i + 1]))) {
      token.text += '.';
      ++i;
      continue;
    }
    if (!IsWordByte(c)) break;
    if (c != '\'') token.text += static_cast<char>(std::tolower(c));
    if (!std::isdigit(c) && c != '\'') digits = false;
    ++i;
  }
  token.end = static_cast<int>(i);
  token.kind = digits && !token.text.empty() ? TokenKind::kNumber : TokenKind::kWord;
  return token;
}

// The word a clinician's symbol stands for, or nullptr.
const char* ShorthandWord(std::string_view text, size_t i) {
  const char c = text[i];
  // "# clavicle", "scaphoid #": a clinician's mark for a fracture; "#2" is a number.
  if (c == '#' && !(i + 1 < text.size() && std::isdigit(static_cast<unsigned char>(text[i + 1])))) {
    return "fracture";
  }
  if (c == '<' && !(i + 1 < text.size() && text[i + 1] == '-')) return "under";
  if (c == '>' && !(i > 0 && (text[i - 1] == '-' || text[i - 1] == '='))) return "over";
  return nullptr;
}

}  // namespace

std::vector<Token> Tokenize(std::string_view text) {
  std::vector<Token> tokens;
  size_t i = 0;
  while (i < text.size()) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (std::isalnum(c) || IsCurlyApostrophe(text, i)) {
      Token token = ReadWord(text, i);
      if (!token.text.empty()) tokens.push_back(std::move(token));
      continue;
    }
    // A clinician's "CRT < 3 s" or "HR > 100" compares: read as the words people use, so
    // "< 3 s" is not "3 s". An arrow ("->", "=>", "<-") is not a comparison.
    if (const char* word = ShorthandWord(text, i)) {
      tokens.push_back({word, TokenKind::kWord, static_cast<int>(i), static_cast<int>(i + 1)});
      ++i;
      continue;
    }
    const TokenKind kind = PunctuationKind(static_cast<char>(c));
    // Brackets are kept so that a phrase does not run out of one: "fT4 7 (low), Hb 121".
    if (kind != TokenKind::kOther || c == '-' || c == '/' || c == '%' || c == '(' || c == ')') {
      tokens.push_back({std::string(1, static_cast<char>(c)), kind, static_cast<int>(i),
                        static_cast<int>(i + 1)});
    }
    ++i;
  }
  return tokens;
}

}  // namespace sanus::text
