#include "knowledge/yaml_tree.h"

#include <yaml-cpp/yaml.h>
#include <yaml.h>

#include <limits>
#include <sstream>
#include <unordered_map>

namespace sanus::knowledge {

// ---- YamlNode ----------------------------------------------------------------------------

bool YamlNode::IsNull() const {
  return document_ && document_->node(index_).kind == YamlDocument::Kind::kNull;
}
bool YamlNode::IsScalar() const {
  return document_ && document_->node(index_).kind == YamlDocument::Kind::kScalar;
}
bool YamlNode::IsSequence() const {
  return document_ && document_->node(index_).kind == YamlDocument::Kind::kSequence;
}
bool YamlNode::IsMap() const {
  return document_ && document_->node(index_).kind == YamlDocument::Kind::kMap;
}

std::string_view YamlNode::Scalar() const {
  if (!IsScalar()) return {};
  const auto& n = document_->node(index_);
  return std::string_view(document_->text_).substr(n.begin, n.count);
}

size_t YamlNode::size() const {
  if (IsSequence()) return document_->node(index_).count;
  if (IsMap()) return document_->node(index_).count / 2;
  return 0;
}

YamlNode YamlNode::operator[](size_t i) const { return document_->child(index_, i); }
YamlNode YamlNode::Key(size_t i) const { return document_->child(index_, 2 * i); }
YamlNode YamlNode::Value(size_t i) const { return document_->child(index_, 2 * i + 1); }

YamlNode YamlNode::operator[](const char* key) const {
  // yaml-cpp's node_data::get throws on a scalar; the nodes it built had no position.
  if (IsScalar()) throw YAML::BadSubscript(YAML::Mark::null_mark(), key);
  if (!IsMap()) return {};
  for (size_t i = 0; i < size(); ++i) {
    // yaml-cpp compares a key only when it is a scalar (a null key never matches).
    const YamlNode k = Key(i);
    if (k.IsScalar() && k.Scalar() == key) return Value(i);
  }
  return {};
}

std::optional<double> YamlNode::Number() const {
  // yaml-cpp's convert<double>::decode (yaml-cpp/node/convert.h), step by step.
  if (!IsScalar()) return std::nullopt;
  const std::string input(Scalar());
  std::stringstream stream(input);
  stream.unsetf(std::ios::dec);
  double value = 0;
  if (YAML::conversion::ConvertStreamTo(stream, value)) return value;
  if (YAML::conversion::IsInfinity(input)) return std::numeric_limits<double>::infinity();
  if (YAML::conversion::IsNegativeInfinity(input)) return -std::numeric_limits<double>::infinity();
  if (YAML::conversion::IsNaN(input)) return std::numeric_limits<double>::quiet_NaN();
  return std::nullopt;
}

// ---- Building ----------------------------------------------------------------------------

// Builds a document from a stream of nodes in document order: scalars, and collections
// opened and closed around their contents. A collection's children are gathered on a stack
// and stored together when it closes, so each collection's children are contiguous.
class YamlDocumentBuilder {
 public:
  explicit YamlDocumentBuilder(size_t content_size) {
    // Rough sizes for the knowledge files (one node per 16 bytes or so), to grow once or never.
    doc_.nodes_.reserve(content_size / 16 + 8);
    doc_.children_.reserve(content_size / 16 + 8);
    doc_.text_.reserve(content_size);
  }

  uint32_t AddNull() { return Add({YamlDocument::Kind::kNull, 0, 0}); }

  uint32_t AddScalar(std::string_view text) {
    const auto begin = static_cast<uint32_t>(doc_.text_.size());
    doc_.text_.append(text);
    return Add({YamlDocument::Kind::kScalar, begin, static_cast<uint32_t>(text.size())});
  }

  uint32_t Open(YamlDocument::Kind kind) {
    const uint32_t index = Add({kind, 0, 0});
    if (depth_ == open_.size()) open_.emplace_back();
    open_[depth_].index = index;
    open_[depth_].children.clear();  // keeps its capacity for the next collection this deep
    ++depth_;
    return index;
  }

  void Close() {
    Frame& frame = open_[--depth_];
    auto& n = doc_.nodes_[frame.index];
    n.begin = static_cast<uint32_t>(doc_.children_.size());
    n.count = static_cast<uint32_t>(frame.children.size());
    doc_.children_.insert(doc_.children_.end(), frame.children.begin(), frame.children.end());
  }

  // An anchored node used again: the same node, shared, as in yaml-cpp.
  void AddExisting(uint32_t index) { Place(index); }

  YamlDocument Finish() { return std::move(doc_); }

 private:
  struct Frame {
    uint32_t index = 0;
    std::vector<uint32_t> children;
  };

  uint32_t Add(const YamlDocument::Node& node) {
    const auto index = static_cast<uint32_t>(doc_.nodes_.size());
    doc_.nodes_.push_back(node);
    Place(index);
    return index;
  }

  // Puts a node into the open collection, or makes it the root.
  void Place(uint32_t index) {
    if (depth_ == 0) doc_.root_ = index;
    else open_[depth_ - 1].children.push_back(index);
  }

  YamlDocument doc_;
  std::vector<Frame> open_;
  size_t depth_ = 0;
};

namespace {

// yaml-cpp reads these plain (unquoted, untagged) scalars as null.
bool IsNullWord(std::string_view s) {
  return s.empty() || s == "~" || s == "null" || s == "Null" || s == "NULL";
}

std::string Text(const yaml_char_t* s) { return s ? reinterpret_cast<const char*>(s) : ""; }

// Feeds libyaml's events to the builder: false when the first document is complete.
class EventReader {
 public:
  explicit EventReader(YamlDocumentBuilder& builder) : builder_(builder) {}

  bool Handle(const yaml_event_t& event) {
    switch (event.type) {
      case YAML_SCALAR_EVENT: return OnScalar(event), true;
      case YAML_SEQUENCE_START_EVENT:
        return Remember(event.data.sequence_start.anchor, builder_.Open(YamlDocument::Kind::kSequence)), true;
      case YAML_MAPPING_START_EVENT:
        return Remember(event.data.mapping_start.anchor, builder_.Open(YamlDocument::Kind::kMap)), true;
      case YAML_SEQUENCE_END_EVENT:
      case YAML_MAPPING_END_EVENT: return builder_.Close(), true;
      case YAML_ALIAS_EVENT: return OnAlias(Text(event.data.alias.anchor)), true;
      case YAML_DOCUMENT_END_EVENT:
      case YAML_STREAM_END_EVENT: return false;
      default: return true;
    }
  }

  // False when an alias named no anchor (yaml-cpp reports that as an error).
  bool ok() const { return ok_; }

 private:
  void OnScalar(const yaml_event_t& event) {
    const auto& s = event.data.scalar;
    const std::string_view value(reinterpret_cast<const char*>(s.value), s.length);
    const bool null = s.style == YAML_PLAIN_SCALAR_STYLE && !s.tag && IsNullWord(value);
    Remember(s.anchor, null ? builder_.AddNull() : builder_.AddScalar(value));
  }

  void OnAlias(const std::string& anchor) {
    auto it = anchors_.find(anchor);
    if (it == anchors_.end()) {
      ok_ = false;
      return;
    }
    builder_.AddExisting(it->second);
  }

  void Remember(const yaml_char_t* anchor, uint32_t index) {
    if (anchor) anchors_[Text(anchor)] = index;
  }

  YamlDocumentBuilder& builder_;
  std::unordered_map<std::string, uint32_t> anchors_;
  bool ok_ = true;
};

// The document, or nullopt on a syntax error.
std::optional<YamlDocument> ParseWithLibyaml(std::string_view content) {
  yaml_parser_t parser;
  if (!yaml_parser_initialize(&parser)) return std::nullopt;
  yaml_parser_set_input_string(&parser, reinterpret_cast<const unsigned char*>(content.data()), content.size());
  YamlDocumentBuilder builder(content.size());
  EventReader reader(builder);
  bool more = true, failed = false;
  while (more) {
    yaml_event_t event;
    if (!yaml_parser_parse(&parser, &event)) {
      failed = true;
      break;
    }
    more = reader.Handle(event) && reader.ok();
    yaml_event_delete(&event);
  }
  yaml_parser_delete(&parser);
  if (failed || !reader.ok()) return std::nullopt;
  return builder.Finish();
}

// Copies a yaml-cpp tree, for the text only yaml-cpp reads. Anchored nodes are copied at
// each use, which reads the same.
void CopyTree(const YAML::Node& node, YamlDocumentBuilder& builder) {
  switch (node.Type()) {
    case YAML::NodeType::Scalar: builder.AddScalar(node.Scalar()); return;
    case YAML::NodeType::Sequence:
      builder.Open(YamlDocument::Kind::kSequence);
      for (const auto& item : node) CopyTree(item, builder);
      return builder.Close();
    case YAML::NodeType::Map:
      builder.Open(YamlDocument::Kind::kMap);
      for (const auto& entry : node) {
        CopyTree(entry.first, builder);
        CopyTree(entry.second, builder);
      }
      return builder.Close();
    default: builder.AddNull(); return;
  }
}

}  // namespace

YamlDocument ParseYaml(std::string_view content) {
  if (auto document = ParseWithLibyaml(content)) return std::move(*document);
  const YAML::Node tree = YAML::Load(std::string(content));
  YamlDocumentBuilder builder(content.size());
  CopyTree(tree, builder);
  return builder.Finish();
}

}  // namespace sanus::knowledge
