// Engine: treatment guidance and medication checks (the rest of the facade is engine.cpp).
#include "engine_impl.h"
#include "guidance/condition_guide.h"

namespace sanus {

const knowledge::Condition* Engine::Impl::FindCondition(const std::string& id_or_name) const {
  const std::string key = guidance::MedicineDirectory::Normalise(id_or_name);
  if (key.empty()) return nullptr;
  for (const auto& c : kb_.conditions) {
    for (const auto* name : {&c.id, &c.name, &c.lay_name}) {
      if (guidance::MedicineDirectory::Normalise(*name) == key) return &c;
    }
  }
  return nullptr;
}

Result<ConditionGuidance> Engine::Guide(const std::string& condition, const PatientContext& context) const {
  const auto* c = impl_->FindCondition(condition);
  if (!c) return Status::NotFound("no condition '" + condition + "' (see sanus kb conditions)");
  return guidance::BuildConditionGuidance(impl_->kb(), impl_->medicines(), *c, context);
}

Result<MedicationReview> Engine::CheckMedicines(const PatientContext& context) const {
  return guidance::ReviewMedicines(impl_->kb(), impl_->medicines(), context);
}

}  // namespace sanus
