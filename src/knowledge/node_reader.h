// Reads the fields of one YAML node of a knowledge file, recording a readable problem for
// each missing or wrong field instead of throwing, so an author sees every problem at once.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "knowledge/yaml_tree.h"

namespace sanus::knowledge {

class NodeReader {
 public:
  NodeReader(YamlNode node, std::string where, std::vector<std::string>* problems)
      : node_(node), where_(std::move(where)), problems_(problems) {}

  std::string Text(const char* key, bool required = true) {
    const YamlNode v = node_[key];
    if (!v || v.IsNull()) {
      if (required) Problem(std::string("missing '") + key + "'");
      return "";
    }
    if (!v.IsScalar()) {
      Problem(std::string("'") + key + "' must be text");
      return "";
    }
    return std::string(v.Scalar());
  }

  std::optional<double> Number(const char* key) {
    const YamlNode v = node_[key];
    if (!v) return std::nullopt;
    auto number = v.Number();
    if (!number) Problem(std::string("'") + key + "' must be a number");
    return number;
  }

  std::vector<std::string> List(const char* key, bool required = true) {
    std::vector<std::string> out;
    const YamlNode v = node_[key];
    if (!v || v.IsNull()) {
      if (required) Problem(std::string("missing '") + key + "'");
      return out;
    }
    if (!v.IsSequence()) {
      Problem(std::string("'") + key + "' must be a list");
      return out;
    }
    for (size_t i = 0; i < v.size(); ++i) {
      if (v[i].IsScalar()) out.emplace_back(v[i].Scalar());
      else Problem(std::string("'") + key + "' must hold only text items");
    }
    return out;
  }

  // true only for a literal `true`; anything else but `false` or absence is a problem.
  bool Flag(const char* key) {
    const YamlNode v = node_[key];
    if (!v || v.IsNull()) return false;
    if (v.IsScalar() && (v.Scalar() == "true" || v.Scalar() == "false")) return v.Scalar() == "true";
    Problem(std::string("'") + key + "' must be true or false");
    return false;
  }

  // Each item of a list of mappings, as a reader named "<key> <n>".
  template <typename F>
  void ForEach(const char* key, F&& read) {
    const YamlNode v = node_[key];
    if (!v || v.IsNull()) return;
    if (!v.IsSequence()) return Problem(std::string("'") + key + "' must be a list");
    for (size_t i = 0; i < v.size(); ++i) {
      NodeReader item = Child(v[i], std::string(key) + " " + std::to_string(i + 1));
      if (!v[i].IsMap()) {
        item.Problem("must be a mapping");
        continue;
      }
      read(item);
    }
  }

  // A reader for a nested mapping that reports into the same problem list.
  NodeReader Child(YamlNode node, const std::string& suffix) const {
    return NodeReader(node, where_ + " " + suffix, problems_);
  }
  YamlNode node() const { return node_; }
  const std::string& where() const { return where_; }
  void Problem(const std::string& message) { problems_->push_back(where_ + ": " + message); }

 private:
  YamlNode node_;
  std::string where_;
  std::vector<std::string>* problems_;
};

}  // namespace sanus::knowledge
