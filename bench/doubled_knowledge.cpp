#include "doubled_knowledge.h"

#include <yaml-cpp/yaml.h>

#include <filesystem>
#include <fstream>
#include <stdexcept>
#include <unistd.h>

#include "knowledge/knowledge_files.h"

namespace sanus::bench {
namespace {

namespace fs = std::filesystem;

// A made-up word: appended to every copied synonym it keeps the copy from colliding with the
// original (the loader rejects a synonym two findings share) without matching real text.
constexpr const char* kTwinWord = " zwilling";

std::string Twin(const std::string& id) { return id + "_twin"; }

bool StartsWith(const std::string& s, const char* prefix) { return s.rfind(prefix, 0) == 0; }

// Replaces each id of a list of ids by its twin.
void TwinIds(YAML::Node list) {
  if (!list || !list.IsSequence()) return;
  for (size_t i = 0; i < list.size(); ++i) list[i] = Twin(list[i].Scalar());
}

YAML::Node TwinFinding(const YAML::Node& original) {
  YAML::Node f = YAML::Clone(original);
  f["id"] = Twin(original["id"].Scalar());
  TwinIds(f["implies"]);
  YAML::Node synonyms = f["synonyms"];
  for (size_t i = 0; i < synonyms.size(); ++i) synonyms[i] = synonyms[i].Scalar() + kTwinWord;
  return f;
}

YAML::Node TwinCondition(const YAML::Node& original) {
  YAML::Node c = YAML::Clone(original);
  c["id"] = Twin(original["id"].Scalar());
  YAML::Node links(YAML::NodeType::Map);
  for (const auto& link : original["findings"]) links[Twin(link.first.Scalar())] = YAML::Clone(link.second);
  c["findings"] = links;
  return c;
}

YAML::Node TwinRedFlag(const YAML::Node& original) {
  YAML::Node r = YAML::Clone(original);
  r["id"] = Twin(original["id"].Scalar());
  TwinIds(r["all"]);
  TwinIds(r["any"]);
  return r;
}

YAML::Node TwinGuidance(const YAML::Node& original) {
  YAML::Node g = YAML::Clone(original);
  g["condition"] = Twin(original["condition"].Scalar());
  return g;
}

template <typename TwinEntry>
YAML::Node TwinEach(const YAML::Node& list, TwinEntry twin) {
  YAML::Node out(YAML::NodeType::Sequence);
  for (const auto& entry : list) out.push_back(twin(entry));
  return out;
}

// The twin of one file's content, or a null node for files that are kept single (sources,
// medicines, the lexicon): ids there are shared by both halves.
YAML::Node TwinOf(const knowledge::KnowledgeFile& file) {
  const YAML::Node root = YAML::Load(file.content);
  if (StartsWith(file.path, "findings/")) return TwinEach(root, TwinFinding);
  if (StartsWith(file.path, "red_flags/")) return TwinEach(root, TwinRedFlag);
  if (StartsWith(file.path, "conditions/")) return TwinCondition(root);
  if (StartsWith(file.path, "guidance/")) return TwinGuidance(root);
  return YAML::Node();
}

void Write(const fs::path& path, const std::string& content) {
  fs::create_directories(path.parent_path());
  std::ofstream out(path, std::ios::binary);
  out << content;
  if (!out) throw std::runtime_error("cannot write " + path.string());
}

}  // namespace

DoubledKnowledgeDirectory::DoubledKnowledgeDirectory() {
  const fs::path root = fs::temp_directory_path() / ("sanus_doubled_kb_" + std::to_string(getpid()));
  path_ = root.string();
  for (const auto& file : knowledge::EmbeddedKnowledgeFiles()) {
    const fs::path original = root / file.path;
    Write(original, file.content);
    const YAML::Node twin = TwinOf(file);
    if (twin.IsNull()) continue;
    YAML::Emitter emitter;
    emitter << twin;
    Write(original.parent_path() / ("twin_" + original.filename().string()), emitter.c_str());
  }
}

DoubledKnowledgeDirectory::~DoubledKnowledgeDirectory() {
  std::error_code ignored;
  fs::remove_all(path_, ignored);
}

}  // namespace sanus::bench
