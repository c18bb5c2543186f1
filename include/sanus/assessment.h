// The value types of an assessment: what Sanus was asked, what it understood, and what it
// concluded. Plain structs, safe to copy and to share between threads once built.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "sanus/triage_level.h"

namespace sanus {

enum class Sex { kUnknown, kFemale, kMale };
enum class Mode { kPatient, kClinician };

enum class Presence { kPresent, kAbsent };

// A finding stated as structured input rather than in words (a form, a FHIR record, a test).
struct StatedFinding {
  std::string finding_id;
  Presence presence = Presence::kPresent;
};

// A measured value given as structured input; names as in MeasuredValue.
struct StatedValue {
  std::string name;
  double value = 0;
};

// What an assessment is asked about. Age and sex given here win over those stated in the text.
// Text, findings and values may be combined; at least one of them must be given.
struct AssessRequest {
  std::string text;                 // the person's own words; at most 20,000 characters
  std::optional<double> age_years;  // 0 to 130; fractional for infants
  Sex sex = Sex::kUnknown;
  Mode mode = Mode::kPatient;
  std::vector<StatedFinding> findings;
  std::vector<StatedValue> values;
};

// One finding understood from the text (or given directly), with the words it came from.
struct Evidence {
  std::string finding_id;
  std::string name;          // clinical name
  std::string lay;           // plain words
  std::string kind;          // symptom, sign, risk_factor, vital or history
  Presence presence = Presence::kPresent;
  std::string span;          // the words in the text, empty when derived from a value
  int begin = -1;            // byte offsets of span in the original text; -1 when derived
  int end = -1;
};

// A measured value read from the text: "temp 38.5", "pulse 120", "for 3 days".
struct MeasuredValue {
  // temperature_c, heart_rate, resp_rate, spo2, systolic_bp, duration_hours, gestation_weeks,
  // paracetamol_tablets
  std::string name;
  double value = 0;   // in the unit the name gives (°C, /min, %, mmHg, hours)
  std::string span;
  int begin = -1;     // byte offsets of span in the text; -1 when stated as structured input
  int end = -1;
};

// A registered source, as cited in output.
struct Citation {
  std::string source_id;
  std::string title;
  std::string publisher;
  int year = 0;
  std::string url;
};

struct TriageReason {
  std::string text;        // plain words: "chest pain with sweating (possible heart attack)"
  std::string rule_id;     // the red-flag rule, or "condition:<id>" when from the differential
  std::vector<Citation> citations;
};

struct Triage {
  TriageLevel level = TriageLevel::kConsultation;
  std::vector<TriageReason> reasons;
};

// One condition in the differential, with why.
struct RankedCondition {
  std::string id;
  std::string name;
  std::string lay_name;
  std::string icd10;
  double probability = 0;             // posterior, 0 to 1
  TriageLevel triage = TriageLevel::kConsultation;  // the level the condition calls for
  bool dangerous = false;
  std::vector<std::string> supporting;  // findings (names) that raised it
  std::vector<std::string> against;     // findings (names) that lowered it
  std::string advice;                   // patient or clinician text, by mode
  std::vector<Citation> citations;
};

struct Assessment {
  Triage triage;
  std::vector<Evidence> findings;
  std::vector<MeasuredValue> values;
  std::optional<double> age_years;  // as used: from the request, else from the text
  Sex sex = Sex::kUnknown;
  std::vector<RankedCondition> conditions;  // best first; at most 10
  std::string knowledge_version;
};

}  // namespace sanus
