// Context around a matched finding, after NegEx/ConText (Chapman 2001; Harkema 2009):
// negated ("no fever", "denies chest pain", "cough: no"), about someone else ("my father had
// a heart attack"), historical ("history of asthma", "years ago"), or hypothetical ("if it
// gets worse"). Everything else is affirmed. Scopes end at clause boundaries.
#pragma once

#include <vector>

#include "text/lexicon.h"
#include "text/terms.h"
#include "text/tokenizer.h"

namespace sanus::text {

enum class ContextStatus { kAffirmed, kNegated, kOtherPerson, kHistorical, kHypothetical };

// One status per match, in the same order.
std::vector<ContextStatus> ClassifyContext(const std::vector<Token>& tokens,
                                           const std::vector<Term>& terms,
                                           const std::vector<PhraseMatch>& matches);

}  // namespace sanus::text
