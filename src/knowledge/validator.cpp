#include "knowledge/validator.h"

#include "knowledge/treatment_validator.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <deque>
#include <regex>
#include <set>
#include <string_view>
#include <unordered_map>

namespace sanus::knowledge {
namespace {

// The measured values the text reader produces (text/values.h, text/lab_values.h; a test
// keeps the two lists in step).
constexpr std::array<const char*, 30> kValueNames{
    "temperature_c", "heart_rate", "resp_rate", "spo2", "systolic_bp", "duration_hours",
    "gestation_weeks", "paracetamol_tablets", "alt", "ast", "alp", "bilirubin", "inr",
    "haemoglobin", "mcv", "wbc", "neutrophils", "platelets", "crp", "sodium", "potassium",
    "glucose", "ketones", "creatinine", "urea", "lactate", "amylase", "lipase", "diastolic_bp", "hba1c"};

void CheckSources(const KnowledgeBase& kb, std::vector<std::string>& problems) {
  for (const auto& s : kb.sources) {
    if (s.url.rfind("https://", 0) != 0 && s.url.rfind("http://", 0) != 0) {
      problems.push_back(s.origin + ": url of '" + s.id + "' must start with http(s)://");
    }
    // A year is optional (many web pages state none) but must be plausible when given.
    if (s.year != 0 && (s.year < 1950 || s.year > 2030)) {
      problems.push_back(s.origin + ": year of '" + s.id + "' is implausible");
    }
    if (s.title.empty() || s.publisher.empty()) {
      problems.push_back(s.origin + ": source '" + s.id + "' needs a title and a publisher");
    }
  }
}

// text in lower case: text itself when it has no capitals, else a copy kept in store.
std::string_view LowerCase(const std::string& text, std::deque<std::string>& store) {
  auto lower = [](char ch) { return static_cast<char>(std::tolower(static_cast<unsigned char>(ch))); };
  if (std::all_of(text.begin(), text.end(), [&](char ch) { return lower(ch) == ch; })) return text;
  std::string& copy = store.emplace_back(text);
  for (char& ch : copy) ch = lower(ch);
  return copy;
}

void CheckFindings(const KnowledgeBase& kb, std::vector<std::string>& problems) {
  static const std::set<std::string> kKinds{"symptom", "sign", "risk_factor", "vital", "history", "test"};
  // Lower-cased synonym -> the id of the finding that has it. Views and pointers into kb
  // where a synonym is already lower case (nearly all), and sized once: copying every synonym
  // and id and rehashing showed in start-up profiles.
  std::unordered_map<std::string_view, const std::string*> owner;
  std::deque<std::string> lowered;  // the lower-cased copies of the others, for their views
  size_t synonyms = 0;
  for (const auto& f : kb.findings) synonyms += f.synonyms.size();
  owner.reserve(synonyms);
  for (const auto& f : kb.findings) {
    if (f.base_rate <= 0 || f.base_rate >= 1) {
      problems.push_back(f.origin + ": base_rate of '" + f.id + "' must be in (0, 1)");
    }
    if (!kKinds.count(f.kind)) problems.push_back(f.origin + ": unknown kind '" + f.kind + "'");
    if (f.value && !IsKnownValueName(f.value->name)) {
      problems.push_back(f.origin + ": unknown value name '" + f.value->name + "'");
    }
    if (f.synonyms.empty()) problems.push_back(f.origin + ": '" + f.id + "' has no synonyms");
    for (const auto& synonym : f.synonyms) {
      auto [it, inserted] = owner.emplace(LowerCase(synonym, lowered), &f.id);
      if (!inserted && *it->second != f.id) {
        problems.push_back(f.origin + ": synonym '" + synonym + "' of '" + f.id +
                           "' already belongs to '" + *it->second + "'");
      }
    }
  }
}

void CheckConditions(const KnowledgeBase& kb, std::vector<std::string>& problems) {
  static const std::regex kIcd10("[A-Z][0-9][0-9A-Z](\\.[0-9A-Z]{1,4})?");
  for (const auto& c : kb.conditions) {
    if (!std::regex_match(c.icd10, kIcd10)) {
      problems.push_back(c.origin + ": '" + c.icd10 + "' is not an ICD-10 code");
    }
    if (c.findings.empty()) problems.push_back(c.origin + ": '" + c.id + "' links no findings");
    std::set<int32_t> seen;
    for (const auto& link : c.findings) {
      if (!seen.insert(link.finding.value).second) {
        problems.push_back(c.origin + ": finding '" + kb.finding(link.finding).id + "' listed twice");
      }
    }
    if (c.patient_text.empty() || c.clinician_text.empty()) {
      problems.push_back(c.origin + ": needs both patient and clinician text");
    }
  }
}

void CheckRedFlags(const KnowledgeBase& kb, std::vector<std::string>& problems) {
  for (const auto& r : kb.red_flags) {
    if (r.source_ids.empty()) problems.push_back(r.origin + ": rule '" + r.id + "' cites no source");
    // A rule at self-care would never change a level. Consultation is allowed: it is the safety
    // net for self-care that has not worked, not a red flag, but it escalates the same way.
    if (r.level < TriageLevel::kConsultation) {
      problems.push_back(r.origin + ": rule '" + r.id + "' must be consultation or above");
    }
    if (r.age_from && r.age_to && *r.age_from >= *r.age_to) {
      problems.push_back(r.origin + ": rule '" + r.id + "' has an empty age band");
    }
    if (r.vital && !IsKnownValueName(r.vital->name)) {
      problems.push_back(r.origin + ": unknown vital '" + r.vital->name + "'");
    }
  }
}

}  // namespace

bool IsKnownValueName(const std::string& name) {
  return std::find(kValueNames.begin(), kValueNames.end(), name) != kValueNames.end();
}

std::vector<std::string> Validate(const KnowledgeBase& kb) {
  std::vector<std::string> problems;
  CheckSources(kb, problems);
  CheckFindings(kb, problems);
  CheckConditions(kb, problems);
  CheckRedFlags(kb, problems);
  ValidateTreatmentKnowledge(kb, problems);
  if (kb.conditions.empty()) problems.push_back("the knowledge base has no conditions");
  return problems;
}

}  // namespace sanus::knowledge
