// Red-flag rules: the knowledge base's explicit escalation rules (single findings,
// combinations, vital-sign thresholds, age bands). A rule only reads present findings and
// values, so adding evidence can never un-fire it.
#pragma once

#include <vector>

#include "knowledge/knowledge_base.h"
#include "reasoning/evidence_set.h"

namespace sanus::reasoning {

// True when the person fits the rule's age band and sex. A rule with an age band or a sex does
// not fire when the age or sex is unknown; its findings still escalate through other rules.
bool PersonFits(const knowledge::RedFlagRule& rule, const EvidenceSet& evidence);

// True when every condition of the rule holds for the evidence.
bool RuleFires(const knowledge::RedFlagRule& rule, const EvidenceSet& evidence);

// The rules that fire, in knowledge-base order.
std::vector<const knowledge::RedFlagRule*> FiredRules(const knowledge::KnowledgeBase& kb,
                                                      const EvidenceSet& evidence);

}  // namespace sanus::reasoning
