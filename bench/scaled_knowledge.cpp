#include "scaled_knowledge.h"

#include <yaml-cpp/yaml.h>

#include <cmath>
#include <filesystem>
#include <fstream>
#include <stdexcept>
#include <unordered_set>
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

// Picks an even share of a sequence: the i-th item (from 0) when the running count of
// share * items passes a whole number there, so 0.25 picks every fourth and 1 picks all.
class EvenShare {
 public:
  explicit EvenShare(double share) : share_(share) {}
  bool Next() {
    ++seen_;
    return std::floor(seen_ * share_) > std::floor((seen_ - 1) * share_);
  }

 private:
  double share_;
  int seen_ = 0;
};

// Writes the copies of one knowledge base's entries; each kind is picked by its own share.
class Twinner {
 public:
  Twinner(double share, const std::vector<knowledge::KnowledgeFile>& files)
      : conditions_share_(share), rules_share_(share) {
    PickFindings(share, files);
  }

  // The copy of one file's content, or a null node when nothing in it is copied (and always
  // for sources, medicines and the lexicon, which both halves share).
  YAML::Node TwinOf(const knowledge::KnowledgeFile& file) {
    const YAML::Node root = YAML::Load(file.content);
    if (StartsWith(file.path, "findings/")) return TwinPicked(root, [&](const YAML::Node& f) { return TwinFinding(f); });
    if (StartsWith(file.path, "red_flags/")) return TwinRules(root);
    if (StartsWith(file.path, "conditions/")) return TwinCondition(root);
    if (StartsWith(file.path, "guidance/")) return TwinGuidance(root);
    return YAML::Node();
  }

 private:
  // Findings are picked first: conditions (whose files sort before theirs) link to them.
  void PickFindings(double findings_share, const std::vector<knowledge::KnowledgeFile>& files) {
    EvenShare share(findings_share);
    for (const auto& file : files) {
      if (!StartsWith(file.path, "findings/")) continue;
      for (const auto& finding : YAML::Load(file.content)) {
        if (share.Next()) twinned_findings_.insert(finding["id"].Scalar());
      }
    }
  }

  std::string FindingRef(const std::string& id) const {
    return twinned_findings_.count(id) ? Twin(id) : id;
  }

  void RefFindings(YAML::Node list) const {
    if (!list || !list.IsSequence()) return;
    for (size_t i = 0; i < list.size(); ++i) list[i] = FindingRef(list[i].Scalar());
  }

  template <typename TwinEntry>
  YAML::Node TwinPicked(const YAML::Node& list, TwinEntry twin) {
    YAML::Node out(YAML::NodeType::Sequence);
    for (const auto& entry : list) {
      if (auto copy = twin(entry); !copy.IsNull()) out.push_back(copy);
    }
    return out.size() ? out : YAML::Node();
  }

  YAML::Node TwinFinding(const YAML::Node& original) const {
    if (!twinned_findings_.count(original["id"].Scalar())) return YAML::Node();
    YAML::Node f = YAML::Clone(original);
    f["id"] = Twin(original["id"].Scalar());
    RefFindings(f["implies"]);
    YAML::Node synonyms = f["synonyms"];
    for (size_t i = 0; i < synonyms.size(); ++i) synonyms[i] = synonyms[i].Scalar() + kTwinWord;
    return f;
  }

  YAML::Node TwinRules(const YAML::Node& rules) {
    return TwinPicked(rules, [&](const YAML::Node& original) {
      if (!rules_share_.Next()) return YAML::Node();
      YAML::Node r = YAML::Clone(original);
      r["id"] = Twin(original["id"].Scalar());
      RefFindings(r["all"]);
      RefFindings(r["any"]);
      return r;
    });
  }

  YAML::Node TwinCondition(const YAML::Node& original) {
    if (!conditions_share_.Next()) return YAML::Node();
    twinned_conditions_.insert(original["id"].Scalar());
    YAML::Node c = YAML::Clone(original);
    c["id"] = Twin(original["id"].Scalar());
    YAML::Node links(YAML::NodeType::Map);
    for (const auto& link : original["findings"]) links[FindingRef(link.first.Scalar())] = YAML::Clone(link.second);
    c["findings"] = links;
    return c;
  }

  // Guidance files sort after condition files, so the copied conditions are known by then.
  YAML::Node TwinGuidance(const YAML::Node& original) const {
    if (!twinned_conditions_.count(original["condition"].Scalar())) return YAML::Node();
    YAML::Node g = YAML::Clone(original);
    g["condition"] = Twin(original["condition"].Scalar());
    return g;
  }

  EvenShare conditions_share_;
  EvenShare rules_share_;
  std::unordered_set<std::string> twinned_findings_;
  std::unordered_set<std::string> twinned_conditions_;
};

void Write(const fs::path& path, const std::string& content) {
  fs::create_directories(path.parent_path());
  std::ofstream out(path, std::ios::binary);
  out << content;
  if (!out) throw std::runtime_error("cannot write " + path.string());
}

}  // namespace

ScaledKnowledgeDirectory::ScaledKnowledgeDirectory(double copied_share) {
  static int directories = 0;  // several sizes may live in one process
  const fs::path root = fs::temp_directory_path() /
                        ("sanus_scaled_kb_" + std::to_string(getpid()) + "_" + std::to_string(++directories));
  path_ = root.string();
  const auto files = knowledge::EmbeddedKnowledgeFiles();
  Twinner twinner(copied_share, files);
  for (const auto& file : files) {
    const fs::path original = root / file.path;
    Write(original, file.content);
    const YAML::Node twin = twinner.TwinOf(file);
    if (twin.IsNull()) continue;
    YAML::Emitter emitter;
    emitter << twin;
    Write(original.parent_path() / ("twin_" + original.filename().string()), emitter.c_str());
  }
}

ScaledKnowledgeDirectory::~ScaledKnowledgeDirectory() {
  std::error_code ignored;
  fs::remove_all(path_, ignored);
}

}  // namespace sanus::bench
