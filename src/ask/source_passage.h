// A passage of text from a document Sanus can cite: a paragraph of a guideline, an abstract,
// a section of the knowledge base. The unit that is indexed, retrieved and cited by `sanus ask`.
#pragma once

#include <functional>
#include <string>

namespace sanus::ask {

// Where a passage comes from, as a citation shows it.
struct DocumentMeta {
  std::string title;
  std::string publisher;  // or first author
  std::string url;
  int year = 0;           // 0 when unknown
  std::string kind;       // "knowledge", "guideline", "pubmed", "markdown", "html", "text"
};

struct SourcePassage {
  std::string id;       // unique and stable: "pmid:12345678:abstract:2", "file:nice.md:7"
  std::string text;     // plain text, no markup; a paragraph or a few sentences
  std::string section;  // heading it sits under, when known ("Treatment", "Abstract: Methods")
  DocumentMeta meta;
  std::string topic;    // a knowledge-base condition or medicine id it is about, when known
};

// Receives passages one at a time, so a corpus of any size streams through memory.
using PassageSink = std::function<void(SourcePassage&&)>;

}  // namespace sanus::ask
