#include "knowledge/knowledge_base.h"

namespace sanus::knowledge {

const Source* KnowledgeBase::FindSource(const std::string& id) const {
  auto it = source_by_id.find(id);
  return it == source_by_id.end() ? nullptr : &sources[static_cast<size_t>(it->second)];
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
