// The knowledge base's own texts as citable passages: each condition's patient and clinician
// summaries, each item of its guidance (with the one source that item cites), each medicine
// caution and each interaction. And the synonym groups the index uses.
#pragma once

#include <string>
#include <vector>

#include "ask/passage_index.h"
#include "knowledge/knowledge_base.h"

namespace sanus::ask {

std::vector<IndexedPassage> KnowledgePassages(const knowledge::KnowledgeBase& kb);

// Single words that mean the same thing: a finding's one-word synonyms, a medicine's generic,
// other and brand names, a condition's one-word names.
std::vector<std::vector<std::string>> KnowledgeSynonyms(const knowledge::KnowledgeBase& kb);

}  // namespace sanus::ask
