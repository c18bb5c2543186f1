// Treatment guidance and medication safety: what to do for a condition, filtered by the
// patient's context (age, pregnancy, allergies, kidney and liver function, current medicines),
// and a check of a list of medicines against each other and that context.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "sanus/assessment.h"
#include "sanus/triage_level.h"

namespace sanus {

// What is known about the person a treatment is for. Everything is optional: what is not
// given is not assumed (an unknown age shows adult and child doses alike).
struct PatientContext {
  std::optional<double> age_years;  // 0 to 130
  Sex sex = Sex::kUnknown;
  bool pregnant = false;
  bool breastfeeding = false;
  std::optional<double> weight_kg;  // 0.3 to 400
  // Medicines or classes the person is allergic to, in their words ("penicillin", "Augmentin").
  std::vector<std::string> allergies;
  // Medicines the person takes now, by generic or brand name.
  std::vector<std::string> medicines;
  std::optional<double> egfr;                // mL/min/1.73 m2, 0 to 200
  std::optional<double> creatinine_umol_l;   // serum creatinine, for Cockcroft-Gault
  bool liver_disease = false;
};

// How kidney function was judged: given as eGFR, or estimated from creatinine.
struct KidneyFunction {
  double value = 0;      // mL/min (Cockcroft-Gault) or mL/min/1.73 m2 (eGFR)
  std::string method;    // "eGFR as given" or "creatinine clearance (Cockcroft-Gault)"
  std::vector<Citation> citations;
};

// One problem found with a medicine for this person.
struct SafetyIssue {
  // "allergy", "cross_reactivity", "interaction", "pregnancy", "breastfeeding", "renal",
  // "liver", "child", "older_adult"
  std::string kind;
  // contraindicated | avoid | major | caution | moderate | adjust_dose | minor
  std::string severity;
  std::string medicine_id;
  std::string other;           // the other medicine of an interaction, or the allergy stated
  std::string text;            // the problem and what to do, in the source's terms
  bool onc_high_priority = false;  // on the ONC high-priority interaction list
  std::vector<Citation> citations;
};

struct SourcedAdvice {
  std::string text;
  std::vector<Citation> citations;
};

struct SeekHelp {
  TriageLevel level = TriageLevel::kConsultation;
  std::string when;
  std::vector<Citation> citations;
};

struct TreatmentAdvice {
  std::string line;          // first | alternative | second | supportive | emergency
  std::string medicine_id;   // empty for a treatment without a medicine
  std::string medicine_name;
  std::vector<std::string> with_medicine_ids;  // given together with it (a combination)
  std::string population;    // adult | child | all
  std::vector<std::string> audience;  // pregnant | not_pregnant | male | female; empty: anyone
  std::optional<double> age_from, age_to;
  std::string dose, duration, text;
  std::vector<Citation> citations;
  // Withdrawn for this person (a contraindication, an allergy, a dangerous interaction):
  // kept in the output with the reasons, never silently dropped.
  bool withdrawn = false;
  std::vector<SafetyIssue> issues;
  std::vector<SourcedAdvice> adjustments;  // dose changes the guideline states for this person
};

struct ConditionGuidance {
  std::string condition_id, name, lay_name;
  TriageLevel triage = TriageLevel::kConsultation;
  std::vector<SourcedAdvice> self_care, watch_for;
  std::vector<SeekHelp> seek_help;
  std::vector<SourcedAdvice> tests, refer;
  std::vector<std::string> score_ids;
  std::vector<TreatmentAdvice> treatments;  // those that fit the person's age, in source order
  std::optional<KidneyFunction> kidney;
  std::vector<std::string> notes;  // what the context changed: "2 options withdrawn ..."
};

// The result of checking a list of medicines.
struct MedicationReview {
  std::vector<std::string> recognised;     // medicine ids, in the order given
  std::vector<std::string> unrecognised;   // names Sanus does not know: not checked
  std::vector<std::string> unrecognised_allergies;
  std::optional<KidneyFunction> kidney;
  std::vector<SafetyIssue> issues;         // most severe first
};

}  // namespace sanus
