// ReadHtml: a saved web page, parsed with libxml2's forgiving HTML parser into a tree, then
// walked twice: once for the citation metadata (<meta>, <link rel="canonical">, <title>), once
// for the text of its paragraphs and list items under their headings.
#include <libxml/HTMLparser.h>

#include <algorithm>
#include <array>
#include <istream>
#include <string>
#include <string_view>

#include "ask/corpus/libxml.h"
#include "ask/corpus/passage_text.h"
#include "ask/corpus/passage_writer.h"
#include "ask/corpus_readers.h"

namespace sanus::ask {
namespace {

using corpus::NodeName;

constexpr std::size_t kMaxHtmlBytes = std::size_t{64} << 20;

template <std::size_t N>
bool IsOneOf(std::string_view name, const std::array<std::string_view, N>& names) {
  for (std::string_view n : names) {
    if (n == name) return true;
  }
  return false;
}

// Page furniture, not content.
bool IsSkipped(std::string_view name) {
  static constexpr std::array<std::string_view, 9> kSkipped = {
      "script", "style", "nav", "footer", "noscript", "template", "head", "svg", "iframe"};
  return IsOneOf(name, kSkipped);
}
bool IsHeading(std::string_view name) {
  return name.size() == 2 && name[0] == 'h' && name[1] >= '1' && name[1] <= '6';
}
// Elements whose text is a passage.
bool IsTextBlock(std::string_view name) {
  static constexpr std::array<std::string_view, 7> kBlocks = {
      "p", "li", "dd", "dt", "blockquote", "pre", "figcaption"};
  return IsOneOf(name, kBlocks);
}
// Containers of text blocks, whose own text is not read: lists and tables.
bool IsBlockContainer(std::string_view name) {
  static constexpr std::array<std::string_view, 5> kContainers = {"ul", "ol", "dl", "table",
                                                                  "menu"};
  return IsOneOf(name, kContainers);
}
// Elements that sit inside a line of text; any other element separates words.
bool IsInline(std::string_view name) {
  static constexpr std::array<std::string_view, 26> kInline = {
      "a",      "abbr", "b",   "bdi",  "bdo", "cite", "code", "data",  "dfn",
      "em",     "i",    "kbd", "mark", "q",   "s",    "samp", "small", "span",
      "strong", "sub",  "sup", "time", "u",   "var",  "del",  "ins"};
  return IsOneOf(name, kInline) || name == "font";
}

// The text of `node` that belongs to it rather than to a text block, list or heading nested
// inside it (those are passages or sections of their own).
void AppendOwnText(const xmlNode* node, std::string& out) {
  for (const xmlNode* c = node->children; c != nullptr; c = c->next) {
    if (c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE) {
      if (c->content != nullptr) out.append(corpus::AsChars(c->content));
      continue;
    }
    const std::string_view name = NodeName(c);
    if (name.empty() || IsSkipped(name) || IsTextBlock(name) || IsBlockContainer(name) ||
        IsHeading(name)) {
      continue;
    }
    const bool separate = !IsInline(name);
    if (separate) out.push_back(' ');
    AppendOwnText(c, out);
    if (separate) out.push_back(' ');
  }
}

std::string OwnText(const xmlNode* node) {
  std::string out;
  AppendOwnText(node, out);
  return corpus::NormaliseWhitespace(out);
}

// What the page says about itself, by source; the best available wins.
struct PageMeta {
  std::string citation_title, dc_title, title_tag, first_h1;
  std::string publisher, author;
  int year = 0;
  std::string canonical;
};

void ReadMetaElement(const xmlNode* node, PageMeta& m) {
  const std::string name = corpus::AsciiLower(corpus::Attribute(node, "name"));
  const std::string content = corpus::NormaliseWhitespace(corpus::Attribute(node, "content"));
  if (content.empty()) return;
  auto set_once = [&](std::string& field) {
    if (field.empty()) field = content;
  };
  if (name == "citation_title") set_once(m.citation_title);
  if (name == "dc.title") set_once(m.dc_title);
  if (name == "citation_publisher" || name == "dc.publisher") set_once(m.publisher);
  if (name == "author" || name == "citation_author") set_once(m.author);
  if ((name == "citation_publication_date" || name == "citation_date" || name == "dc.date") &&
      m.year == 0) {
    m.year = corpus::ParseYear(content);
  }
}

void CollectMeta(const xmlNode* node, PageMeta& m) {
  for (const xmlNode* c = node->children; c != nullptr; c = c->next) {
    const std::string_view name = NodeName(c);
    if (name == "meta") {
      ReadMetaElement(c, m);
    } else if (name == "link" && m.canonical.empty() &&
               corpus::AsciiLower(corpus::Attribute(c, "rel")).find("canonical") !=
                   std::string::npos) {
      m.canonical = std::string(corpus::TrimAscii(corpus::Attribute(c, "href")));
    } else if (name == "title" && m.title_tag.empty()) {
      m.title_tag = corpus::NormaliseWhitespace(corpus::NodeText(c));
    } else if (name == "h1" && m.first_h1.empty()) {
      m.first_h1 = OwnText(c);
    }
    if (!name.empty() && name != "script" && name != "style") CollectMeta(c, m);
  }
}

DocumentMeta MetaFor(const xmlNode* root, const std::string& file_id) {
  PageMeta page;
  CollectMeta(root, page);
  DocumentMeta meta;
  for (const std::string* t :
       {&page.citation_title, &page.dc_title, &page.title_tag, &page.first_h1}) {
    if (meta.title.empty()) meta.title = *t;
  }
  if (meta.title.empty()) meta.title = corpus::TitleFromFileId(file_id);
  meta.publisher = page.publisher.empty() ? page.author : page.publisher;
  meta.year = page.year;
  meta.url = page.canonical;
  meta.kind = "html";
  return meta;
}

// Emits a passage per text block under the latest heading.
class TextWalker {
 public:
  explicit TextWalker(corpus::PassageWriter& writer) : writer_(writer) {}

  void Walk(const xmlNode* node) {
    for (const xmlNode* c = node->children; c != nullptr; c = c->next) {
      const std::string_view name = NodeName(c);
      if (name.empty() || IsSkipped(name)) continue;
      if (IsHeading(name)) {
        section_ = OwnText(c);
        continue;
      }
      if (IsTextBlock(name)) writer_.Add(section_, OwnText(c));
      Walk(c);  // blocks nested in this one (a list inside a list item)
    }
  }

 private:
  corpus::PassageWriter& writer_;
  std::string section_;
};

// Reads all of `in`, refusing more than kMaxHtmlBytes and anything with control bytes.
Status ReadPage(std::istream& in, std::string& page) {
  std::array<char, 65536> buffer;
  while (in.read(buffer.data(), buffer.size()) || in.gcount() > 0) {
    page.append(buffer.data(), static_cast<std::size_t>(in.gcount()));
    if (page.size() > kMaxHtmlBytes) {
      return Status::InvalidArgument("HTML page larger than 64 MiB; not read");
    }
  }
  if (in.bad()) return Status::FailedPrecondition("read error");
  for (std::size_t i = 0; i < page.size(); ++i) {
    const auto c = static_cast<unsigned char>(page[i]);
    if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') || c == 0x7F) {
      const auto line = 1 + std::count(page.begin(), page.begin() + static_cast<long>(i), '\n');
      return Status::InvalidArgument("line " + std::to_string(line) +
                                     ": binary data (a control byte); not an HTML page");
    }
  }
  return Status::Ok();
}

}  // namespace

Status ReadHtml(std::istream& in, const std::string& file_id, const PassageSink& sink) {
  std::string page;
  if (Status s = ReadPage(in, page); !s.ok()) return s;
  if (corpus::TrimAscii(page).empty()) return Status::Ok();
  corpus::EnsureLibxmlInitialised();
  // Recover from bad nesting as browsers do; never fetch anything; stay quiet on stderr.
  const int options =
      HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET;
  corpus::XmlDocPtr doc(
      htmlReadMemory(page.data(), static_cast<int>(page.size()), nullptr, nullptr, options));
  const xmlNode* root = doc ? xmlDocGetRootElement(doc.get()) : nullptr;
  if (root == nullptr) return Status::InvalidArgument("line 1: not an HTML document");
  corpus::PassageWriter writer(file_id, MetaFor(root, file_id), sink);
  TextWalker(writer).Walk(root);
  return Status::Ok();
}

}  // namespace sanus::ask
