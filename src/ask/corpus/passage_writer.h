// PassageWriter: turns one document's paragraphs into numbered SourcePassages for a sink —
// normalising whitespace, dropping empty paragraphs and splitting long ones.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <utility>

#include "ask/source_passage.h"

namespace sanus::ask::corpus {

// Emits the passages of one document. Ids are "<id_prefix>:<n>", n counting the document's
// passages from 1 in reading order (pieces of a split paragraph count separately), so the
// same file read again yields the same ids. Not thread-safe; holds a reference to the sink,
// which must outlive it.
class PassageWriter {
 public:
  PassageWriter(std::string id_prefix, DocumentMeta meta, const PassageSink& sink)
      : id_prefix_(std::move(id_prefix)), meta_(std::move(meta)), sink_(sink) {}

  // Emits `text` (any whitespace, no markup) under `section` as one passage, or several of
  // at most kMaxPassageChars if it is long; nothing if it is blank.
  void Add(std::string_view section, std::string_view text);

  // The document's metadata, copied into each passage. Change it only before the first Add,
  // so that all of a document's passages agree.
  DocumentMeta& meta() { return meta_; }
  // How many passages have been emitted.
  std::size_t count() const { return count_; }

 private:
  std::string id_prefix_;
  DocumentMeta meta_;
  const PassageSink& sink_;
  std::size_t count_ = 0;
};

}  // namespace sanus::ask::corpus
