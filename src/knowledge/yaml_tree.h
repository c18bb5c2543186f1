// Parses YAML text into a compact read-only tree for the knowledge loader, using libyaml's
// parser, which reads the knowledge files in about a ninth of the instructions yaml-cpp's own
// scanner needs (docs/performance.md). The tree reads as the one YAML::Load would build (same
// scalars, nulls, order, repeated keys and shared anchored nodes, first document only), but
// it is a few flat arrays per file instead of yaml-cpp's reference-counted nodes: building
// and freeing those, several allocations per node, was most of the remaining start-up cost.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace sanus::knowledge {

class YamlDocument;

// A node of a YamlDocument, or an undefined node (a key that is not there). A handle: cheap
// to copy, valid while its document lives. Reads as the subset of YAML::Node the loader uses.
class YamlNode {
 public:
  YamlNode() = default;

  // False for an undefined node.
  explicit operator bool() const { return document_ != nullptr; }
  bool IsNull() const;
  bool IsScalar() const;
  bool IsSequence() const;
  bool IsMap() const;

  // The text of a scalar; empty for any other node, as yaml-cpp's Scalar().
  std::string_view Scalar() const;
  // Items of a sequence, entries of a map; 0 otherwise.
  size_t size() const;
  // Item i of a sequence (i < size()).
  YamlNode operator[](size_t i) const;
  // Entry i of a map (i < size()): its key and its value.
  YamlNode Key(size_t i) const;
  YamlNode Value(size_t i) const;
  // The value of the first entry whose key is the scalar key; undefined when there is none
  // or this is a sequence or null. Throws YAML::BadSubscript on a scalar, as yaml-cpp does.
  YamlNode operator[](const char* key) const;
  // A scalar read as yaml-cpp's as<double>() reads it; nullopt where that would throw.
  std::optional<double> Number() const;

 private:
  friend class YamlDocument;
  YamlNode(const YamlDocument* document, uint32_t index) : document_(document), index_(index) {}

  const YamlDocument* document_ = nullptr;
  uint32_t index_ = 0;
};

// One parsed file. Move-only: its nodes refer to each other by position.
class YamlDocument {
 public:
  enum class Kind : uint8_t { kNull, kScalar, kSequence, kMap };

  YamlDocument() = default;
  YamlDocument(YamlDocument&&) = default;
  YamlDocument& operator=(YamlDocument&&) = default;

  YamlNode root() const { return YamlNode(this, root_); }

 private:
  friend class YamlNode;
  friend class YamlDocumentBuilder;

  // A scalar's text is text_[begin, begin + count); a collection's children are
  // children_[begin, begin + count), a map's as key, value, key, value...
  struct Node {
    Kind kind = Kind::kNull;
    uint32_t begin = 0;
    uint32_t count = 0;
  };
  const Node& node(uint32_t index) const { return nodes_[index]; }
  YamlNode child(uint32_t index, size_t i) const {
    return YamlNode(this, children_[node(index).begin + i]);
  }

  std::vector<Node> nodes_{Node{}};  // node 0: the null root of an empty document
  std::vector<uint32_t> children_;
  std::string text_;
  uint32_t root_ = 0;
};

// The first document of content (a null root for an empty stream). On a syntax error it
// defers to YAML::Load, so the exception and its message (line and column) are exactly
// yaml-cpp's: throws YAML::Exception then. Text only yaml-cpp accepts is read as yaml-cpp
// reads it.
YamlDocument ParseYaml(std::string_view content);

}  // namespace sanus::knowledge
