#include "knowledge/loader.h"

#include <yaml-cpp/exceptions.h>

#include <cstdio>
#include <functional>
#include <optional>
#include <set>

#include "knowledge/node_reader.h"
#include "knowledge/scales.h"
#include "knowledge/treatment_loader.h"
#include "knowledge/yaml_tree.h"

namespace sanus::knowledge {
namespace {

std::optional<ValueRule> ReadValueRule(NodeReader& parent, const char* key) {
  const YamlNode v = parent.node()[key];
  if (!v) return std::nullopt;
  if (!v.IsMap()) {
    parent.Problem(std::string("'") + key + "' must be a mapping such as {name: spo2, max: 92}");
    return std::nullopt;
  }
  NodeReader reader = parent.Child(v, key);
  ValueRule rule{reader.Text("name"), reader.Number("min"), reader.Number("max"), reader.Number("min_age")};
  if (!rule.min && !rule.max) parent.Problem(std::string("'") + key + "' needs min or max");
  return rule;
}

// A list of entries (sources, findings, red flags) per file; one condition per file.
class Loader {
 public:
  explicit Loader(LoadOutcome* out) : out_(out) {}

  // Findings and sources come first: conditions, red-flag rules, medicines and guidance refer
  // to them. Every file's tree is parsed just before it is read and freed just after, so the
  // load holds one file's tree at a time. (Holding the trees of the second-pass files until
  // the end made memory, and the time spent on it, grow faster than the knowledge base:
  // docs/performance.md, "Loading at 300+ conditions".)
  void Load(const std::vector<KnowledgeFileView>& files) {
    std::vector<const KnowledgeFileView*> conditions, red_flags, medicines, guidance;
    for (const auto& file : files) {
      if (StartsWith(file.path, "conditions/")) conditions.push_back(&file);
      else if (StartsWith(file.path, "red_flags/")) red_flags.push_back(&file);
      else if (StartsWith(file.path, "medicines/")) medicines.push_back(&file);
      else if (StartsWith(file.path, "guidance/")) guidance.push_back(&file);
      else ReadFirstPassFile(file);
    }
    ResolveImplies();
    ReadEach(conditions, [&](const KnowledgeFileView& file, YamlNode root) {
      NodeReader r(root, file.path, &out_->problems);
      if (!root.IsMap()) r.Problem("a condition file must be a mapping");
      else AddCondition(r);
    });
    ReadEach(red_flags, [&](const KnowledgeFileView& file, YamlNode root) {
      ForEachEntry(file, root, [&](NodeReader& r) { AddRedFlag(r); });
    });
    ReadEach(medicines, [&](const KnowledgeFileView& file, YamlNode root) {
      AddMedicineFile(file, root, out_->kb, out_->problems);
    });
    ReadEach(guidance, [&](const KnowledgeFileView& file, YamlNode root) {
      AddGuidanceFile(file, root, out_->kb, out_->problems);
    });
  }

 private:
  static bool StartsWith(const std::string& s, const char* prefix) { return s.rfind(prefix, 0) == 0; }

  // The file's tree, or nullopt (and a problem) when it is not valid YAML.
  std::optional<YamlDocument> Parse(const KnowledgeFileView& file) {
    try {
      return ParseYaml(file.content);
    } catch (const YAML::Exception& e) {
      out_->problems.push_back(file.path + ": not valid YAML: " + e.what());
      return std::nullopt;
    }
  }

  // Reads one file, turning any shape the readers did not foresee (a list where a mapping
  // belongs, a scalar indexed by key) into a problem for that file instead of a crash.
  template <typename ReadFile>
  void Guarded(const KnowledgeFileView& file, ReadFile read) {
    try {
      read();
    } catch (const std::exception& e) {
      out_->problems.push_back(file.path + ": an entry has the wrong shape: " + e.what());
    }
  }

  void ReadFirstPassFile(const KnowledgeFileView& file) {
    Guarded(file, [&] { ReadFirstPassEntries(file); });
  }

  void ReadFirstPassEntries(const KnowledgeFileView& file) {
    const auto document = Parse(file);
    if (!document) return;
    const YamlNode root = document->root();
    if (StartsWith(file.path, "sources/")) ForEachEntry(file, root, [&](NodeReader& r) { AddSource(r); });
    else if (StartsWith(file.path, "findings/")) ForEachEntry(file, root, [&](NodeReader& r) { AddFinding(r); });
    else if (StartsWith(file.path, "lexicon/")) AddIgnoredPhrases(file, root);
    else out_->problems.push_back(file.path + ": not in sources/, findings/, conditions/, red_flags/, lexicon/, medicines/ or guidance/");
  }

  template <typename ReadFile>
  void ReadEach(const std::vector<const KnowledgeFileView*>& files, ReadFile read) {
    for (const KnowledgeFileView* file : files) {
      if (const auto document = Parse(*file)) Guarded(*file, [&] { read(*file, document->root()); });
    }
  }

  void ForEachEntry(const KnowledgeFileView& file, YamlNode root,
                    const std::function<void(NodeReader&)>& add) {
    if (root.IsNull()) return;
    if (!root.IsSequence()) {
      out_->problems.push_back(file.path + ": must be a list of entries");
      return;
    }
    for (size_t i = 0; i < root.size(); ++i) {
      const std::string where = file.path + " entry " + std::to_string(i + 1);
      if (!root[i].IsMap()) {
        out_->problems.push_back(where + ": must be a mapping");
        continue;
      }
      NodeReader r(root[i], where, &out_->problems);
      add(r);
    }
  }

  template <typename T>
  bool Register(std::unordered_map<std::string, int32_t>& index, std::vector<T>& items,
                NodeReader& r, const std::string& kind, T item) {
    if (item.id.empty()) return false;
    if (!index.emplace(item.id, static_cast<int32_t>(items.size())).second) {
      r.Problem("duplicate " + kind + " id '" + item.id + "'");
      return false;
    }
    item.origin = r.where();
    items.push_back(std::move(item));
    return true;
  }

  void AddIgnoredPhrases(const KnowledgeFileView& file, YamlNode root) {
    NodeReader r(root, file.path, &out_->problems);
    if (!root.IsMap()) return r.Problem("must be a mapping with an 'ignore' list");
    for (auto& phrase : r.List("ignore")) out_->kb.ignored_phrases.push_back(std::move(phrase));
  }

  void AddSource(NodeReader& r) {
    Source s;
    s.id = r.Text("id");
    s.title = r.Text("title");
    s.publisher = r.Text("publisher");
    s.url = r.Text("url");
    s.year = static_cast<int>(r.Number("year").value_or(0));
    Register(out_->kb.source_by_id, out_->kb.sources, r, "source", std::move(s));
  }

  void AddFinding(NodeReader& r) {
    Finding f;
    f.id = r.Text("id");
    f.name = r.Text("name");
    f.lay = r.Text("lay");
    f.question = r.Text("question");
    f.kind = r.Text("kind");
    f.base_rate = r.Number("base_rate").value_or(0.01);
    f.synonyms = r.List("synonyms");
    f.denials = r.List("denials", false);
    f.value = ReadValueRule(r, "value");
    f.red_flag = r.node()["red_flag"] && r.node()["red_flag"].Scalar() == "true";
    // Resolved once every finding is known: an implied finding may be in a later file.
    pending_implies_.push_back({out_->kb.findings.size(), r.List("implies", false), r.where()});
    Register(out_->kb.finding_by_id, out_->kb.findings, r, "finding", std::move(f));
  }

  std::vector<std::string> ResolveSources(NodeReader& r, const std::vector<std::string>& ids) {
    for (const auto& id : ids) {
      if (!out_->kb.FindSource(id)) r.Problem("source '" + id + "' is not registered");
    }
    return ids;
  }

  std::optional<FindingIndex> ResolveFinding(NodeReader& r, const std::string& id) {
    auto index = out_->kb.FindFinding(id);
    if (!index) r.Problem("finding '" + id + "' is not defined");
    return index;
  }

  TriageLevel ReadLevel(NodeReader& r, const char* key) {
    const std::string name = r.Text(key);
    auto level = ParseTriageLevel(name);
    if (!level && !name.empty()) r.Problem("unknown triage level '" + name + "'");
    return level.value_or(TriageLevel::kConsultation);
  }

  void AddCondition(NodeReader& r) {
    Condition c;
    c.id = r.Text("id");
    c.name = r.Text("name");
    c.lay_name = r.Text("lay_name");
    c.icd10 = r.Text("icd10");
    c.system = r.Text("system");
    c.triage = ReadLevel(r, "triage");
    c.dangerous = r.node()["dangerous"] && r.node()["dangerous"].Scalar() == "true";
    ReadPrevalence(r, c);
    c.sex = ReadSex(r);
    ReadAgeWeights(r, c);
    ReadGestation(r, c);
    ReadEpidemiology(r, c);
    ReadLinks(r, c);
    c.patient_text = r.Text("patient");
    c.clinician_text = r.Text("clinician");
    c.source_ids = ResolveSources(r, r.List("sources"));
    if (c.source_ids.empty()) r.Problem("a condition needs at least one source");
    Register(out_->kb.condition_by_id, out_->kb.conditions, r, "condition", std::move(c));
  }

  void ReadPrevalence(NodeReader& r, Condition& c) {
    const std::string name = r.Text("prevalence");
    auto p = PrevalenceFromClass(name);
    if (!p && !name.empty()) r.Problem("unknown prevalence class '" + name + "'");
    c.prevalence = p.value_or(c.prevalence);
  }

  // The optional `sex:` of a condition or a rule.
  static SexRestriction ReadSex(NodeReader& r) {
    const std::string sex = r.Text("sex", false);
    if (sex.empty() || sex == "any") return SexRestriction::kAny;
    if (sex == "female") return SexRestriction::kFemale;
    if (sex == "male") return SexRestriction::kMale;
    r.Problem("sex must be any, female or male, not '" + sex + "'");
    return SexRestriction::kAny;
  }

  void ReadAgeWeights(NodeReader& r, Condition& c) {
    const YamlNode bands = r.node()["age"];
    if (!bands) return;
    if (!bands.IsSequence()) return r.Problem("'age' must be a list of {from, to, weight}");
    for (size_t i = 0; i < bands.size(); ++i) {
      NodeReader reader = r.Child(bands[i], "age band");
      AgeWeight w{reader.Number("from").value_or(0), reader.Number("to").value_or(200),
                  reader.Number("weight").value_or(-1)};
      if (w.weight < 0 || w.from >= w.to) {
        r.Problem("age band needs from < to and a weight of 0 or more");
      }
      c.age_weights.push_back(w);
    }
  }

  void ReadGestation(NodeReader& r, Condition& c) {
    const YamlNode range = r.node()["gestation"];
    if (!range) return;
    if (!range.IsMap()) return r.Problem("'gestation' must be {from, to} in weeks of pregnancy");
    NodeReader reader = r.Child(range, "gestation");
    GestationRange g{reader.Number("from").value_or(0), reader.Number("to").value_or(45)};
    if (g.from < 0 || g.from >= g.to) return r.Problem("gestation needs 0 <= from < to (weeks)");
    c.gestation = g;
  }

  void ReadEpidemiology(NodeReader& r, Condition& c) {
    const YamlNode block = r.node()["epidemiology"];
    if (!block) return;
    if (!block.IsMap()) return r.Problem("'epidemiology' must be {sources, note, sex_ratio}");
    NodeReader reader = r.Child(block, "epidemiology");
    Epidemiology e;
    e.source_ids = ResolveSources(reader, reader.List("sources"));
    e.note = reader.Text("note");
    if (e.source_ids.empty()) reader.Problem("epidemiology needs at least one source");
    if (const YamlNode ratio = block["sex_ratio"]) {
      SexRatio sr{0, 0};
      if (ratio.IsMap()) {
        NodeReader rr = reader.Child(ratio, "sex_ratio");
        sr = {rr.Number("female").value_or(0), rr.Number("male").value_or(0)};
      }
      if (sr.female <= 0 || sr.male <= 0) {
        reader.Problem("sex_ratio needs {female, male}, both above 0");
      } else if (c.sex != SexRestriction::kAny) {
        reader.Problem("sex_ratio applies only to a condition of either sex (sex: any)");
      } else {
        e.sex_ratio = sr;
      }
    }
    c.epidemiology = std::move(e);
  }

  void ReadLinks(NodeReader& r, Condition& c) {
    const YamlNode links = r.node()["findings"];
    if (!links || !links.IsMap()) return r.Problem("'findings' must map finding ids to frequencies");
    for (size_t i = 0; i < links.size(); ++i) {
      const std::string id(links.Key(i).Scalar());
      const std::string word(links.Value(i).Scalar());  // empty unless a scalar
      auto frequency = FrequencyFromWord(word);
      if (!frequency) {
        frequency = links.Value(i).Number();
        if (!frequency) {
          r.Problem("frequency of '" + id + "' must be a word (always ... rarely) or a number");
          continue;
        }
      }
      if (*frequency <= 0 || *frequency >= 1) {
        r.Problem("frequency of '" + id + "' must be between 0 and 1 (exclusive)");
        continue;
      }
      if (auto f = ResolveFinding(r, id)) c.findings.push_back({*f, *frequency});
    }
  }

  void AddRedFlag(NodeReader& r) {
    RedFlagRule rule;
    rule.id = r.Text("id");
    rule.reason = r.Text("reason");
    rule.level = ReadLevel(r, "level");
    for (const auto& id : r.List("all", false)) {
      if (auto f = ResolveFinding(r, id)) rule.all.push_back(*f);
    }
    for (const auto& id : r.List("any", false)) {
      if (auto f = ResolveFinding(r, id)) rule.any.push_back(*f);
    }
    if (const YamlNode age = r.node()["age"]) {
      NodeReader a = r.Child(age, "age");
      rule.age_from = a.Number("from");
      rule.age_to = a.Number("to");
    }
    rule.sex = ReadSex(r);
    rule.vital = ReadValueRule(r, "vital");
    rule.source_ids = ResolveSources(r, r.List("sources"));
    if (rule.all.empty() && rule.any.empty() && !rule.vital) {
      r.Problem("a red-flag rule needs 'all', 'any' or 'vital'");
    }
    Register(rule_index_, out_->kb.red_flags, r, "red-flag rule", std::move(rule));
  }

  struct PendingImplies {
    size_t finding;  // index the finding will have if it registers
    std::vector<std::string> ids;
    std::string where;
  };

  void ResolveImplies() {
    for (const auto& pending : pending_implies_) {
      if (pending.finding >= out_->kb.findings.size() || pending.ids.empty()) continue;
      auto& finding = out_->kb.findings[pending.finding];
      if (finding.origin != pending.where) continue;  // it did not register (a duplicate id)
      for (const auto& id : pending.ids) {
        auto target = out_->kb.FindFinding(id);
        if (!target) {
          out_->problems.push_back(pending.where + ": implied finding '" + id + "' is not defined");
        } else if (target->value == static_cast<int32_t>(pending.finding)) {
          out_->problems.push_back(pending.where + ": '" + id + "' implies itself");
        } else {
          finding.implies.push_back(*target);
        }
      }
    }
  }

  LoadOutcome* out_;
  std::unordered_map<std::string, int32_t> rule_index_;
  std::vector<PendingImplies> pending_implies_;
};

}  // namespace

LoadOutcome LoadKnowledge(const std::vector<KnowledgeFileView>& files) {
  LoadOutcome out;
  Loader(&out).Load(files);
  std::hash<std::string> hash;
  size_t h = 0;
  // One buffer for every file's "path\ncontent": a new string per file copied the whole
  // knowledge base into fresh memory at each start-up. The hashes are the same.
  std::string joined;
  for (const auto& f : files) {
    joined.assign(f.path);
    joined += '\n';
    joined += f.content;
    h = h * 1000003u ^ hash(joined);
  }
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "kb-%016zx", h);
  out.kb.version = buffer;
  return out;
}

LoadOutcome LoadKnowledge(const std::vector<KnowledgeFile>& files) { return LoadKnowledge(ViewsOf(files)); }

}  // namespace sanus::knowledge
