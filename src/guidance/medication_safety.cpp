#include "guidance/medication_safety.h"

#include <algorithm>
#include <array>

#include "knowledge/citations.h"

namespace sanus::guidance {
namespace {

constexpr double kOlderAdultAge = 65;
constexpr std::array<const char*, 7> kSeverityOrder{"contraindicated", "avoid",       "major", "caution",
                                                    "moderate",        "adjust_dose", "minor"};

bool Contains(const std::vector<std::string>& list, const std::string& item) {
  return std::find(list.begin(), list.end(), item) != list.end();
}

}  // namespace

int SeverityRank(const std::string& severity) {
  for (size_t i = 0; i < kSeverityOrder.size(); ++i) {
    if (severity == kSeverityOrder[i]) return static_cast<int>(i);
  }
  return static_cast<int>(kSeverityOrder.size());
}

bool Withdraws(const SafetyIssue& issue) {
  return issue.severity == "contraindicated" || issue.severity == "avoid";
}

bool ContextApplies(knowledge::CautionContext context, const std::optional<double>& egfr_below,
                    const std::optional<double>& age_below, const PatientContext& person,
                    const std::optional<KidneyFunction>& kidney) {
  using C = knowledge::CautionContext;
  switch (context) {
    case C::kPregnancy: return person.pregnant;
    case C::kBreastfeeding: return person.breastfeeding;
    case C::kRenal: return kidney && egfr_below && kidney->value < *egfr_below;
    case C::kLiver: return person.liver_disease;
    case C::kChild: return person.age_years && age_below && *person.age_years < *age_below;
    case C::kOlderAdult: return person.age_years && *person.age_years >= kOlderAdultAge;
  }
  return false;
}

MedicationSafety::MedicationSafety(const knowledge::KnowledgeBase& kb, const MedicineDirectory& directory,
                                   const PatientContext& context, std::optional<KidneyFunction> kidney)
    : kb_(kb), directory_(directory), context_(context), kidney_(std::move(kidney)) {
  for (const auto& stated : context.allergies) AddAllergy(stated);
  for (const auto& name : context.medicines) {
    const auto* m = directory.FindMedicine(name);
    if (!m) unrecognised_medicines_.push_back(name);
    else if (std::find(current_.begin(), current_.end(), m) == current_.end()) current_.push_back(m);
  }
}

void MedicationSafety::AddAllergy(const std::string& stated) {
  Allergy allergy{stated, directory_.FindMedicine(stated), {}};
  if (allergy.medicine) {
    // An allergy to amoxicillin is an allergy to the penicillins.
    for (const auto& c : allergy.medicine->classes) {
      const auto* cls = kb_.FindMedicineClass(c);
      if (cls && cls->allergy_group) allergy.class_ids.push_back(c);
    }
  } else if (const auto* cls = directory_.FindClass(stated)) {
    allergy.class_ids.push_back(cls->id);
  } else {
    unrecognised_allergies_.push_back(stated);
    return;
  }
  allergies_.push_back(std::move(allergy));
}

void MedicationSafety::AllergyIssues(const knowledge::Medicine& m, std::vector<SafetyIssue>& out) const {
  for (const auto& allergy : allergies_) {
    const bool same = allergy.medicine == &m;
    const bool group = std::any_of(allergy.class_ids.begin(), allergy.class_ids.end(),
                                   [&](const std::string& c) { return Contains(m.classes, c); });
    if (same || group) {
      SafetyIssue issue{"allergy", "contraindicated", m.id, allergy.stated, "", false, {}};
      issue.text = same ? "Allergy to " + m.name + " stated: do not give it."
                        : "Allergy to " + allergy.stated + " stated, and " + m.name +
                              " belongs to the same group: do not give it.";
      out.push_back(std::move(issue));
      continue;
    }
    for (const auto& c : allergy.class_ids) {
      const auto* cls = kb_.FindMedicineClass(c);
      for (const auto& cross : cls ? cls->cross_reactive : std::vector<knowledge::CrossReactivity>{}) {
        if (!Contains(m.classes, cross.class_id)) continue;
        out.push_back({"cross_reactivity", knowledge::ToString(cross.severity), m.id, allergy.stated, cross.text,
                       false, knowledge::Cite(kb_, {cross.source_id})});
      }
    }
  }
}

bool MedicationSafety::Applies(const knowledge::MedicineCaution& c) const {
  return ContextApplies(c.context, c.egfr_below, c.age_below, context_, kidney_);
}

void MedicationSafety::ContextIssues(const knowledge::Medicine& m, std::vector<SafetyIssue>& out) const {
  for (const auto& c : m.cautions) {
    if (!Applies(c)) continue;
    out.push_back({knowledge::ToString(c.context), knowledge::ToString(c.severity), m.id, "", c.text, false,
                   knowledge::Cite(kb_, {c.source_id})});
  }
}

std::vector<SafetyIssue> MedicationSafety::ForMedicine(const knowledge::Medicine& m) const {
  std::vector<SafetyIssue> out;
  AllergyIssues(m, out);
  ContextIssues(m, out);
  return out;
}

bool MedicationSafety::Covers(const std::vector<std::string>& side, const knowledge::Medicine& m) const {
  if (Contains(side, m.id)) return true;
  return std::any_of(m.classes.begin(), m.classes.end(), [&](const std::string& c) { return Contains(side, c); });
}

std::vector<SafetyIssue> MedicationSafety::Between(const knowledge::Medicine& a, const knowledge::Medicine& b) const {
  std::vector<SafetyIssue> out;
  if (&a == &b) return out;
  for (const auto& i : kb_.interactions) {
    if (!(Covers(i.a, a) && Covers(i.b, b)) && !(Covers(i.a, b) && Covers(i.b, a))) continue;
    out.push_back({"interaction", knowledge::ToString(i.severity), a.id, b.id,
                   i.effect + " " + i.action, i.onc_high_priority, knowledge::Cite(kb_, {i.source_id})});
  }
  std::stable_sort(out.begin(), out.end(), [](const SafetyIssue& x, const SafetyIssue& y) {
    return SeverityRank(x.severity) < SeverityRank(y.severity);
  });
  return out;
}

std::vector<SafetyIssue> MedicationSafety::ForCandidate(const knowledge::Medicine& m) const {
  std::vector<SafetyIssue> out = ForMedicine(m);
  for (const auto* taken : current_) {
    if (taken == &m) {
      out.push_back({"already_taking", "caution", m.id, m.name,
                     "Already taking " + m.name + ": do not double up; review the current dose instead.", false, {}});
      continue;
    }
    for (auto& issue : Between(m, *taken)) out.push_back(std::move(issue));
  }
  std::stable_sort(out.begin(), out.end(), [](const SafetyIssue& x, const SafetyIssue& y) {
    return SeverityRank(x.severity) < SeverityRank(y.severity);
  });
  return out;
}

}  // namespace sanus::guidance
