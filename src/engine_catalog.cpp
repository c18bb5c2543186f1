// Engine: the catalogue of what the knowledge base holds — conditions, findings and sources —
// as public value types (the rest of the facade is engine.cpp).
#include "engine_impl.h"
#include "knowledge/citations.h"
#include "reasoning/inference.h"

namespace sanus {
namespace {

ConditionSummary Summarise(const knowledge::Condition& c) {
  return {c.id, c.name, c.icd10, c.triage, c.dangerous, c.lay_name, c.system};
}

FindingSummary Summarise(const knowledge::Finding& f) {
  return {f.id, f.name, f.lay, f.kind, f.question, f.synonyms, f.red_flag};
}

Citation Summarise(const knowledge::Source& s) { return {s.id, s.title, s.publisher, s.year, s.url}; }

// Sex weights exactly as inference applies them.
void SetSexWeights(const knowledge::Condition& c, ConditionPrior& prior) {
  prior.female_weight = reasoning::SexWeight(c, Sex::kFemale);
  prior.male_weight = reasoning::SexWeight(c, Sex::kMale);
}

}  // namespace

std::vector<ConditionSummary> Engine::Conditions() const {
  std::vector<ConditionSummary> out;
  for (const auto& c : impl_->kb().conditions) out.push_back(Summarise(c));
  return out;
}

Result<ConditionDetail> Engine::ConditionById(const std::string& id) const {
  const auto& kb = impl_->kb();
  const auto index = kb.FindCondition(id);
  if (!index) return Status::NotFound("no condition with id '" + id + "'");
  const knowledge::Condition& c = kb.condition(*index);
  ConditionDetail detail{Summarise(c), c.patient_text, c.clinician_text, {}, impl_->Cite(c.source_ids),
                         kb.FindGuidance(c.id) != nullptr, {}};
  for (const auto& link : c.findings) {
    const knowledge::Finding& f = kb.finding(link.finding);
    detail.findings.push_back({f.id, f.name, link.frequency});
  }
  detail.prior.base = c.prevalence;
  for (const auto& band : c.age_weights) detail.prior.age.push_back({band.from, band.to, band.weight});
  SetSexWeights(c, detail.prior);
  if (c.epidemiology) {
    detail.prior.note = c.epidemiology->note;
    detail.prior.sources = impl_->Cite(c.epidemiology->source_ids);
  }
  return detail;
}

std::vector<FindingSummary> Engine::Findings() const {
  std::vector<FindingSummary> out;
  for (const auto& f : impl_->kb().findings) out.push_back(Summarise(f));
  return out;
}

Result<FindingSummary> Engine::FindingById(const std::string& id) const {
  const auto index = impl_->kb().FindFinding(id);
  if (!index) return Status::NotFound("no finding with id '" + id + "'");
  return Summarise(impl_->kb().finding(*index));
}

std::vector<Citation> Engine::Sources() const {
  std::vector<Citation> out;
  for (const auto& s : impl_->kb().sources) out.push_back(Summarise(s));
  return out;
}

Result<Citation> Engine::SourceById(const std::string& id) const {
  const knowledge::Source* source = impl_->kb().FindSource(id);
  if (!source) return Status::NotFound("no source with id '" + id + "'");
  return Summarise(*source);
}

}  // namespace sanus
