// A Xapian index of passages: BM25 ranking, English stemming, stop words, and synonyms from
// the knowledge base (lay and clinical words for the same finding, brand and generic names),
// so "puking" finds "vomiting" and "Amoxil" finds "amoxicillin". In memory for the knowledge
// base's own texts, or on disk for corpora added with `sanus index add`.
#pragma once

#include <xapian.h>

#include <memory>
#include <string>
#include <vector>

#include "ask/source_passage.h"
#include "sanus/status.h"

namespace sanus::ask {

// A passage and words that find it without being shown (the members of a class an interaction
// names, the condition's other names).
struct IndexedPassage {
  SourcePassage passage;
  std::string keywords;
};

struct PassageHit {
  SourcePassage passage;
  double score = 0;
  std::vector<std::string> matched_terms;  // the question's (stemmed) terms it contains
};

// The kind of a section, its first word lower-cased: "Treatment (first, child)" -> "treatment".
std::string SectionKind(const std::string& section);

// What a search should prefer, on top of the words: passages about these topics, and in these
// sections (treatment questions favour treatment passages).
struct SearchBoost {
  std::vector<std::string> topics;
  std::vector<std::string> sections;  // section kinds: "treatment", "self", "when", "cautions"
};

class PassageIndex {
 public:
  // A writable index in a private temporary directory, removed when the index is destroyed.
  static Result<std::unique_ptr<PassageIndex>> Temporary();
  ~PassageIndex();
  PassageIndex(const PassageIndex&) = delete;
  PassageIndex& operator=(const PassageIndex&) = delete;
  // Opens (creating when missing) an index directory for writing.
  static Result<std::unique_ptr<PassageIndex>> OpenWritable(const std::string& dir);
  // Opens an existing index directory for searching; kNotFound when there is none.
  static Result<std::unique_ptr<PassageIndex>> OpenReadOnly(const std::string& dir);

  void Add(const IndexedPassage& p);
  // Word pairs that mean the same ("puking" and "vomiting"): each finds the other.
  void AddSynonyms(const std::vector<std::vector<std::string>>& groups);
  Status Commit();

  std::vector<PassageHit> Search(const std::string& query, const SearchBoost& boost, int limit) const;
  uint64_t size() const;

  // The stemmed terms of a text as the index sees them, without stop words.
  static std::vector<std::string> Terms(const std::string& text);

 private:
  explicit PassageIndex(Xapian::WritableDatabase db) : db_(std::move(db)), writable_(true) {}
  explicit PassageIndex(Xapian::Database db) : read_(std::move(db)) {}
  const Xapian::Database& database() const { return writable_ ? db_ : read_; }

  Xapian::WritableDatabase db_;
  Xapian::Database read_;
  bool writable_ = false;
  std::string temporary_dir_;  // set for Temporary(): removed on destruction
};

}  // namespace sanus::ask
