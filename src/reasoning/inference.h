// Diagnostic inference: a posterior over the knowledge base's conditions given evidence.
//
// The model treats conditions as mutually exclusive explanations of the complaint, plus one
// "none of these" hypothesis. Each finding is a noisy-OR of the condition and a leak
// (the finding's base rate, for causes outside the knowledge base), as in QMR-DT (Shwe 1991):
//   P(f | c) = 1 - (1 - leak_f)(1 - q_cf),   P(f | none) = leak_f
// Priors come from the prevalence class, weighted by age band and sex.
#pragma once

#include <cstdint>
#include <vector>

#include "knowledge/knowledge_base.h"
#include "reasoning/evidence_set.h"

namespace sanus::reasoning {

struct FindingEffect {
  knowledge::FindingIndex finding;
  double log_likelihood_ratio = 0;  // vs the "none of these" hypothesis; > 0 supports
};

struct ConditionPosterior {
  knowledge::ConditionIndex condition;
  double probability = 0;
  std::vector<FindingEffect> effects;  // only filled by Explain
};

struct Posterior {
  std::vector<ConditionPosterior> ranked;  // best first, every possible condition
  double none_of_these = 0;                // probability of the "none of these" hypothesis
};

// The weight a person's sex gives a condition's prior: 0 for the sex a condition excludes, the
// share of a sourced sex ratio (averaging 1 over both sexes), and for an unknown sex 0.5 for a
// one-sex condition and 1 otherwise. The catalogue reports the same weights.
double SexWeight(const knowledge::Condition& c, Sex sex);

// Thread-safety: immutable; holds a reference to kb, which must outlive it.
class Inference {
 public:
  explicit Inference(const knowledge::KnowledgeBase& kb);

  Posterior Infer(const EvidenceSet& evidence) const;
  // The effect of each finding in evidence on one condition, strongest first.
  std::vector<FindingEffect> Explain(knowledge::ConditionIndex c, const EvidenceSet& evidence) const;
  // Prior of one condition for this person (0 when impossible for their sex or age).
  double Prior(knowledge::ConditionIndex c, const EvidenceSet& evidence) const;

 private:
  double LinkFrequency(knowledge::ConditionIndex c, knowledge::FindingIndex f) const;

  struct ConditionLink {
    int32_t condition;
    float frequency;  // q_cf, capped below 1
  };
  const knowledge::KnowledgeBase& kb_;
  // For each finding, the conditions that link it, by condition index. Sparse: a dense
  // condition x finding table grew with the square of the knowledge base (3.8 MB at 480
  // conditions) while each condition links a few dozen findings.
  std::vector<std::vector<ConditionLink>> links_by_finding_;
  // Each condition's age weight averaged over ages 0 to 80, for a person of unknown age.
  std::vector<double> average_age_weight_;
};

}  // namespace sanus::reasoning
