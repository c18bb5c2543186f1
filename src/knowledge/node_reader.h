// Reads the fields of one YAML node of a knowledge file, recording a readable problem for
// each missing or wrong field instead of throwing, so an author sees every problem at once.
#pragma once

#include <yaml-cpp/yaml.h>

#include <optional>
#include <string>
#include <vector>

namespace sanus::knowledge {

class NodeReader {
 public:
  NodeReader(const YAML::Node& node, std::string where, std::vector<std::string>* problems)
      : node_(node), where_(std::move(where)), problems_(problems) {}

  std::string Text(const char* key, bool required = true) {
    const YAML::Node v = node_[key];
    if (!v || v.IsNull()) {
      if (required) Problem(std::string("missing '") + key + "'");
      return "";
    }
    if (!v.IsScalar()) {
      Problem(std::string("'") + key + "' must be text");
      return "";
    }
    return v.as<std::string>();
  }

  std::optional<double> Number(const char* key) {
    const YAML::Node v = node_[key];
    if (!v) return std::nullopt;
    try {
      return v.as<double>();
    } catch (const YAML::Exception&) {
      Problem(std::string("'") + key + "' must be a number");
      return std::nullopt;
    }
  }

  std::vector<std::string> List(const char* key, bool required = true) {
    std::vector<std::string> out;
    const YAML::Node v = node_[key];
    if (!v || v.IsNull()) {
      if (required) Problem(std::string("missing '") + key + "'");
      return out;
    }
    if (!v.IsSequence()) {
      Problem(std::string("'") + key + "' must be a list");
      return out;
    }
    for (const auto& item : v) {
      if (item.IsScalar()) out.push_back(item.as<std::string>());
      else Problem(std::string("'") + key + "' must hold only text items");
    }
    return out;
  }

  // true only for a literal `true`; anything else but `false` or absence is a problem.
  bool Flag(const char* key) {
    const YAML::Node v = node_[key];
    if (!v || v.IsNull()) return false;
    if (v.IsScalar() && (v.Scalar() == "true" || v.Scalar() == "false")) return v.Scalar() == "true";
    Problem(std::string("'") + key + "' must be true or false");
    return false;
  }

  // Each item of a list of mappings, as a reader named "<key> <n>".
  template <typename F>
  void ForEach(const char* key, F&& read) {
    const YAML::Node v = node_[key];
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
  NodeReader Child(const YAML::Node& node, const std::string& suffix) const {
    return NodeReader(node, where_ + " " + suffix, problems_);
  }
  const YAML::Node& node() const { return node_; }
  const std::string& where() const { return where_; }
  void Problem(const std::string& message) { problems_->push_back(where_ + ": " + message); }

 private:
  YAML::Node node_;
  std::string where_;
  std::vector<std::string>* problems_;
};

}  // namespace sanus::knowledge
