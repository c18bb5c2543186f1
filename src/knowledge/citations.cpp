#include "knowledge/citations.h"

namespace sanus::knowledge {

std::vector<Citation> Cite(const KnowledgeBase& kb, const std::vector<std::string>& source_ids) {
  std::vector<Citation> out;
  for (const auto& id : source_ids) {
    if (const auto* s = kb.FindSource(id)) out.push_back({s->id, s->title, s->publisher, s->year, s->url});
  }
  return out;
}

}  // namespace sanus::knowledge
