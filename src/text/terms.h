// Terms: the comparable form of words, shared by the lexicon (for synonyms) and by the
// matcher (for a person's text). Filler words are dropped, contractions folded, words stemmed.
#pragma once

#include <string>
#include <vector>

#include "text/tokenizer.h"

namespace sanus::text {

struct Term {
  std::string stem;
  int token = 0;  // index of the token it came from
};

// True for words that carry no meaning for matching ("my", "the", "a"...).
bool IsFillerWord(const std::string& word);

// Turns tokens into terms: words and numbers only, fillers dropped, "can not"/"cannot" ->
// "cant", each stemmed. Punctuation tokens are skipped (context reads them from the tokens).
std::vector<Term> ToTerms(const std::vector<Token>& tokens);

}  // namespace sanus::text
