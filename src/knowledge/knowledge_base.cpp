#include "knowledge/knowledge_base.h"

namespace sanus::knowledge {

namespace {

template <typename T>
const T* Lookup(const std::unordered_map<std::string, int32_t>& index, const std::vector<T>& items,
                const std::string& id) {
  auto it = index.find(id);
  return it == index.end() ? nullptr : &items[static_cast<size_t>(it->second)];
}

}  // namespace

const Source* KnowledgeBase::FindSource(const std::string& id) const {
  return Lookup(source_by_id, sources, id);
}

const Medicine* KnowledgeBase::FindMedicine(const std::string& id) const {
  return Lookup(medicine_by_id, medicines, id);
}

const MedicineClass* KnowledgeBase::FindMedicineClass(const std::string& id) const {
  return Lookup(class_by_id, medicine_classes, id);
}

const Guidance* KnowledgeBase::FindGuidance(const std::string& condition_id) const {
  return Lookup(guidance_by_condition, guidance, condition_id);
}

std::optional<FindingIndex> KnowledgeBase::FindFinding(const std::string& id) const {
  auto it = finding_by_id.find(id);
  if (it == finding_by_id.end()) return std::nullopt;
  return FindingIndex{it->second};
}

std::optional<ConditionIndex> KnowledgeBase::FindCondition(const std::string& id) const {
  auto it = condition_by_id.find(id);
  if (it == condition_by_id.end()) return std::nullopt;
  return ConditionIndex{it->second};
}

}  // namespace sanus::knowledge
