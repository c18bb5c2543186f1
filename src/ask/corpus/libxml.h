// Small RAII and string helpers over libxml2 for the XML and HTML corpus readers. Private to
// src/ask/corpus; no libxml2 type leaves these readers.
#pragma once

#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>

#include <memory>
#include <string>
#include <string_view>

namespace sanus::ask::corpus {

// Initialises libxml2 once per process; safe to call from any thread, any number of times.
inline void EnsureLibxmlInitialised() {
  static const bool initialised = [] {
    xmlInitParser();
    return true;
  }();
  (void)initialised;
}

struct XmlFree {
  void operator()(xmlChar* s) const { xmlFree(s); }
};
struct XmlDocFree {
  void operator()(xmlDoc* d) const { xmlFreeDoc(d); }
};
using XmlDocPtr = std::unique_ptr<xmlDoc, XmlDocFree>;

inline const char* AsChars(const xmlChar* s) { return reinterpret_cast<const char*>(s); }

// Returns the element's name, "" for other nodes.
inline std::string_view NodeName(const xmlNode* node) {
  return node != nullptr && node->type == XML_ELEMENT_NODE ? AsChars(node->name) : "";
}

// Returns the concatenated text of a node and its descendants (entities decoded), "" for null.
inline std::string NodeText(const xmlNode* node) {
  if (node == nullptr) return {};
  std::unique_ptr<xmlChar, XmlFree> content(xmlNodeGetContent(node));
  return content ? AsChars(content.get()) : "";
}

// Returns the value of attribute `name`, "" when absent.
inline std::string Attribute(const xmlNode* node, const char* name) {
  std::unique_ptr<xmlChar, XmlFree> value(xmlGetProp(node, reinterpret_cast<const xmlChar*>(name)));
  return value ? AsChars(value.get()) : "";
}

// Returns the first child element of `node` named `name`, or nullptr.
inline const xmlNode* Child(const xmlNode* node, std::string_view name) {
  if (node == nullptr) return nullptr;
  for (const xmlNode* c = node->children; c != nullptr; c = c->next) {
    if (NodeName(c) == name) return c;
  }
  return nullptr;
}

// libxml2 2.12 made the structured error handler take a const error.
#if LIBXML_VERSION >= 21200
using XmlErrorArg = const xmlError*;
#else
using XmlErrorArg = xmlError*;
#endif

// Collects what libxml2 reports, for a Status message that names the line: the first fatal
// error (the one that stopped the parse) or, failing that, the first error.
struct XmlErrorSink {
  std::string message;  // "" until an error arrives
  int line = 0;
  int code = 0;  // an xmlParserErrors value
  bool fatal = false;

  static void Handle(void* self, XmlErrorArg error) {
    auto* sink = static_cast<XmlErrorSink*>(self);
    if (error == nullptr || error->level < XML_ERR_ERROR) return;
    const bool is_fatal = error->level == XML_ERR_FATAL;
    if (!sink->message.empty() && (sink->fatal || !is_fatal)) return;
    std::string text = error->message != nullptr ? error->message : "";
    while (!text.empty() && (text.back() == '\n' || text.back() == ' ')) text.pop_back();
    sink->message = text.empty() ? "malformed XML" : text;
    sink->line = error->line;
    sink->code = error->code;
    sink->fatal = is_fatal;
  }
};

}  // namespace sanus::ask::corpus
