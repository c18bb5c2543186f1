// What a knowledge base holds, as plain values for listings and look-ups: its conditions, its
// findings and its sources. Safe to copy and to share between threads once built.
#pragma once

#include <string>
#include <vector>

#include "sanus/assessment.h"
#include "sanus/triage_level.h"

namespace sanus {

// A condition as the knowledge base describes it (for listings and tests).
struct ConditionSummary {
  std::string id;
  std::string name;
  std::string icd10;
  TriageLevel triage = TriageLevel::kConsultation;
  bool dangerous = false;
  std::string lay_name;  // plain words, may be empty
  std::string system;    // body system: respiratory, cardiovascular ...
};

// A finding a condition presents with, and how often.
struct ConditionFinding {
  std::string finding_id;
  std::string name;
  double frequency = 0;  // P(finding | condition), 0 to 1
};

// How likely a condition is before any finding: the base prior of its prevalence class, the
// weights age bands and sex give it, and the epidemiology sources those figures come from.
struct AgeBandWeight {
  double from_years = 0, to_years = 200, weight = 1;
};

struct ConditionPrior {
  double base = 0;                 // prior for a person consulting with a new complaint
  std::vector<AgeBandWeight> age;  // ages outside every band weigh 1
  double female_weight = 1, male_weight = 1;  // from the sourced sex ratio (0 when excluded)
  std::string note;                           // the epidemiological figures, in words
  std::vector<Citation> sources;              // empty when not yet sourced
};

// One condition in full: what it presents with, what Sanus tells people about it, and the
// sources that say so.
struct ConditionDetail {
  ConditionSummary summary;
  std::string patient_text;
  std::string clinician_text;
  std::vector<ConditionFinding> findings;  // as listed in the knowledge base
  std::vector<Citation> sources;
  bool has_guidance = false;  // treatment guidance exists (Engine::Guide)
  ConditionPrior prior;
};

// A finding (symptom, sign, risk factor, vital, history, test) and the words that name it.
struct FindingSummary {
  std::string id;
  std::string name;      // clinical name
  std::string lay;       // plain words
  std::string kind;
  std::string question;  // how the interview asks about it
  std::vector<std::string> synonyms;
  bool red_flag = false;  // an alarm feature in itself
};

}  // namespace sanus
