#include "text/lexicon.h"

#include <algorithm>
#include <array>
#include <string_view>
#include <unordered_set>

#include "text/stemmer.h"
#include "text/tokenizer.h"

namespace sanus::text {

namespace {

// Words that carry no meaning of their own in a loose match: "chest is tight", "pain goes
// into my jaw". Compared as stems.
bool IsLinkWord(std::string_view stem) {
  static constexpr std::array<std::string_view, 47> kLinks{
      "is", "are", "was", "were", "be", "been", "feel", "feels", "felt", "in", "into", "on",
      "of", "to", "it", "get", "got", "go", "goe", "goes", "keep", "so", "quit", "bit", "littl",
      "all", "at", "with", "i", "im", "realli", "veri", "has", "have", "had", "for", "over",
      "about", "around", "from", "by", "and", "or", "after", "befor", "than", "this"};
  return std::find(kLinks.begin(), kLinks.end(), stem) != kLinks.end();
}

// Views into the terms' stems: the key is built from them without copying each stem first.
std::vector<std::string_view> ContentStems(const std::vector<Term>& terms) {
  std::vector<std::string_view> out;
  for (const auto& t : terms) {
    if (!IsLinkWord(t.stem)) out.push_back(t.stem);
  }
  return out;
}

std::string LooseKey(std::vector<std::string_view> stems) {
  std::sort(stems.begin(), stems.end());
  size_t length = 0;
  for (auto s : stems) length += s.size() + 1;
  std::string key;
  key.reserve(length);
  for (auto s : stems) {
    key += s;
    key += ' ';
  }
  return key;
}

// Words that open a new clause after a comma: "..., now sudden pain", "..., but no fever".
bool IsClauseOpener(std::string_view stem) {
  return stem == "now" || stem == "but" || stem == "then" || stem == "today" || stem == "so" || stem == "although";
}

// Words a phrase may skip: sides ("pain in my left side" is "pain in my side"), positions
// and sizes ("lump on my top eyelid", "a small lump on my lip") and intensifiers and hedges
// ("chest really hurts", "cant properly wake her", "cant even swallow", "basically deaf").
// They narrow or stress a finding without changing it. Compared as stems.
bool IsSkippableWord(std::string_view stem) {
  static constexpr std::array<std::string_view, 22> kWords{
      "left", "right", "both", "top", "upper", "lower", "bottom", "central", "small", "tini", "littl",
      "realli", "veri", "slight", "proper", "fulli", "even", "quit", "complet", "total", "basic",
      "practic"};
  return std::find(kWords.begin(), kWords.end(), stem) != kWords.end();
}

// Words that turn a phrase around: "cant breathe" must not match "breathe ... cant".
bool IsPolarityWord(std::string_view stem) {
  static constexpr std::array<std::string_view, 22> kWords{
      "no", "not", "cant", "dont", "doesnt", "wont", "unabl", "without", "nil", "never", "didnt", "isnt",
      "arent", "wasnt", "werent", "havent", "hasnt", "hadnt", "couldnt", "wouldnt", "shouldnt", "nor"};
  return std::find(kWords.begin(), kWords.end(), stem) != kWords.end();
}

bool IsTerminator(std::string_view word) {
  return word == "but" || word == "however" || word == "although" || word == "though" ||
         word == "except";
}

// Words too common to anchor a loose match: "right side of my face wont move" must not
// become "moved to the right", and "found the key fob on the floor" is not a fall.
bool IsWeakWord(std::string_view stem) {
  static constexpr std::array<std::string_view, 17> kWords{
      "right", "left", "side", "move", "one", "both", "up", "down", "out", "off", "over",
      "like", "come", "came", "take", "make", "found"};
  return std::find(kWords.begin(), kWords.end(), stem) != kWords.end();
}

// Parts of the body a person names once and then describes: "my left eye has got more and
// more painful, really red, watering". Compared as stems. "back" is left out ("came back").
bool IsBodyPart(std::string_view stem) {
  static constexpr std::array<std::string_view, 51> kParts{
      "eye", "ear", "throat", "chest", "tummi", "belli", "stomach", "head", "leg", "arm", "knee",
      "ankl", "foot", "feet", "hand", "finger", "toe", "skin", "neck", "shoulder", "hip", "wrist",
      "elbow", "jaw", "mouth", "tongu", "lip", "gum", "tooth", "teeth", "nose", "breast", "nippl",
      "testicl", "scalp", "face", "calf", "thigh", "heel", "groin", "forehead", "cheek", "chin",
      "shin", "forearm", "armpit", "rib", "buttock", "bum", "palm", "sole"};
  return std::find(kParts.begin(), kParts.end(), stem) != kParts.end();
}

// "pain in both sides of my forehead": a phrase with no body part of its own, followed by
// "of (my|the|his|her|...) <body part>", is about that body part, not the phrase's usual
// place (the sides are the flanks only when nothing else is named). Returns the body
// part's term index, or -1. Only the sentence's own words count: no clause end between.
int OwningBodyPart(const std::vector<Term>& terms, const std::vector<Token>& tokens, int first, int last) {
  for (int k = first; k <= last; ++k) {
    if (IsBodyPart(terms[static_cast<size_t>(k)].stem)) return -1;
  }
  const int n = static_cast<int>(terms.size());
  int k = last + 1;
  if (k >= n || terms[static_cast<size_t>(k)].stem != "of") return -1;
  static constexpr std::array<std::string_view, 8> kOwners{"my", "the", "his", "her", "their", "your", "our", "a"};
  ++k;
  if (k < n && std::find(kOwners.begin(), kOwners.end(), terms[static_cast<size_t>(k)].stem) != kOwners.end()) ++k;
  if (k >= n || !IsBodyPart(terms[static_cast<size_t>(k)].stem)) return -1;
  for (int t = terms[static_cast<size_t>(last)].token + 1; t < terms[static_cast<size_t>(k)].token; ++t) {
    if (tokens[static_cast<size_t>(t)].kind != TokenKind::kWord) return -1;
  }
  return k;
}

// "coughing fits ... fine in between the fits": a one-word match that repeats the last word of
// an earlier, longer match of another finding, with "the", "these", "those" or "between" before
// it, names that earlier thing again. It is not a second finding (the fits are the coughing
// fits, not seizures). Without the pointing word ("then he had a fit") it stands on its own.
void DropBackReferences(const std::vector<Term>& terms, const std::vector<Token>& tokens,
                        std::vector<PhraseMatch>& matches) {
  static constexpr std::array<std::string_view, 4> kPointers{"the", "these", "those", "between"};
  auto refers_back = [&](const PhraseMatch& m) {
    const int token = terms[static_cast<size_t>(m.first_term)].token;
    if (m.first_term != m.last_term || token == 0) return false;
    const std::string& before = tokens[static_cast<size_t>(token - 1)].text;
    if (std::find(kPointers.begin(), kPointers.end(), before) == kPointers.end()) return false;
    const std::string& word = terms[static_cast<size_t>(m.first_term)].stem;
    return std::any_of(matches.begin(), matches.end(), [&](const PhraseMatch& earlier) {
      return earlier.last_term < m.first_term && earlier.last_term > earlier.first_term &&
             earlier.finding.value != m.finding.value && !earlier.denial &&
             terms[static_cast<size_t>(earlier.last_term)].stem == word;
    });
  };
  std::vector<PhraseMatch> kept;
  for (const auto& m : matches) {
    if (!refers_back(m)) kept.push_back(m);
  }
  matches = std::move(kept);
}

}  // namespace

// The phrase's words that say what is wrong ("pain", "swelling") joined to the body part
// that owns them, as a two-word loose key: "pain ... of my forehead" is "forehead pain".
// Nothing is matched when no finding has that pair: the phrase's usual place would be wrong.
void Lexicon::RetargetToBodyPart(const std::vector<Term>& terms, int first, int last, int part,
                                 std::vector<PhraseMatch>& matches) const {
  for (int k = first; k <= last; ++k) {
    const std::string& stem = terms[static_cast<size_t>(k)].stem;
    if (IsLinkWord(stem) || IsWeakWord(stem) || IsSkippableWord(stem)) continue;
    auto it = loose_.find(LooseKey({stem, terms[static_cast<size_t>(part)].stem}));
    if (it == loose_.end() || it->second < 0) continue;
    matches.push_back({knowledge::FindingIndex{it->second}, first, part});
    return;
  }
}

void Lexicon::AddLooseKey(const std::vector<Term>& terms, int finding) {
  // Only short synonyms ("tight chest") match loosely: the content words of a long one
  // ("pain from my tummy into my back") are too common on their own.
  if (terms.size() > 3) return;
  const auto content = ContentStems(terms);
  if (content.size() < 2 || content.size() > 3) return;
  if (std::any_of(content.begin(), content.end(), IsPolarityWord)) return;
  if (std::any_of(content.begin(), content.end(), IsWeakWord)) return;
  // A key two findings share is ambiguous: neither gets it.
  auto [it, inserted] = loose_.emplace(LooseKey(content), finding);
  if (!inserted && it->second != finding) it->second = -1;
}

void Lexicon::MatchLoosely(const std::vector<Term>& terms, const std::vector<Token>& tokens,
                           std::vector<PhraseMatch>& matches) const {
  const int n = static_cast<int>(terms.size());
  std::vector<bool> used(static_cast<size_t>(n), false);
  for (const auto& m : matches) {
    for (int k = m.first_term; k <= m.last_term; ++k) used[static_cast<size_t>(k)] = true;
  }
  auto usable = [&](int k) {
    return !used[static_cast<size_t>(k)] && !IsLinkWord(terms[static_cast<size_t>(k)].stem);
  };
  // Words of one loose match must share a clause.
  auto same_clause = [&](int a, int b) {
    for (int t = terms[static_cast<size_t>(a)].token; t < terms[static_cast<size_t>(b)].token; ++t) {
      const auto& token = tokens[static_cast<size_t>(t)];
      if (token.kind == TokenKind::kClauseEnd || token.kind == TokenKind::kComma) return false;
      if (token.text == "(" || token.text == ")") return false;
      if (IsTerminator(token.text)) return false;
      // "tummy not swollen" is a denial, not "swollen tummy".
      if (IsPolarityWord(token.text)) return false;
    }
    return true;
  };
  auto lookup = [&](std::vector<std::string_view> stems) {
    auto it = loose_.find(LooseKey(std::move(stems)));
    return it == loose_.end() ? -1 : it->second;
  };
  for (int i = 0; i < n; ++i) {
    if (!usable(i)) continue;
    for (int j = i + 1; j < n && j <= i + kLooseWindow; ++j) {
      if (!usable(j) || !same_clause(i, j)) continue;
      int finding = lookup({terms[i].stem, terms[j].stem});
      int last = j;
      for (int k = j + 1; finding < 0 && k < n && k <= i + kLooseWindow + 1; ++k) {
        if (usable(k) && same_clause(i, k)) {
          finding = lookup({terms[i].stem, terms[j].stem, terms[k].stem});
          last = k;
        }
      }
      if (finding < 0) continue;
      matches.push_back({knowledge::FindingIndex{finding}, i, last});
      for (int k = i; k <= last; ++k) used[static_cast<size_t>(k)] = true;
      break;
    }
  }
  MatchCarriedBodyPart(terms, tokens, used, matches);
  std::sort(matches.begin(), matches.end(),
            [](const PhraseMatch& a, const PhraseMatch& b) { return a.first_term < b.first_term; });
}

// Third pass: a body part named once carries to the words that describe it later in the
// sentence, across commas ("my eye ... painful, really red, watering" is a red eye and a
// watery eye). The carry stops at the end of the sentence, at "but", at a denial, and at the
// next body part, where the subject changes. The match spans the describing word only, so a
// denial just before it still negates it.
void Lexicon::MatchCarriedBodyPart(const std::vector<Term>& terms, const std::vector<Token>& tokens,
                                   std::vector<bool>& used, std::vector<PhraseMatch>& matches) const {
  const int n = static_cast<int>(terms.size());
  for (int i = 0; i < n; ++i) {
    if (!IsBodyPart(terms[static_cast<size_t>(i)].stem)) continue;
    for (int j = i + 1; j < n && j <= i + kCarryWindow; ++j) {
      const Term& term = terms[static_cast<size_t>(j)];
      if (IsBodyPart(term.stem) || IsPolarityWord(term.stem)) break;
      const bool crosses_end = [&] {
        for (int t = terms[static_cast<size_t>(j - 1)].token + 1; t <= term.token; ++t) {
          const auto& token = tokens[static_cast<size_t>(t)];
          if (token.kind == TokenKind::kClauseEnd || IsTerminator(token.text)) return true;
        }
        return false;
      }();
      if (crosses_end) break;
      if (IsLinkWord(term.stem)) continue;
      if (used[static_cast<size_t>(j)]) {
        // A one-word general finding said of the part is that part's finding: the "itchy" of
        // "a lump at my bum that's itchy" is an itchy bottom, not itching all over.
        NarrowToBodyPart(terms, i, j, matches);
        continue;
      }
      // A describing word right before another finding's words describes that one: the
      // "yellow" of "eyes glued shut with yellow gunk" is the discharge, not yellow eyes.
      if (j + 1 < n && used[static_cast<size_t>(j + 1)]) continue;
      auto it = loose_.find(LooseKey({terms[static_cast<size_t>(i)].stem, term.stem}));
      if (it == loose_.end() || it->second < 0) continue;
      matches.push_back({knowledge::FindingIndex{it->second}, j, j});
      used[static_cast<size_t>(j)] = true;
    }
  }
}

void Lexicon::NarrowToBodyPart(const std::vector<Term>& terms, int part, int word,
                               std::vector<PhraseMatch>& matches) const {
  // Only words that describe how a place feels or looks; an event such as "jerking" keeps its
  // own meaning ("arms and legs were jerking" is a fit, not twitchy legs).
  static constexpr std::array<std::string_view, 6> kDescribing{"itchi", "sore", "swollen", "red", "pain", "tender"};
  const std::string& stem = terms[static_cast<size_t>(word)].stem;
  if (std::find(kDescribing.begin(), kDescribing.end(), stem) == kDescribing.end()) return;
  auto it = loose_.find(LooseKey({terms[static_cast<size_t>(part)].stem, stem}));
  if (it == loose_.end() || it->second < 0) return;
  for (auto& m : matches) {
    if (m.first_term == word && m.last_term == word && !m.denial) m.finding = knowledge::FindingIndex{it->second};
  }
}

Lexicon::Edges::Edges() : keys_(1024, kEmpty), children_(1024, kNone), shift_(64 - 10) {}

int Lexicon::Edges::Find(int node, int stem) const {
  const uint64_t key = Key(node, stem);
  const size_t mask = keys_.size() - 1;
  for (size_t slot = Slot(key);; slot = (slot + 1) & mask) {
    if (keys_[slot] == key) return children_[slot];
    if (keys_[slot] == kEmpty) return kNone;
  }
}

void Lexicon::Edges::Add(int node, int stem, int child) {
  // At most half full, so probes stay short and a free slot always ends the search.
  if (2 * (size_ + 1) > keys_.size()) Grow();
  const uint64_t key = Key(node, stem);
  const size_t mask = keys_.size() - 1;
  size_t slot = Slot(key);
  while (keys_[slot] != kEmpty) slot = (slot + 1) & mask;
  keys_[slot] = key;
  children_[slot] = child;
  ++size_;
}

void Lexicon::Edges::Grow() {
  std::vector<uint64_t> keys(keys_.size() * 2, kEmpty);
  std::vector<int> children(children_.size() * 2, kNone);
  keys.swap(keys_);
  children.swap(children_);
  --shift_;
  size_ = 0;
  for (size_t i = 0; i < keys.size(); ++i) {
    if (keys[i] != kEmpty) {
      Add(static_cast<int>(keys[i] >> 32), static_cast<int>(keys[i] & 0xFFFFFFFFu), children[i]);
    }
  }
}

int Lexicon::StemId(const std::string& stem) const {
  auto it = stem_ids_.find(stem);
  return it == stem_ids_.end() ? kNone : it->second;
}

int Lexicon::Insert(const std::vector<Term>& terms, int finding) {
  int node = 0;
  for (const auto& term : terms) {
    const int stem = stem_ids_.try_emplace(term.stem, static_cast<int>(stem_ids_.size())).first->second;
    int child = edges_.Find(node, stem);
    if (child == kNone) {
      child = static_cast<int>(owners_.size());
      owners_.push_back(kNone);
      edges_.Add(node, stem, child);
    }
    node = child;
  }
  int& owner = owners_[static_cast<size_t>(node)];
  if (owner != kNone && owner != finding) return owner;
  owner = finding;
  return -1;
}

std::unique_ptr<Lexicon> Lexicon::Build(const knowledge::KnowledgeBase& kb,
                                        std::vector<std::string>* problems) {
  std::unique_ptr<Lexicon> lexicon(new Lexicon());
  size_t synonyms = 0;
  for (const auto& finding : kb.findings) synonyms += finding.synonyms.size();
  // Sized once: rehashing these tables as they grow was a visible share of start-up.
  lexicon->loose_.reserve(synonyms);
  std::unordered_set<std::string> words;
  words.reserve(synonyms / 2);
  for (size_t i = 0; i < kb.findings.size(); ++i) {
    const auto& finding = kb.findings[i];
    for (const auto& synonym : finding.synonyms) {
      const auto tokens = Tokenize(synonym);
      const auto terms = ToTerms(tokens);
      if (terms.empty()) continue;
      for (const auto& token : tokens) words.insert(token.text);
      ++lexicon->synonym_count_;
      lexicon->AddLooseKey(terms, static_cast<int>(i));
      const int owner = lexicon->Insert(terms, static_cast<int>(i));
      if (owner >= 0 && problems) {
        problems->push_back(finding.origin + ": synonym '" + synonym + "' of '" + finding.id +
                            "' reads the same as one of '" + kb.findings[static_cast<size_t>(owner)].id +
                            "' once stemmed");
      }
    }
  }
  for (size_t i = 0; i < kb.findings.size(); ++i) {
    for (const auto& phrase : kb.findings[i].denials) {
      const auto terms = ToTerms(Tokenize(phrase));
      if (terms.empty()) continue;
      const int owner = lexicon->Insert(terms, kFirstDenial - static_cast<int>(i));
      if (owner != kNone && problems) {
        problems->push_back(kb.findings[i].origin + ": denial '" + phrase + "' of '" + kb.findings[i].id +
                            "' reads the same as another synonym, denial or ignored phrase once stemmed");
      }
    }
  }
  for (const auto& phrase : kb.ignored_phrases) {
    const auto tokens = Tokenize(phrase);
    const auto terms = ToTerms(tokens);
    if (terms.empty()) continue;
    for (const auto& token : tokens) words.insert(token.text);
    const int owner = lexicon->Insert(terms, kIgnored);
    if (owner >= 0 && problems) {
      problems->push_back("lexicon: ignored phrase '" + phrase + "' is also a synonym of '" +
                          kb.findings[static_cast<size_t>(owner)].id + "'");
    }
  }
  lexicon->speller_ = std::make_unique<SpellingCorrector>(std::move(words));
  return lexicon;
}

void Lexicon::CorrectSpelling(std::vector<Term>& terms, const std::vector<Token>& tokens) const {
  for (auto& term : terms) {
    // A denial is never "corrected" into another word: "arent" must not become "are" and
    // turn "the ankle bones arent tender" into tenderness.
    if (stem_ids_.count(term.stem) || IsPolarityWord(term.stem)) continue;
    const Token& token = tokens[static_cast<size_t>(term.token)];
    if (token.kind != TokenKind::kWord) continue;
    if (auto corrected = speller_->Correct(token.text)) term.stem = ThreadStem(*corrected);
  }
}

std::vector<PhraseMatch> Lexicon::Match(std::vector<Term>& terms,
                                        const std::vector<Token>& tokens) const {
  CorrectSpelling(terms, tokens);
  std::vector<PhraseMatch> matches;
  const int n = static_cast<int>(terms.size());
  // Each term's stem id, looked up once rather than at every trie step that reaches it.
  std::vector<int> stems(static_cast<size_t>(n));
  for (int k = 0; k < n; ++k) stems[static_cast<size_t>(k)] = StemId(terms[static_cast<size_t>(k)].stem);
  int i = 0;
  while (i < n) {
    int best_end = -1, best_finding = -1;
    // Depth-first along the trie from term i. "pain in my left side" is "pain in my side": a
    // skippable word inside a phrase may also be skipped, so both paths are tried.
    // A phrase never runs across the end of a sentence. It may run across a comma, as in
    // "red, hot and swollen", but not into a new clause the comma opens ("last week, now
    // sudden pain" is not "weeks now").
    auto joined = [&](int a, int b) {
      bool comma = false;
      for (int t = terms[static_cast<size_t>(a)].token + 1; t < terms[static_cast<size_t>(b)].token; ++t) {
        if (tokens[static_cast<size_t>(t)].kind == TokenKind::kClauseEnd) return false;
        // A bracket closes a unit: "fT4 7 (low), Hb 121" is not a low Hb.
        if (tokens[static_cast<size_t>(t)].text == "(" || tokens[static_cast<size_t>(t)].text == ")") return false;
        comma |= tokens[static_cast<size_t>(t)].kind == TokenKind::kComma;
      }
      return !(comma && IsClauseOpener(terms[static_cast<size_t>(b)].stem));
    };
    auto walk = [&](auto&& self, int node, int j) -> void {
      if (j >= n || (j > i && !joined(j - 1, j))) return;
      const int stem = stems[static_cast<size_t>(j)];
      const int child = stem == kNone ? kNone : edges_.Find(node, stem);
      if (child != kNone) {
        const int owner = owners_[static_cast<size_t>(child)];
        if (owner != kNone && j > best_end) {
          best_end = j;
          best_finding = owner;
        }
        self(self, child, j + 1);
      }
      if (j > i && IsSkippableWord(terms[static_cast<size_t>(j)].stem)) self(self, node, j + 1);
    };
    walk(walk, 0, i);
    if (best_end < 0) {
      ++i;
      continue;
    }
    if (best_finding <= kFirstDenial) {
      matches.push_back({knowledge::FindingIndex{kFirstDenial - best_finding}, i, best_end, true});
      i = best_end + 1;
      continue;
    }
    if (const int part = OwningBodyPart(terms, tokens, i, best_end); best_finding >= 0 && part >= 0) {
      RetargetToBodyPart(terms, i, best_end, part, matches);
      i = part + 1;
      continue;
    }
    matches.push_back({knowledge::FindingIndex{best_finding}, i, best_end});
    i = best_end + 1;
  }
  DropBackReferences(terms, tokens, matches);
  MatchLoosely(terms, tokens, matches);
  // Ignored phrases did their work by consuming words; they are not findings.
  std::erase_if(matches, [](const PhraseMatch& m) { return m.finding.value == kIgnored; });
  return matches;
}

}  // namespace sanus::text
