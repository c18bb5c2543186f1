// ReadPubmedXml: the NLM PubMed/MEDLINE XML format, streamed. The xmlTextReader walks the file
// node by node; each <PubmedArticle> is expanded into a small tree, turned into passages, and
// freed when the reader moves past it, so memory does not grow with the file.
#include <libxml/xmlreader.h>

#include <algorithm>
#include <cstdint>
#include <istream>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "ask/corpus/libxml.h"
#include "ask/corpus/passage_text.h"
#include "ask/corpus/passage_writer.h"
#include "ask/corpus_readers.h"

namespace sanus::ask {
namespace {

using corpus::Child;
using corpus::NodeName;
using corpus::NodeText;

struct ReaderFree {
  void operator()(xmlTextReader* reader) const { xmlFreeTextReader(reader); }
};

// libxml2 input callbacks over a std::istream, counting what has been read so that an error
// at the very end of the input can be told apart from one in the middle.
struct Input {
  std::istream& in;
  uint64_t bytes_read = 0;
  int64_t newlines = 0;
};
int ReadFromStream(void* context, char* buffer, int length) {
  auto* input = static_cast<Input*>(context);
  input->in.read(buffer, length);
  if (input->in.bad()) return -1;
  const auto n = static_cast<std::size_t>(input->in.gcount());
  input->bytes_read += n;
  input->newlines += std::count(buffer, buffer + n, '\n');
  return static_cast<int>(n);
}
int CloseNothing(void*) { return 0; }

struct AbstractSection {
  std::string label;
  std::string text;
};

// The parts of one article a citation and its passages need.
struct Article {
  std::string pmid;
  std::string title;
  std::string journal;
  std::string first_author;
  int author_count = 0;
  int year = 0;
  std::vector<AbstractSection> abstract;
};

// Year of publication: the journal issue's Year, else the year in its MedlineDate
// ("1998 Dec-1999 Jan"), else the electronic ArticleDate.
int PublicationYear(const xmlNode* article, const xmlNode* journal) {
  const xmlNode* pub_date = Child(Child(journal, "JournalIssue"), "PubDate");
  if (int year = corpus::ParseYear(NodeText(Child(pub_date, "Year")))) return year;
  if (int year = corpus::ParseYear(NodeText(Child(pub_date, "MedlineDate")))) return year;
  return corpus::ParseYear(NodeText(Child(Child(article, "ArticleDate"), "Year")));
}

void ReadAuthors(const xmlNode* author_list, Article& out) {
  for (const xmlNode* a = author_list ? author_list->children : nullptr; a; a = a->next) {
    if (NodeName(a) != "Author") continue;
    if (++out.author_count > 1) continue;
    out.first_author = NodeText(Child(a, "LastName"));
    if (out.first_author.empty()) out.first_author = NodeText(Child(a, "CollectiveName"));
  }
}

// `node` is a <PubmedArticle>, or a <MedlineCitation> standing alone.
Article ExtractArticle(const xmlNode* node) {
  const xmlNode* citation =
      NodeName(node) == "MedlineCitation" ? node : Child(node, "MedlineCitation");
  const xmlNode* article = Child(citation, "Article");
  const xmlNode* journal = Child(article, "Journal");
  Article out;
  out.pmid = std::string(corpus::TrimAscii(NodeText(Child(citation, "PMID"))));
  out.title = NodeText(Child(article, "ArticleTitle"));
  if (corpus::TrimAscii(out.title).empty()) out.title = NodeText(Child(article, "VernacularTitle"));
  out.journal = NodeText(Child(journal, "Title"));
  out.year = PublicationYear(article, journal);
  ReadAuthors(Child(article, "AuthorList"), out);
  const xmlNode* abstract = Child(article, "Abstract");
  for (const xmlNode* t = abstract ? abstract->children : nullptr; t; t = t->next) {
    if (NodeName(t) != "AbstractText") continue;
    out.abstract.push_back({corpus::Attribute(t, "Label"), NodeText(t)});
  }
  return out;
}

std::string Publisher(const Article& a) {
  const std::string author = corpus::NormaliseWhitespace(a.first_author);
  const std::string journal = corpus::NormaliseWhitespace(a.journal);
  if (author.empty()) return journal;
  const std::string who = a.author_count > 1 ? author + " et al." : author;
  return journal.empty() ? who : who + ", " + journal;
}

bool HasAbstract(const Article& a) {
  for (const auto& section : a.abstract) {
    if (!corpus::TrimAscii(section.text).empty()) return true;
  }
  return false;
}

void EmitArticle(const Article& a, const PassageSink& sink) {
  if (a.pmid.empty() || !HasAbstract(a)) return;  // nothing to cite, or nothing to say
  DocumentMeta meta;
  meta.title = corpus::NormaliseWhitespace(a.title);
  meta.publisher = Publisher(a);
  meta.year = a.year;
  meta.url = "https://pubmed.ncbi.nlm.nih.gov/" + a.pmid + "/";
  meta.kind = "pubmed";
  corpus::PassageWriter writer("pmid:" + a.pmid, std::move(meta), sink);
  writer.Add("Title", a.title);
  for (const auto& section : a.abstract) {
    writer.Add(section.label.empty() ? "Abstract" : section.label, section.text);
  }
}

bool IsPubmedRoot(std::string_view name) {
  return name == "PubmedArticleSet" || name == "MedlineCitationSet" || name == "PubmedArticle" ||
         name == "MedlineCitation";
}

// Where the parse stands, for an error message that says what went wrong in words a user
// can act on.
struct ParseState {
  bool root_opened = false;
  bool root_closed = false;
};

Status XmlError(const corpus::XmlErrorSink& errors, xmlTextReader* reader, const Input& input,
                const ParseState& p) {
  const int line = errors.line > 0 ? errors.line : xmlTextReaderGetParserLineNumber(reader);
  std::string what = errors.message.empty() ? "malformed XML" : errors.message;
  const bool at_end = input.in.eof() && line >= input.newlines;
  if (input.bytes_read == 0) {
    what = "empty input, not PubMed XML";
  } else if (errors.code == XML_ERR_DOCUMENT_EMPTY || errors.code == XML_ERR_DOCUMENT_START) {
    what = "not XML: " + what;
  } else if (p.root_opened && !p.root_closed && at_end) {
    // libxml2 reports a stream that stops between elements as "Extra content at the end".
    what = "the XML stops before its elements are closed (a truncated file?)" +
           (errors.code == XML_ERR_DOCUMENT_END ? std::string() : ": " + what);
  }
  return Status::InvalidArgument("line " + std::to_string(line) + ": " + what);
}

}  // namespace

Status ReadPubmedXml(std::istream& in, const PassageSink& sink) {
  corpus::EnsureLibxmlInitialised();
  Input input{in};
  // No DTD loading, no entity substitution, no network: PubMed files name a DTD by URL.
  std::unique_ptr<xmlTextReader, ReaderFree> owned(xmlReaderForIO(
      ReadFromStream, CloseNothing, &input, nullptr, nullptr, XML_PARSE_NONET | XML_PARSE_COMPACT));
  xmlTextReader* reader = owned.get();
  if (reader == nullptr) return Status::Internal("libxml2 could not create an XML reader");
  corpus::XmlErrorSink errors;
  xmlTextReaderSetStructuredErrorHandler(reader, corpus::XmlErrorSink::Handle, &errors);

  ParseState state;
  auto fail = [&] { return XmlError(errors, reader, input, state); };
  int status = xmlTextReaderRead(reader);
  while (status == 1) {
    const int type = xmlTextReaderNodeType(reader);
    const bool at_root = xmlTextReaderDepth(reader) == 0;
    if (type == XML_READER_TYPE_END_ELEMENT && at_root) state.root_closed = true;
    if (type != XML_READER_TYPE_ELEMENT) {
      status = xmlTextReaderRead(reader);
      continue;
    }
    const std::string_view name = corpus::AsChars(xmlTextReaderConstLocalName(reader));
    if (!state.root_opened && !IsPubmedRoot(name)) {
      return Status::InvalidArgument("line " +
                                     std::to_string(xmlTextReaderGetParserLineNumber(reader)) +
                                     ": not PubMed XML: the root element is <" + std::string(name) +
                                     ">, expected <PubmedArticleSet>");
    }
    state.root_opened = true;
    if (at_root && xmlTextReaderIsEmptyElement(reader) == 1) state.root_closed = true;
    if (name == "PubmedArticle" || name == "MedlineCitation") {
      const xmlNode* article = xmlTextReaderExpand(reader);
      if (article == nullptr) return fail();
      EmitArticle(ExtractArticle(article), sink);
      if (at_root) state.root_closed = true;
      status = xmlTextReaderNext(reader);  // past the article, freeing it
      continue;
    }
    status = xmlTextReaderRead(reader);
  }
  if (status != 0) return fail();
  if (!state.root_opened) {
    return Status::InvalidArgument("line 1: no XML element: empty or not XML");
  }
  return Status::Ok();
}

}  // namespace sanus::ask
