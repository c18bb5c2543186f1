#include "guidance/score_evidence.h"

#include <algorithm>
#include <functional>
#include <map>
#include <optional>

namespace sanus::guidance {
namespace {

// What the evidence says of a yes/no criterion: yes, no, or nothing.
using Reading = std::optional<double>;

class EvidenceView {
 public:
  explicit EvidenceView(const Assessment& a) : a_(a) {}

  // Yes when any of the findings is present; no only when every one is stated absent.
  Reading AnyOf(std::initializer_list<const char*> ids) const {
    bool all_absent = true;
    for (const char* id : ids) {
      auto p = PresenceOf(id);
      if (p == Presence::kPresent) return 1.0;
      if (!p) all_absent = false;
    }
    return all_absent ? Reading(0.0) : std::nullopt;
  }
  // Yes when the finding is present; a denial is not read as "no" (the criterion is wider).
  Reading PresentOnly(const char* id) const {
    return PresenceOf(id) == Presence::kPresent ? Reading(1.0) : std::nullopt;
  }
  Reading Value(const char* name) const {
    for (const auto& v : a_.values) {
      if (v.name == name) return v.value;
    }
    return std::nullopt;
  }
  Reading Age() const { return a_.age_years; }
  Reading Female() const {
    if (a_.sex == Sex::kUnknown) return std::nullopt;
    return a_.sex == Sex::kFemale ? 1.0 : 0.0;
  }

 private:
  std::optional<Presence> PresenceOf(const char* id) const {
    for (const auto& f : a_.findings) {
      if (f.finding_id == id) return f.presence;
    }
    return std::nullopt;
  }
  const Assessment& a_;
};

// Temperature as a yes/no where sources agree: at or above 37.5 °C raised, below 37.3 not.
Reading RaisedTemperature(const EvidenceView& e) {
  if (auto t = e.Value("temperature_c")) {
    if (*t >= 37.5) return 1.0;
    if (*t < 37.3) return 0.0;
    return std::nullopt;
  }
  return e.AnyOf({"fever", "high_fever"});
}

// Seen within 3 days of onset (FeverPAIN), from a stated duration.
Reading WithinThreeDays(const EvidenceView& e) {
  if (auto hours = e.Value("duration_hours")) return *hours <= 72 ? 1.0 : 0.0;
  return std::nullopt;
}

using InputReader = std::function<Reading(const EvidenceView&)>;
using ScoreMapping = std::vector<std::pair<const char*, InputReader>>;

const std::map<std::string, ScoreMapping>& Mappings() {
  static const std::map<std::string, ScoreMapping> kMappings = {
      {"curb65",
       {{"confusion", [](const EvidenceView& e) { return e.AnyOf({"confusion"}); }},
        {"resp_rate", [](const EvidenceView& e) { return e.Value("resp_rate"); }},
        {"systolic_bp", [](const EvidenceView& e) { return e.Value("systolic_bp"); }},
        {"age", [](const EvidenceView& e) { return e.Age(); }}}},
      {"qsofa",
       {{"resp_rate", [](const EvidenceView& e) { return e.Value("resp_rate"); }},
        {"systolic_bp", [](const EvidenceView& e) { return e.Value("systolic_bp"); }},
        {"altered_mentation", [](const EvidenceView& e) { return e.PresentOnly("confusion"); }}}},
      {"news2",
       {{"resp_rate", [](const EvidenceView& e) { return e.Value("resp_rate"); }},
        {"spo2", [](const EvidenceView& e) { return e.Value("spo2"); }},
        {"systolic_bp", [](const EvidenceView& e) { return e.Value("systolic_bp"); }},
        {"heart_rate", [](const EvidenceView& e) { return e.Value("heart_rate"); }},
        {"temperature_c", [](const EvidenceView& e) { return e.Value("temperature_c"); }},
        {"new_confusion_or_avpu", [](const EvidenceView& e) { return e.PresentOnly("confusion"); }}}},
      {"mcisaac",
       {{"temperature_c", [](const EvidenceView& e) { return e.Value("temperature_c"); }},
        {"fever", [](const EvidenceView& e) { return e.Value("temperature_c") ? std::nullopt : e.AnyOf({"fever", "high_fever"}); }},
        {"cough", [](const EvidenceView& e) { return e.AnyOf({"cough"}); }},
        {"tender_nodes", [](const EvidenceView& e) { return e.AnyOf({"swollen_neck_glands"}); }},
        {"tonsils", [](const EvidenceView& e) { return e.AnyOf({"tonsil_pus", "swollen_tonsils"}); }},
        {"age", [](const EvidenceView& e) { return e.Age(); }}}},
      {"feverpain",
       {{"fever", [](const EvidenceView& e) { return e.AnyOf({"fever", "high_fever"}); }},
        {"purulence", [](const EvidenceView& e) { return e.AnyOf({"tonsil_pus"}); }},
        {"attend_rapidly", WithinThreeDays},
        {"inflamed_tonsils", [](const EvidenceView& e) { return e.PresentOnly("swollen_tonsils"); }},
        {"cough_or_coryza", [](const EvidenceView& e) { return e.AnyOf({"cough", "runny_nose", "blocked_nose"}); }},
        {"age", [](const EvidenceView& e) { return e.Age(); }}}},
      {"cha2ds2vasc",
       {{"hypertension", [](const EvidenceView& e) { return e.AnyOf({"hypertension"}); }},
        {"diabetes", [](const EvidenceView& e) { return e.AnyOf({"diabetes"}); }},
        {"vascular_disease", [](const EvidenceView& e) { return e.PresentOnly("known_coronary_disease"); }},
        {"age", [](const EvidenceView& e) { return e.Age(); }},
        {"female", [](const EvidenceView& e) { return e.Female(); }}}},
      {"wells_pe",
       {{"heart_rate", [](const EvidenceView& e) { return e.Value("heart_rate"); }},
        {"haemoptysis", [](const EvidenceView& e) { return e.AnyOf({"coughing_blood"}); }},
        {"previous_vte", [](const EvidenceView& e) { return e.AnyOf({"previous_vte"}); }},
        {"malignancy", [](const EvidenceView& e) { return e.AnyOf({"active_cancer"}); }},
        {"immobilisation_or_surgery", [](const EvidenceView& e) { return e.AnyOf({"recent_surgery_or_immobility"}); }}}},
      {"perc",
       {{"age", [](const EvidenceView& e) { return e.Age(); }},
        {"heart_rate", [](const EvidenceView& e) { return e.Value("heart_rate"); }},
        {"spo2", [](const EvidenceView& e) { return e.Value("spo2"); }},
        {"haemoptysis", [](const EvidenceView& e) { return e.AnyOf({"coughing_blood"}); }},
        {"oestrogen_use", [](const EvidenceView& e) { return e.AnyOf({"oestrogen_use"}); }},
        {"previous_vte", [](const EvidenceView& e) { return e.AnyOf({"previous_vte"}); }},
        {"unilateral_leg_swelling", [](const EvidenceView& e) { return e.AnyOf({"one_leg_swollen"}); }}}},
      {"alvarado",
       {{"migration", [](const EvidenceView& e) { return e.AnyOf({"pain_moved_to_right"}); }},
        {"anorexia", [](const EvidenceView& e) { return e.AnyOf({"loss_of_appetite"}); }},
        {"nausea_vomiting", [](const EvidenceView& e) { return e.AnyOf({"nausea", "vomiting"}); }},
        {"elevated_temperature", RaisedTemperature}}},
  };
  return kMappings;
}

}  // namespace

ScoreInputs ScoreInputsFromAssessment(const std::string& score_id, const Assessment& assessment) {
  ScoreInputs inputs;
  const auto it = Mappings().find(score_id);
  if (it == Mappings().end()) return inputs;
  const EvidenceView evidence(assessment);
  for (const auto& [name, read] : it->second) {
    if (auto value = read(evidence)) inputs[name] = *value;
  }
  return inputs;
}

std::vector<std::string> ScoresReadableFromEvidence() {
  std::vector<std::string> out;
  for (const auto& [id, mapping] : Mappings()) out.push_back(id);
  return out;
}

}  // namespace sanus::guidance
