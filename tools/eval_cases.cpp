#include "eval_cases.h"

#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <filesystem>

namespace sanus::tools {
namespace {

namespace fs = std::filesystem;

Result<EvalCase> ReadCase(const YAML::Node& node, const std::string& where) {
  EvalCase c;
  auto text = [&](const char* key) { return node[key] ? node[key].as<std::string>() : std::string(); };
  c.name = text("name");
  c.group = text("group");
  c.description = text("description");
  c.text = text("text");
  c.gold = text("gold");
  if (c.name.empty() || c.text.empty() || c.gold.empty()) {
    return Status::InvalidArgument(where + ": a case needs name, text and gold");
  }
  auto level = ParseTriageLevel(text("triage"));
  if (!level) return Status::InvalidArgument(where + " (" + c.name + "): invalid triage level");
  c.triage = *level;
  if (node["age"]) c.age = node["age"].as<double>();
  const std::string sex = text("sex");
  c.sex = sex == "female" ? Sex::kFemale : sex == "male" ? Sex::kMale : Sex::kUnknown;
  c.origin = where;
  return c;
}

Status ReadFile(const std::string& path, std::vector<EvalCase>& out) {
  YAML::Node root;
  try {
    root = YAML::LoadFile(path);
  } catch (const YAML::Exception& e) {
    return Status::InvalidArgument(path + ": " + e.what());
  }
  if (!root.IsSequence()) return Status::InvalidArgument(path + ": must be a list of cases");
  for (size_t i = 0; i < root.size(); ++i) {
    try {
      auto c = ReadCase(root[i], path + " case " + std::to_string(i + 1));
      if (!c.ok()) return c.status();
      out.push_back(std::move(*c));
    } catch (const YAML::Exception& e) {
      return Status::InvalidArgument(path + " case " + std::to_string(i + 1) + ": " + e.what());
    }
  }
  return Status::Ok();
}

}  // namespace

Result<std::vector<EvalCase>> LoadEvalCases(const std::vector<std::string>& paths) {
  std::vector<std::string> files;
  for (const auto& path : paths) {
    std::error_code ec;
    if (fs::is_directory(path, ec)) {
      for (const auto& entry : fs::recursive_directory_iterator(path, ec)) {
        if (entry.path().extension() == ".yaml") files.push_back(entry.path().string());
      }
    } else if (fs::exists(path, ec)) {
      files.push_back(path);
    } else {
      return Status::NotFound("no such file: " + path);
    }
  }
  std::sort(files.begin(), files.end());
  std::vector<EvalCase> cases;
  for (const auto& f : files) {
    if (Status s = ReadFile(f, cases); !s.ok()) return s;
  }
  return cases;
}

}  // namespace sanus::tools
