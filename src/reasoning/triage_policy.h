// Triage: the level of care, decided from red-flag rules and from the differential.
//
// Safety properties (tested in tests/reasoning/triage_policy_test.cpp):
//  - the level is never below the level of a red-flag rule that fires;
//  - adding a present red-flag finding (an alarm feature marked `red_flag: true` in the
//    knowledge base) never lowers the level: the differential's vote is taken over every
//    subset of the red-flag findings present, so a new one can only add candidates to the
//    maximum; and adding any present finding can never un-fire a rule;
//  - a dangerous condition escalates at a low posterior;
//  - with nothing understood (no finding present) Sanus cannot assess, and says so with the
//    level consultation, never self-care. This is a refusal, not a judgement: the monotone
//    properties above hold among assessments that understood at least one finding.
#pragma once

#include <vector>

#include "knowledge/knowledge_base.h"
#include "reasoning/evidence_set.h"
#include "reasoning/inference.h"
#include "sanus/triage_level.h"

namespace sanus::reasoning {

struct TriageOutcome {
  TriageLevel level = TriageLevel::kConsultation;
  std::vector<const knowledge::RedFlagRule*> rules;      // fired, most urgent first
  std::vector<knowledge::ConditionIndex> conditions;     // conditions that set the level
  // True when the level came from the differential with some red-flag findings set aside:
  // the conditions could not be ruled out, rather than being likely on all the evidence.
  bool from_subset = false;
  bool nothing_understood = false;
};

// Thread-safety: immutable; references kb and inference, which must outlive it.
class TriagePolicy {
 public:
  TriagePolicy(const knowledge::KnowledgeBase& kb, const Inference& inference);

  // posterior is Infer(evidence), passed in because the caller already has it.
  TriageOutcome Decide(const EvidenceSet& evidence, const Posterior& posterior) const;

 private:
  struct Vote {
    TriageLevel level = TriageLevel::kSelfCare;
    std::vector<knowledge::ConditionIndex> conditions;
    bool from_subset = false;
  };
  Vote VoteOfPosterior(const Posterior& posterior) const;
  Vote VoteOverRedFlagSubsets(const EvidenceSet& evidence, const Posterior& posterior) const;

  const knowledge::KnowledgeBase& kb_;
  const Inference& inference_;
};

}  // namespace sanus::reasoning
