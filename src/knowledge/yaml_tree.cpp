#include "knowledge/yaml_tree.h"

#include <yaml.h>

#include <optional>
#include <unordered_map>
#include <vector>

namespace sanus::knowledge {
namespace {

// yaml-cpp reads these plain (unquoted, untagged) scalars as null.
bool IsNullWord(const std::string& s) {
  return s.empty() || s == "~" || s == "null" || s == "Null" || s == "NULL";
}

// yaml-cpp marks an untagged node "?" and an untagged quoted or block scalar "!".
std::string TagOf(const yaml_char_t* tag, bool plain) {
  if (tag) return reinterpret_cast<const char*>(tag);
  return plain ? "?" : "!";
}

std::string Text(const yaml_char_t* s) { return s ? reinterpret_cast<const char*>(s) : ""; }

// Builds the tree from libyaml's events: open collections on a stack, each map with the key
// that waits for its value.
class TreeBuilder {
 public:
  // False once the first document is complete.
  bool Handle(const yaml_event_t& event) {
    switch (event.type) {
      case YAML_SCALAR_EVENT: return OnScalar(event), true;
      case YAML_SEQUENCE_START_EVENT:
        return Open(YAML::NodeType::Sequence, event.data.sequence_start.tag, event.data.sequence_start.anchor,
                    event.data.sequence_start.style == YAML_FLOW_SEQUENCE_STYLE), true;
      case YAML_MAPPING_START_EVENT:
        return Open(YAML::NodeType::Map, event.data.mapping_start.tag, event.data.mapping_start.anchor,
                    event.data.mapping_start.style == YAML_FLOW_MAPPING_STYLE), true;
      case YAML_SEQUENCE_END_EVENT:
      case YAML_MAPPING_END_EVENT: return Close(), true;
      case YAML_ALIAS_EVENT: return OnAlias(Text(event.data.alias.anchor)), true;
      case YAML_DOCUMENT_END_EVENT:
      case YAML_STREAM_END_EVENT: return false;
      default: return true;
    }
  }

  // False when an alias named no anchor (yaml-cpp reports that as an error).
  bool ok() const { return ok_; }
  YAML::Node root() const { return root_; }

 private:
  void OnScalar(const yaml_event_t& event) {
    const auto& s = event.data.scalar;
    const bool plain = s.style == YAML_PLAIN_SCALAR_STYLE;
    const std::string value(reinterpret_cast<const char*>(s.value), s.length);
    const bool null = plain && !s.tag && IsNullWord(value);
    YAML::Node node = null ? YAML::Node(YAML::NodeType::Null) : YAML::Node(value);
    if (!null) node.SetTag(TagOf(s.tag, plain));
    Remember(s.anchor, node);
    Add(node);
  }

  void Open(YAML::NodeType::value type, const yaml_char_t* tag, const yaml_char_t* anchor, bool flow) {
    YAML::Node node(type);
    node.SetTag(TagOf(tag, true));
    if (flow) node.SetStyle(YAML::EmitterStyle::Flow);
    Remember(anchor, node);
    Add(node);
    open_.push_back({node, std::nullopt});
  }

  void Close() {
    YAML::Node done = open_.back().node;
    open_.pop_back();
    if (open_.empty()) root_.reset(done);
  }

  void OnAlias(const std::string& anchor) {
    auto it = anchors_.find(anchor);
    if (it == anchors_.end()) {
      ok_ = false;
      return;
    }
    Add(it->second);
  }

  void Remember(const yaml_char_t* anchor, const YAML::Node& node) {
    if (anchor) anchors_[Text(anchor)].reset(node);
  }

  // Puts node into the open collection, or makes it the root.
  void Add(const YAML::Node& node) {
    if (open_.empty()) return root_.reset(node);
    OpenCollection& top = open_.back();
    if (top.node.IsSequence()) return top.node.push_back(node);
    if (!top.key) {
      top.key = node;
      return;
    }
    // Appends without looking the key up, as YAML::Load does (a repeated key is kept twice).
    top.node.force_insert(*top.key, node);
    top.key.reset();
  }

  struct OpenCollection {
    YAML::Node node;
    std::optional<YAML::Node> key;  // a map's key still waiting for its value
  };
  std::vector<OpenCollection> open_;
  std::unordered_map<std::string, YAML::Node> anchors_;
  YAML::Node root_;
  bool ok_ = true;
};

// The tree, or nullopt on a syntax error.
std::optional<YAML::Node> ParseWithLibyaml(const std::string& content) {
  yaml_parser_t parser;
  if (!yaml_parser_initialize(&parser)) return std::nullopt;
  yaml_parser_set_input_string(&parser, reinterpret_cast<const unsigned char*>(content.data()), content.size());
  TreeBuilder builder;
  bool more = true, failed = false;
  while (more) {
    yaml_event_t event;
    if (!yaml_parser_parse(&parser, &event)) {
      failed = true;
      break;
    }
    more = builder.Handle(event) && builder.ok();
    yaml_event_delete(&event);
  }
  yaml_parser_delete(&parser);
  if (failed || !builder.ok()) return std::nullopt;
  return builder.root();
}

}  // namespace

YAML::Node ParseYaml(const std::string& content) {
  if (auto tree = ParseWithLibyaml(content)) return *tree;
  return YAML::Load(content);
}

}  // namespace sanus::knowledge
