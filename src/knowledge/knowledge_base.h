// The in-memory knowledge base: sources, findings, conditions and red-flag rules, with ids
// resolved to dense indexes so inference needs no string lookups. Built by the loader,
// immutable afterwards.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "knowledge/guidance_knowledge.h"
#include "knowledge/medicine_knowledge.h"
#include "sanus/triage_level.h"

namespace sanus::knowledge {

// Dense indexes into KnowledgeBase's vectors: distinct types so they cannot be mixed up.
struct FindingIndex {
  int32_t value = -1;
  friend bool operator==(FindingIndex, FindingIndex) = default;
};
struct ConditionIndex {
  int32_t value = -1;
  friend bool operator==(ConditionIndex, ConditionIndex) = default;
};

enum class SexRestriction { kAny, kFemale, kMale };

struct Source {
  std::string id, title, publisher, url;
  int year = 0;
  std::string origin;  // file it came from, for messages
};

// A finding derived from a measured value: present when min <= value < max.
struct ValueRule {
  std::string name;
  std::optional<double> min, max;
  // Adult thresholds (pulse, breathing rate) do not apply to children: below this age the
  // value derives nothing (children's thresholds live in age-banded red-flag rules).
  std::optional<double> min_age;
  bool Holds(double v) const { return (!min || v >= *min) && (!max || v < *max); }
};

struct Finding {
  std::string id, name, lay, question, kind;
  double base_rate = 0.01;  // P(finding | none of the listed conditions): the leak
  std::vector<std::string> synonyms;
  // Phrases that say the finding is absent: "afebrile", "talking in full sentences". A
  // denial of one ("not talking in full sentences") reports it present.
  std::vector<std::string> denials;
  std::optional<ValueRule> value;
  // More general findings this one entails: "pain low on the right of the tummy" is also
  // "tummy pain", so rules and conditions written with the general one still see it.
  std::vector<FindingIndex> implies;
  // An alarm feature in itself (a rash that does not fade, vomiting blood, a drooping face):
  // triage guarantees that adding one never lowers the level.
  bool red_flag = false;
  std::string origin;
};

struct AgeWeight {
  double from = 0, to = 200, weight = 1;
};

// Weeks of pregnancy [from, to) in which a pregnancy condition can present: pre-eclampsia
// after 20 weeks, a miscarriage before 24.
struct GestationRange {
  double from = 0, to = 45;
};

// Where a condition's prior comes from: the sources that give its incidence by age and sex,
// the figures in the team's words, and how many times as common it is in each sex. The
// prevalence class and age bands are set from these figures; the ratio weighs the prior.
struct SexRatio {
  double female = 1, male = 1;
};

struct Epidemiology {
  std::vector<std::string> source_ids;
  std::string note;
  std::optional<SexRatio> sex_ratio;
};

struct FindingLink {
  FindingIndex finding;
  double frequency = 0;  // P(finding | condition)
};

struct Condition {
  std::string id, name, lay_name, icd10, system;
  TriageLevel triage = TriageLevel::kConsultation;
  bool dangerous = false;
  double prevalence = 0.005;
  SexRestriction sex = SexRestriction::kAny;
  std::vector<AgeWeight> age_weights;
  std::optional<GestationRange> gestation;
  std::optional<Epidemiology> epidemiology;
  std::vector<FindingLink> findings;
  std::string patient_text, clinician_text;
  std::vector<std::string> source_ids;
  std::string origin;
};

struct RedFlagRule {
  std::string id, reason;
  TriageLevel level = TriageLevel::kEmergency;
  std::vector<FindingIndex> all, any;
  std::optional<double> age_from, age_to;
  // A rule for one sex ("urinary symptoms in a man") never fires when the sex is unknown.
  SexRestriction sex = SexRestriction::kAny;
  std::optional<ValueRule> vital;
  std::vector<std::string> source_ids;
  std::string origin;
};

struct KnowledgeBase {
  std::vector<Source> sources;
  std::vector<Finding> findings;
  std::vector<Condition> conditions;
  std::vector<RedFlagRule> red_flags;
  // Phrases that look like a finding but are not one ("fit and well" is not a seizure): the
  // matcher reads them and reports nothing, so their words cannot match a finding.
  std::vector<std::string> ignored_phrases;
  // Treatment knowledge (docs/guidance-format.md).
  std::vector<MedicineClass> medicine_classes;
  std::vector<Medicine> medicines;
  std::vector<Interaction> interactions;
  std::vector<Guidance> guidance;
  std::unordered_map<std::string, int32_t> source_by_id, finding_by_id, condition_by_id;
  std::unordered_map<std::string, int32_t> class_by_id, medicine_by_id, interaction_by_id,
      guidance_by_condition;
  std::string version;  // content hash of the files it was loaded from

  const Source* FindSource(const std::string& id) const;
  std::optional<FindingIndex> FindFinding(const std::string& id) const;
  std::optional<ConditionIndex> FindCondition(const std::string& id) const;
  const Medicine* FindMedicine(const std::string& id) const;
  const MedicineClass* FindMedicineClass(const std::string& id) const;
  const Guidance* FindGuidance(const std::string& condition_id) const;
  const Finding& finding(FindingIndex i) const { return findings[static_cast<size_t>(i.value)]; }
  const Condition& condition(ConditionIndex i) const {
    return conditions[static_cast<size_t>(i.value)];
  }
};

}  // namespace sanus::knowledge
