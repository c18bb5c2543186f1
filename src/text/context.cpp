#include "text/context.h"

#include <algorithm>
#include <array>
#include <string>
#include <string_view>

namespace sanus::text {
namespace {

// A trigger is a short sequence of normalised words (before stemming).
struct Trigger {
  std::array<std::string_view, 3> words;
  int size() const { return words[2].empty() ? (words[1].empty() ? 1 : 2) : 3; }
};

// Negation that may run across a comma-separated list ("denies chest pain, sob, nausea").
constexpr std::array<Trigger, 9> kListNegations{{
    {{"denies"}}, {{"denied"}}, {{"deny"}}, {{"without"}}, {{"negative", "for"}},
    {{"free", "of"}}, {{"no", "history", "of"}}, {{"no", "signs", "of"}}, {{"nil"}},
}};

// Negation that covers the next finding and an "or"/"nor"-joined list after it.
constexpr std::array<Trigger, 25> kNegations{{
    {{"no"}}, {{"non"}}, {{"not"}}, {{"never"}}, {{"nor"}}, {{"dont", "have"}}, {{"doesnt", "have"}},
    {{"didnt", "have"}}, {{"havent", "had"}}, {{"hasnt", "had"}}, {{"havent", "got"}},
    {{"hasnt", "got"}}, {{"isnt"}}, {{"wasnt"}}, {{"arent"}}, {{"werent"}}, {{"didnt"}},
    {{"none"}}, {{"neither"}}, {{"dont"}}, {{"doesnt"}}, {{"havent"}},
    // What a partner or parent has not seen: "my wife hasn't said I snore".
    // Not "hasn't seen": "the GP hasn't seen the rash" still reports the rash.
    {{"hasnt", "said"}}, {{"hasnt", "mentioned"}}, {{"hasnt", "noticed"}},
}};

// Words that look like negation but are not ("not sure", "no idea", "no better").
constexpr std::array<Trigger, 10> kPseudoNegations{{
    {{"not", "sure"}}, {{"no", "idea"}}, {{"not", "certain"}}, {{"no", "better"}},
    {{"not", "only"}}, {{"no", "change"}}, {{"not", "getting", "better"}}, {{"dont", "know"}},
    {{"not", "improving"}}, {{"no", "relief"}},
}};

// "I thought it was" is not here: "he went stiff, I thought it was a fit" reports what a parent
// saw, and a witnessed fit must not become a guess.
constexpr std::array<Trigger, 8> kHypothetical{{
    {{"if"}}, {{"in", "case"}}, {{"unless"}}, {{"what", "if"}}, {{"should", "i", "get"}},
    {{"watch", "out", "for"}}, {{"look", "out", "for"}}, {{"worried", "i", "might"}},
}};

constexpr std::array<Trigger, 10> kHistoricalBefore{{
    {{"history", "of"}}, {{"hx", "of"}}, {{"h", "/", "o"}}, {{"pmh"}}, {{"pmhx"}}, {{"previous"}},
    {{"previously"}}, {{"used", "to", "have"}}, {{"used", "to", "get"}}, {{"in", "the", "past"}},
}};

constexpr std::array<Trigger, 5> kHistoricalAfter{{
    {{"years", "ago"}}, {{"year", "ago"}}, {{"last", "year"}}, {{"as", "a", "child"}},
    {{"as", "a", "kid"}},
}};

constexpr std::array<Trigger, 4> kFamily{{
    {{"family", "history"}}, {{"fhx"}}, {{"fh"}}, {{"runs", "in", "the"}},
}};

constexpr std::array<std::string_view, 24> kRelatives{
    "mum", "mom", "mother", "dad", "father", "brother", "sister", "grandma", "grandmother",
    "grandad", "granddad", "grandfather", "nan", "aunt", "uncle", "cousin", "friend",
    "parents", "grandparents", "auntie", "gran", "grandpa", "siblings", "relative"};

constexpr std::array<std::string_view, 9> kTerminators{
    "but", "however", "although", "though", "except", "apart", "yet", "whereas", "otherwise"};

bool Contains(const auto& list, std::string_view word) {
  return std::find(list.begin(), list.end(), word) != list.end();
}

class ContextReader {
 public:
  ContextReader(const std::vector<Token>& tokens) : tokens_(tokens) {}

  // True when the words of trigger stand at token i (punctuation in between is not allowed).
  bool At(size_t i, const Trigger& trigger) const {
    for (int k = 0; k < trigger.size(); ++k) {
      if (i + static_cast<size_t>(k) >= tokens_.size() ||
          tokens_[i + static_cast<size_t>(k)].text != trigger.words[static_cast<size_t>(k)]) {
        return false;
      }
    }
    return true;
  }

  template <size_t N>
  int MatchAt(size_t i, const std::array<Trigger, N>& triggers) const {
    for (const auto& t : triggers) {
      if (At(i, t)) return t.size();
    }
    return 0;
  }

  bool IsClauseEnd(size_t i) const {
    const Token& t = tokens_[i];
    return t.kind == TokenKind::kClauseEnd || Contains(kTerminators, t.text);
  }
  bool IsBreak(size_t i) const { return IsClauseEnd(i) || tokens_[i].kind == TokenKind::kComma; }

  // Start of the clause that holds token i (after the previous comma or clause end).
  size_t ClauseStart(size_t i) const {
    while (i > 0 && !IsBreak(i - 1)) --i;
    return i;
  }
  size_t ClauseEnd(size_t i) const {
    while (i < tokens_.size() && !IsBreak(i)) ++i;
    return i;
  }

  const std::vector<Token>& tokens() const { return tokens_; }

 private:
  const std::vector<Token>& tokens_;
};

// "my dad had", "my mother died of", "father with": someone else's illness, told in the past.
bool MentionsRelativesPast(const ContextReader& r, size_t from, size_t to) {
  const auto& tokens = r.tokens();
  for (size_t i = from; i < to; ++i) {
    if (!Contains(kRelatives, tokens[i].text)) continue;
    for (size_t j = i + 1; j < std::min(to, i + 4); ++j) {
      const auto& w = tokens[j].text;
      if (w == "had" || w == "died" || w == "passed" || w == "suffered" || w == "has") {
        return w != "has" || (j + 1 < to && tokens[j + 1].text == "had");
      }
    }
  }
  for (size_t i = from; i < to; ++i) {
    if (r.MatchAt(i, kFamily)) return true;
  }
  return false;
}

// The token span of the words before a match, inside its clause.
bool AnyTriggerIn(const ContextReader& r, size_t from, size_t to, const auto& triggers) {
  for (size_t i = from; i < to; ++i) {
    if (r.MatchAt(i, triggers)) return true;
  }
  return false;
}

// "last year" dates something past, but "over the last year" and "since last year" run up to
// now: a duration, not history.
bool HistoricalAfter(const ContextReader& r, size_t from, size_t to) {
  const auto& t = r.tokens();
  for (size_t i = from; i < to; ++i) {
    if (!r.MatchAt(i, kHistoricalAfter)) continue;
    const bool up_to_now = t[i].text == "last" && i > 0 &&
                           (t[i - 1].text == "the" || t[i - 1].text == "since" || t[i - 1].text == "past");
    if (!up_to_now) return true;
  }
  return false;
}

// "if it gets worse", "in case": but not "not sure if", "wonder if", which report doubt about
// something present.
bool Hypothetical(const ContextReader& r, size_t from, size_t to) {
  const auto& t = r.tokens();
  for (size_t i = from; i < to; ++i) {
    if (!r.MatchAt(i, kHypothetical)) continue;
    const bool doubt = t[i].text == "if" && i > 0 &&
                       (t[i - 1].text == "sure" || t[i - 1].text == "know" || t[i - 1].text == "wonder" ||
                        t[i - 1].text == "wondering" || t[i - 1].text == "unsure" || t[i - 1].text == "tell");
    if (!doubt) return true;
  }
  return false;
}

// "cough: no", "rebound -ve", "fever neg".
bool PostNegated(const ContextReader& r, size_t last_token) {
  const auto& t = r.tokens();
  size_t i = last_token + 1;
  if (i < t.size() && t[i].text == "neg") return true;
  if (i + 1 < t.size() && t[i].text == "-" && t[i + 1].text == "ve") return true;
  if (i < t.size() && t[i].kind == TokenKind::kColon) ++i;
  else return false;
  return i < t.size() && (t[i].text == "no" || t[i].text == "none" || t[i].text == "negative" ||
                          t[i].text == "nil" || t[i].text == "absent" || t[i].text == "denies");
}

// The words between two findings in a list.
struct Gap {
  bool comma = false;        // a comma separates them
  int other_words = 0;       // words that are neither list words nor fillers
};

Gap ReadGap(const std::vector<Token>& tokens, size_t from, size_t to) {
  Gap gap;
  for (size_t i = from; i < to; ++i) {
    const auto& t = tokens[i];
    if (t.kind == TokenKind::kComma) gap.comma = true;
    else if (t.text == "(" || t.text == ")") continue;
    else if (t.text != "or" && t.text != "nor" && t.text != "and" && t.text != "any" &&
             t.text != "no" && t.text != "/" && !IsFillerWord(t.text)) ++gap.other_words;
  }
  return gap;
}

// Words of one list item, fillers aside: "visual sx" is two. A longer stretch between commas is
// a new statement, not a list item ("no fever, chest pain for an hour since lunch").
constexpr int kMaxListItemWords = 4;

int ItemWords(const std::vector<Token>& tokens, size_t from, size_t to) {
  int words = 0;
  for (size_t i = from; i < to; ++i) {
    if (tokens[i].kind == TokenKind::kWord && !IsFillerWord(tokens[i].text)) ++words;
  }
  return words;
}

// Whether the comma list that holds token `at` is opened by a denial and closed by "or" or
// "nor", so that it denies every item, findings or not: "No headache, scalp tenderness, jaw
// claudication or visual sx", "never had chest pain, palpitations or fainting", "denies suicidal
// ideation, plans or self-harm". The list opens with a finding already denied (denied[token]) or
// a bare "no", "denies", "nil" or "without". Every item must be short.
bool InDeniedListClosedByOr(const ContextReader& r, const std::vector<bool>& in_match,
                            const std::vector<bool>& denied, size_t at) {
  const auto& t = r.tokens();
  // A denial word that is part of a finding ("no energy") or of a phrase that denies nothing
  // ("no idea why") opens no list.
  auto is_denial = [&](size_t i) {
    if (denied[i]) return true;
    return (t[i].text == "no" || t[i].text == "denies" || t[i].text == "nil" || t[i].text == "without") &&
           !in_match[i] && !r.MatchAt(i, kPseudoNegations);
  };
  // Back to the list's first item.
  size_t start = r.ClauseStart(at);
  bool opened = false;
  for (size_t end = at;;) {
    // The denial may open the first item after other words ("Asymptomatic - no headache, ...").
    for (size_t i = start; i < end && !opened; ++i) opened = is_denial(i);
    if (opened) break;
    if (start == 0 || t[start - 1].kind != TokenKind::kComma) break;
    const size_t previous = r.ClauseStart(start - 1);
    // A long stretch is a statement, not a list item: "No fever, then yesterday I started getting
    // crushing chest pain going into my arm, sweating or nausea" denies only the fever. The first
    // item may carry a word or two before its denial ("Asymptomatic - no headache").
    if (ItemWords(t, previous, start - 1) > kMaxListItemWords + 2) break;
    end = start - 1;
    start = previous;
  }
  if (!opened) return false;
  // On to its "or": the items between must be short, and no sentence may end first. The item
  // after the "or" is in the list too.
  size_t item = r.ClauseStart(at);
  for (size_t i = item; i < at; ++i) {
    if (t[i].text == "or" || t[i].text == "nor") return true;
  }
  for (size_t i = at; i < t.size(); ++i) {
    if (t[i].kind == TokenKind::kClauseEnd || r.IsClauseEnd(i)) return false;
    if (t[i].text == "or" || t[i].text == "nor") return ItemWords(t, item, i) <= kMaxListItemWords;
    if (t[i].kind == TokenKind::kComma) {
      if (ItemWords(t, item, i) > kMaxListItemWords) return false;
      item = i + 1;
    }
  }
  return false;
}

}  // namespace

std::vector<ContextStatus> ClassifyContext(const std::vector<Token>& tokens,
                                           const std::vector<Term>& terms,
                                           const std::vector<PhraseMatch>& matches) {
  ContextReader r(tokens);
  std::vector<ContextStatus> out(matches.size(), ContextStatus::kAffirmed);
  auto first_token = [&](const PhraseMatch& m) {
    return static_cast<size_t>(terms[static_cast<size_t>(m.first_term)].token);
  };
  auto last_token = [&](const PhraseMatch& m) {
    return static_cast<size_t>(terms[static_cast<size_t>(m.last_term)].token);
  };

  // A trigger word inside another finding's words is part of that finding ("not feeding
  // well"), not a denial of what follows it.
  std::vector<bool> in_match(tokens.size(), false);
  for (const auto& m : matches) {
    for (size_t t = first_token(m); t <= last_token(m); ++t) in_match[t] = true;
  }

  // Negation runs forward from a trigger, over the first finding within a few words and
  // any finding joined to it by list words; this keeps "no fever, chest pain for an hour"
  // from negating the chest pain, which would under-triage.
  for (size_t m = 0; m < matches.size(); ++m) {
    const size_t begin = first_token(matches[m]);
    const size_t clause = r.ClauseStart(begin);
    const size_t window = begin >= 5 ? std::max(clause, begin - 5) : clause;
    for (size_t i = window; i < begin; ++i) {
      if (in_match[i]) continue;
      if (r.MatchAt(i, kPseudoNegations)) {
        i += 1;
        continue;
      }
      if (r.MatchAt(i, kNegations) || r.MatchAt(i, kListNegations)) {
        out[m] = ContextStatus::kNegated;
        break;
      }
    }
    if (PostNegated(r, last_token(matches[m]))) out[m] = ContextStatus::kNegated;
  }
  // Carry a negation along a list: "no fever or cough", "denies cp, sob, nausea".
  for (size_t m = 1; m < matches.size(); ++m) {
    if (out[m - 1] != ContextStatus::kNegated || out[m] == ContextStatus::kNegated) continue;
    const Gap gap = ReadGap(tokens, last_token(matches[m - 1]) + 1, first_token(matches[m]));
    if (gap.other_words > 0) continue;
    if (!gap.comma) {
      out[m] = ContextStatus::kNegated;
      continue;
    }
    // Across a comma only when a list-style trigger opened the clause ("denies cp, sob,
    // nausea"); a list closed by "or" is read below. "no fever, chest pain for an hour" stays
    // an open comma, so the chest pain is not negated.
    const size_t clause = r.ClauseStart(first_token(matches[m - 1]));
    size_t list_start = clause;
    while (list_start > 0 && tokens[list_start - 1].kind == TokenKind::kComma) {
      list_start = r.ClauseStart(list_start - 1);
    }
    if (AnyTriggerIn(r, list_start, first_token(matches[m]), kListNegations)) {
      out[m] = ContextStatus::kNegated;
    }
  }
  // A denied list closed by "or" denies every finding in it, whatever its other items are ("no
  // headache, visual sx, chest pain or SOB"). A finding denied here opens the list for the next.
  std::vector<bool> denied(tokens.size(), false);
  auto mark_denied = [&](size_t m) {
    for (size_t t = first_token(matches[m]); t <= last_token(matches[m]); ++t) denied[t] = true;
  };
  for (size_t m = 0; m < matches.size(); ++m) {
    if (out[m] == ContextStatus::kNegated) mark_denied(m);
  }
  for (size_t m = 0; m < matches.size(); ++m) {
    if (out[m] != ContextStatus::kNegated && InDeniedListClosedByOr(r, in_match, denied, first_token(matches[m]))) {
      out[m] = ContextStatus::kNegated;
      mark_denied(m);
    }
  }
  // Other people, history and hypotheticals: the trigger must be in the same clause.
  for (size_t m = 0; m < matches.size(); ++m) {
    if (out[m] == ContextStatus::kNegated) continue;
    const size_t begin = first_token(matches[m]);
    const size_t clause = r.ClauseStart(begin);
    const size_t end = r.ClauseEnd(last_token(matches[m]));
    if (MentionsRelativesPast(r, clause, end)) out[m] = ContextStatus::kOtherPerson;
    else if (Hypothetical(r, clause, begin)) out[m] = ContextStatus::kHypothetical;
    else if (AnyTriggerIn(r, clause, begin, kHistoricalBefore) ||
             HistoricalAfter(r, last_token(matches[m]) + 1, end)) {
      out[m] = ContextStatus::kHistorical;
    }
  }
  return out;
}

}  // namespace sanus::text
