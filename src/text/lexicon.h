// The lexicon: every synonym of every finding, as a trie over stemmed terms, and the matcher
// that finds them in a person's text, leftmost-longest and without overlaps.
#pragma once

#include <memory>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "knowledge/knowledge_base.h"
#include "text/spelling.h"
#include "text/terms.h"

namespace sanus::text {

struct PhraseMatch {
  knowledge::FindingIndex finding;
  int first_term = 0;  // indexes into the terms the text was turned into
  int last_term = 0;
  bool denial = false;  // the words say the finding is absent ("afebrile")
};

// Thread-safety: immutable after Build; Match may run on many threads.
class Lexicon {
 public:
  // Builds the trie; synonyms that collide after normalisation are reported in problems.
  static std::unique_ptr<Lexicon> Build(const knowledge::KnowledgeBase& kb,
                                        std::vector<std::string>* problems);

  // Corrects misspelt words in place (stems recomputed), then matches phrases.
  std::vector<PhraseMatch> Match(std::vector<Term>& terms, const std::vector<Token>& tokens) const;

  int synonym_count() const { return synonym_count_; }

  // The most words apart (in terms) that the words of a loose match may stand.
  static constexpr int kLooseWindow = 4;
  // The most terms after a body part that a describing word may stand and still be about it.
  static constexpr int kCarryWindow = 12;

 private:
  static constexpr int kNone = -1;     // no synonym ends at this node
  static constexpr int kIgnored = -2;  // an ignored phrase ends here
  // A denial of finding i ends here: stored as kFirstDenial - i.
  static constexpr int kFirstDenial = -3;
  struct Node {
    std::unordered_map<std::string, int> next;
    int finding = kNone;
  };
  Lexicon() : nodes_(1) {}
  // Adds one synonym; returns the finding index that already owned it, or -1.
  int Insert(const std::vector<Term>& terms, int finding);
  void CorrectSpelling(std::vector<Term>& terms, const std::vector<Token>& tokens) const;
  // Second pass: synonyms of two or three content words found near each other, in any
  // order, among the terms the exact pass left ("chest is tight" for "tight chest").
  void MatchLoosely(const std::vector<Term>& terms, const std::vector<Token>& tokens,
                    std::vector<PhraseMatch>& matches) const;
  void MatchCarriedBodyPart(const std::vector<Term>& terms, const std::vector<Token>& tokens,
                            std::vector<bool>& used, std::vector<PhraseMatch>& matches) const;
  void AddLooseKey(const std::vector<Term>& terms, int finding);
  void RetargetToBodyPart(const std::vector<Term>& terms, int first, int last, int part,
                          std::vector<PhraseMatch>& matches) const;

  std::vector<Node> nodes_;
  std::unordered_set<std::string> stems_;
  // Sorted content stems joined by spaces -> finding, for loose matching.
  std::unordered_map<std::string, int> loose_;
  std::unique_ptr<SpellingCorrector> speller_;
  int synonym_count_ = 0;
};

}  // namespace sanus::text
