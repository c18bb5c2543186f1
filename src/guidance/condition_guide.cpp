#include "guidance/condition_guide.h"

#include <algorithm>

#include "guidance/kidney_function.h"
#include "guidance/medication_safety.h"
#include "knowledge/citations.h"

namespace sanus::guidance {
namespace {

constexpr double kAdultAge = 18;

std::vector<SourcedAdvice> Advice(const knowledge::KnowledgeBase& kb, const std::vector<knowledge::SourcedText>& items) {
  std::vector<SourcedAdvice> out;
  for (const auto& item : items) out.push_back({item.text, knowledge::Cite(kb, {item.source_id})});
  return out;
}

// Whether an option is written for this person. What is not known fits: an unknown age fits
// every option, and a woman not stated to be pregnant still sees the pregnancy options.
bool FitsAudience(knowledge::Audience audience, const PatientContext& c) {
  using A = knowledge::Audience;
  switch (audience) {
    case A::kAnyone: return true;
    case A::kPregnant: return c.sex != Sex::kMale;
    case A::kNotPregnant: return !c.pregnant;
    case A::kMale: return c.sex != Sex::kFemale && !c.pregnant;
    case A::kFemale: return c.sex != Sex::kMale;
  }
  return true;
}

bool WrittenForPregnancy(const knowledge::TreatmentOption& t) {
  return std::find(t.audience.begin(), t.audience.end(), knowledge::Audience::kPregnant) != t.audience.end();
}

bool FitsPerson(const knowledge::TreatmentOption& t, const PatientContext& c) {
  for (auto a : t.audience) {
    if (!FitsAudience(a, c)) return false;
  }
  const auto& age = c.age_years;
  if (!age) return true;
  if (t.population == knowledge::Population::kAdult && *age < kAdultAge) return false;
  if (t.population == knowledge::Population::kChild && *age >= kAdultAge) return false;
  if (t.age_from && *age < *t.age_from) return false;
  if (t.age_to && *age >= *t.age_to) return false;
  return true;
}

TreatmentAdvice Describe(const knowledge::KnowledgeBase& kb, const knowledge::TreatmentOption& t) {
  TreatmentAdvice out;
  out.line = knowledge::ToString(t.line);
  out.medicine_id = t.medicine_id;
  if (const auto* m = kb.FindMedicine(t.medicine_id)) out.medicine_name = m->name;
  out.with_medicine_ids = t.with_medicine_ids;
  out.population = knowledge::ToString(t.population);
  for (auto a : t.audience) out.audience.push_back(knowledge::ToString(a));
  out.age_from = t.age_from;
  out.age_to = t.age_to;
  out.dose = t.dose;
  out.duration = t.duration;
  out.text = t.text;
  out.citations = knowledge::Cite(kb, {t.source_id});
  return out;
}

void CheckOption(const knowledge::KnowledgeBase& kb, const MedicationSafety& safety, const PatientContext& context,
                 const std::optional<KidneyFunction>& kidney, const knowledge::TreatmentOption& t,
                 TreatmentAdvice& advice) {
  for (const auto& a : t.adjustments) {
    if (ContextApplies(a.context, a.egfr_below, std::nullopt, context, kidney)) {
      advice.adjustments.push_back({a.text, knowledge::Cite(kb, {a.source_id})});
    }
  }
  // A combination is as safe as its least safe part: every medicine in it is checked.
  std::vector<std::string> ids = t.with_medicine_ids;
  if (!t.medicine_id.empty()) ids.insert(ids.begin(), t.medicine_id);
  for (const auto& id : ids) {
    const auto* medicine = kb.FindMedicine(id);
    if (!medicine) continue;
    for (auto& issue : safety.ForCandidate(*medicine)) {
      // A line the guideline wrote for pregnancy has weighed the pregnancy warnings already
      // (misoprostol for a miscarriage): they are shown, but do not withdraw it.
      if (issue.kind == "pregnancy" && WrittenForPregnancy(t) && Withdraws(issue)) {
        issue.severity = "caution";
        issue.text = "The guideline gives this in pregnancy; its general warning reads: " + issue.text;
      }
      advice.issues.push_back(std::move(issue));
    }
  }
  std::stable_sort(advice.issues.begin(), advice.issues.end(), [](const SafetyIssue& x, const SafetyIssue& y) {
    return SeverityRank(x.severity) < SeverityRank(y.severity);
  });
  advice.withdrawn = std::any_of(advice.issues.begin(), advice.issues.end(), Withdraws);
}

void AddNotes(const MedicationSafety& safety, ConditionGuidance& g) {
  const auto withdrawn = std::count_if(g.treatments.begin(), g.treatments.end(),
                                       [](const TreatmentAdvice& t) { return t.withdrawn; });
  if (withdrawn > 0) {
    g.notes.push_back(std::to_string(withdrawn) + " treatment option(s) withdrawn for this person; the reasons are given.");
  }
  const bool any_first = std::any_of(g.treatments.begin(), g.treatments.end(),
                                     [](const TreatmentAdvice& t) { return t.line == "first"; });
  const bool first_left = std::any_of(g.treatments.begin(), g.treatments.end(),
                                      [](const TreatmentAdvice& t) { return t.line == "first" && !t.withdrawn; });
  if (any_first && !first_left) {
    g.notes.push_back("Every first-line option was withdrawn: use an alternative listed here, or seek specialist advice.");
  }
  for (const auto& name : safety.unrecognised_medicines()) {
    g.notes.push_back("Current medicine '" + name + "' is not known to Sanus: its interactions were not checked.");
  }
  for (const auto& name : safety.unrecognised_allergies()) {
    g.notes.push_back("Allergy '" + name + "' is not a medicine or class known to Sanus: it was not checked.");
  }
}

}  // namespace

Result<ConditionGuidance> BuildConditionGuidance(const knowledge::KnowledgeBase& kb, const MedicineDirectory& directory,
                                                 const knowledge::Condition& condition, const PatientContext& context) {
  if (Status s = ValidatePatientContext(context); !s.ok()) return s;
  const auto* source = kb.FindGuidance(condition.id);
  if (!source) return Status::NotFound("no guidance is written yet for '" + condition.id + "'");
  auto kidney = JudgeKidneyFunction(context, kb);
  if (!kidney.ok()) return kidney.status();
  MedicationSafety safety(kb, directory, context, *kidney);

  ConditionGuidance g;
  g.condition_id = condition.id;
  g.name = condition.name;
  g.lay_name = condition.lay_name;
  g.triage = condition.triage;
  g.self_care = Advice(kb, source->self_care);
  g.watch_for = Advice(kb, source->watch_for);
  for (const auto& s : source->seek_help) g.seek_help.push_back({s.level, s.when, knowledge::Cite(kb, {s.source_id})});
  g.tests = Advice(kb, source->tests);
  g.refer = Advice(kb, source->refer);
  g.score_ids = source->score_ids;
  for (const auto& t : source->treatments) {
    if (!FitsPerson(t, context)) continue;
    TreatmentAdvice advice = Describe(kb, t);
    CheckOption(kb, safety, context, *kidney, t, advice);
    g.treatments.push_back(std::move(advice));
  }
  g.kidney = *kidney;
  AddNotes(safety, g);
  return g;
}

Result<MedicationReview> ReviewMedicines(const knowledge::KnowledgeBase& kb, const MedicineDirectory& directory,
                                         const PatientContext& context) {
  if (context.medicines.empty()) return Status::InvalidArgument("give at least one medicine to check");
  if (Status s = ValidatePatientContext(context); !s.ok()) return s;
  auto kidney = JudgeKidneyFunction(context, kb);
  if (!kidney.ok()) return kidney.status();
  MedicationSafety safety(kb, directory, context, *kidney);

  MedicationReview review;
  review.kidney = *kidney;
  review.unrecognised = safety.unrecognised_medicines();
  review.unrecognised_allergies = safety.unrecognised_allergies();
  const auto& meds = safety.current();
  for (size_t i = 0; i < meds.size(); ++i) {
    review.recognised.push_back(meds[i]->id);
    for (auto& issue : safety.ForMedicine(*meds[i])) review.issues.push_back(std::move(issue));
    for (size_t j = i + 1; j < meds.size(); ++j) {
      for (auto& issue : safety.Between(*meds[i], *meds[j])) review.issues.push_back(std::move(issue));
    }
  }
  std::stable_sort(review.issues.begin(), review.issues.end(), [](const SafetyIssue& x, const SafetyIssue& y) {
    return SeverityRank(x.severity) < SeverityRank(y.severity);
  });
  return review;
}

}  // namespace sanus::guidance
