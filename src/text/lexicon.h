// The lexicon: every synonym of every finding, as a trie over stemmed terms, and the matcher
// that finds them in a person's text, leftmost-longest and without overlaps.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <unordered_map>
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

  // The trie's edges, (node, stem id) -> child node, in one open-addressed table. A hash map
  // of stem strings in every node (tens of thousands of nodes, each with its own allocations)
  // made building the trie the costliest part of start-up (docs/performance.md).
  class Edges {
   public:
    Edges();
    // The child of node along stem, or kNone.
    int Find(int node, int stem) const;
    // Adds an edge that is not there yet.
    void Add(int node, int stem, int child);

   private:
    static constexpr uint64_t kEmpty = ~uint64_t{0};
    static uint64_t Key(int node, int stem) {
      return (uint64_t{static_cast<uint32_t>(node)} << 32) | static_cast<uint32_t>(stem);
    }
    // Fibonacci hashing: the top bits of the key times 2^64 / phi.
    size_t Slot(uint64_t key) const { return static_cast<size_t>((key * 0x9E3779B97F4A7C15ull) >> shift_); }
    void Grow();
    std::vector<uint64_t> keys_;  // kEmpty where a slot is free
    std::vector<int> children_;
    int shift_;
    size_t size_ = 0;
  };

  Lexicon() : owners_(1, kNone) {}
  // Adds one synonym; returns the finding index that already owned it, or -1.
  int Insert(const std::vector<Term>& terms, int finding);
  // The id of a stem that occurs in some synonym, or kNone.
  int StemId(const std::string& stem) const;
  void CorrectSpelling(std::vector<Term>& terms, const std::vector<Token>& tokens) const;
  // Second pass: synonyms of two or three content words found near each other, in any
  // order, among the terms the exact pass left ("chest is tight" for "tight chest").
  void MatchLoosely(const std::vector<Term>& terms, const std::vector<Token>& tokens,
                    std::vector<PhraseMatch>& matches) const;
  // Makes a one-word match of a general finding at `word` the finding of the body part at `part`,
  // when the two words together name one.
  void NarrowToBodyPart(const std::vector<Term>& terms, int part, int word,
                        std::vector<PhraseMatch>& matches) const;
  void MatchCarriedBodyPart(const std::vector<Term>& terms, const std::vector<Token>& tokens,
                            std::vector<bool>& used, std::vector<PhraseMatch>& matches) const;
  void AddLooseKey(const std::vector<Term>& terms, int finding);
  void RetargetToBodyPart(const std::vector<Term>& terms, int first, int last, int part,
                          std::vector<PhraseMatch>& matches) const;

  // Node 0 is the root; owners_[node] is the finding whose synonym ends there (or kNone,
  // kIgnored), and the nodes have no other data.
  std::vector<int> owners_;
  Edges edges_;
  // Every stem of every synonym and ignored phrase -> its id in the edges.
  std::unordered_map<std::string, int> stem_ids_;
  // Sorted content stems joined by spaces -> finding, for loose matching.
  std::unordered_map<std::string, int> loose_;
  std::unique_ptr<SpellingCorrector> speller_;
  int synonym_count_ = 0;
};

}  // namespace sanus::text
