// Engine: treatment guidance and medication checks (the rest of the facade is engine.cpp).
#include <algorithm>

#include "engine_impl.h"
#include "guidance/condition_guide.h"
#include "guidance/score_evidence.h"

namespace sanus {

namespace {

// Whether the words of key appear, whole and in order, in the words of name:
// "uti" in "urine infection cystitis uti".
bool ContainsWords(const std::string& name, const std::string& key) {
  const std::string padded = " " + name + " ";
  return padded.find(" " + key + " ") != std::string::npos;
}

}  // namespace

const knowledge::Condition* Engine::Impl::FindCondition(const std::string& id_or_name) const {
  const std::string key = guidance::MedicineDirectory::Normalise(id_or_name);
  if (key.empty()) return nullptr;
  for (const auto& c : kb_.conditions) {
    for (const auto* name : {&c.id, &c.name, &c.lay_name}) {
      if (guidance::MedicineDirectory::Normalise(*name) == key) return &c;
    }
  }
  // Then the one condition whose names contain the words ("uti", "shingles"); none when the
  // words fit several, so a guess is never made between conditions.
  const knowledge::Condition* found = nullptr;
  for (const auto& c : kb_.conditions) {
    if (ContainsWords(guidance::MedicineDirectory::Normalise(c.name), key) ||
        ContainsWords(guidance::MedicineDirectory::Normalise(c.lay_name), key)) {
      if (found && found != &c) return nullptr;
      found = &c;
    }
  }
  return found;
}

Result<ConditionGuidance> Engine::Guide(const std::string& condition, const PatientContext& context) const {
  const auto* c = impl_->FindCondition(condition);
  if (!c) return Status::NotFound("no single condition matches '" + condition + "' (see sanus kb conditions)");
  return guidance::BuildConditionGuidance(impl_->kb(), impl_->medicines(), *c, context);
}

std::vector<ScoreResult> Engine::ScoresFromAssessment(const Assessment& assessment,
                                                      const std::vector<std::string>& score_ids) const {
  std::vector<ScoreResult> out;
  for (const auto& id : score_ids) {
    const ScoreInputs inputs = guidance::ScoreInputsFromAssessment(id, assessment);
    const bool informative = std::any_of(inputs.begin(), inputs.end(), [](const auto& input) {
      return input.first != "age" && input.first != "female";
    });
    if (!informative) continue;
    auto result = ComputeScore(id, inputs);
    if (result.ok()) out.push_back(std::move(*result));
  }
  return out;
}

Result<MedicationReview> Engine::CheckMedicines(const PatientContext& context) const {
  return guidance::ReviewMedicines(impl_->kb(), impl_->medicines(), context);
}

}  // namespace sanus
