// Chooses the next interview question: first the red-flag screen (unknown findings that would
// complete a red-flag rule above the current level), then the finding with the highest
// expected information gain over the differential (§1.8 of the clinical brief).
#pragma once

#include <optional>
#include <vector>

#include "knowledge/knowledge_base.h"
#include "reasoning/evidence_set.h"
#include "reasoning/inference.h"
#include "sanus/triage_level.h"

namespace sanus::reasoning {

struct QuestionChoice {
  knowledge::FindingIndex finding;
  double information = 0;  // expected entropy reduction, nats
  // Set for the red-flag screen: the rule the answer could complete.
  const knowledge::RedFlagRule* rule = nullptr;
  // For an information question: the two conditions it best tells apart.
  std::optional<knowledge::ConditionIndex> first, second;
};

// Thread-safety: immutable; references kb and inference, which must outlive it.
class QuestionSelector {
 public:
  QuestionSelector(const knowledge::KnowledgeBase& kb, const Inference& inference);

  // The next red-flag screening question, if the screen is not done: an unknown finding of a
  // rule that is partly met (one of its findings present, its age band holding) and would
  // raise the level above current; of those, the rule likeliest to fire, weighted by how far
  // it would raise the level.
  // ask_results false (a patient answering): test results such as a CSF count or an ECG
  // finding are never asked; only a clinician has them.
  std::optional<QuestionChoice> NextScreening(const EvidenceSet& evidence, const Posterior& posterior,
                                              const std::vector<knowledge::FindingIndex>& asked,
                                              TriageLevel current, bool ask_results = true) const;
  // The unasked finding with the highest expected information gain, among the findings of
  // the leading conditions.
  std::optional<QuestionChoice> MostInformative(const EvidenceSet& evidence, const Posterior& posterior,
                                                const std::vector<knowledge::FindingIndex>& asked,
                                                bool ask_results = true) const;
  // Entropy of the posterior (conditions and "none of these"), nats, with must-not-miss
  // conditions weighted more.
  double Entropy(const Posterior& posterior) const;

 private:
  // The finding to ask so the rule could fire, or nullopt when it cannot.
  std::optional<knowledge::FindingIndex> MissingFinding(const knowledge::RedFlagRule& rule,
                                                        const EvidenceSet& evidence,
                                                        const std::vector<knowledge::FindingIndex>& asked,
                                                        bool ask_results) const;
  // The chance a finding not yet known is present, from the differential.
  double PredictedYes(knowledge::FindingIndex f, const Posterior& posterior) const;
  // The chance the rule fires once its unknown findings are asked.
  double ChanceToFire(const knowledge::RedFlagRule& rule, const EvidenceSet& evidence,
                      const Posterior& posterior) const;
  bool Askable(knowledge::FindingIndex f, const EvidenceSet& evidence,
               const std::vector<knowledge::FindingIndex>& asked, bool ask_results) const;
  double ExpectedGain(knowledge::FindingIndex f, const EvidenceSet& evidence, const Posterior& posterior,
                      double entropy) const;

  const knowledge::KnowledgeBase& kb_;
  const Inference& inference_;
  std::vector<std::vector<knowledge::ConditionIndex>> linked_by_;  // finding -> conditions
  std::optional<knowledge::FindingIndex> pregnant_;
};

}  // namespace sanus::reasoning
