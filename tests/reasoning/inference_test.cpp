// Inference against the model written out one condition at a time (the noisy-OR of
// reasoning/inference.h), on the default knowledge base: the link table, however it is
// stored, must give the posterior and the explanations the formula gives.
#include "reasoning/inference.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <map>

#include "knowledge/knowledge_files.h"
#include "knowledge/loader.h"

namespace sanus::reasoning {
namespace {

using knowledge::ConditionIndex;
using knowledge::FindingIndex;

const knowledge::KnowledgeBase& DefaultKb() {
  static const knowledge::LoadOutcome out = knowledge::LoadKnowledge(knowledge::EmbeddedKnowledgeFiles());
  return out.kb;
}

// q_cf as the condition states it, capped below 1 as the model caps it; 0 when unlinked.
float Frequency(const knowledge::Condition& c, FindingIndex f) {
  for (const auto& link : c.findings) {
    if (link.finding == f) return static_cast<float>(std::min(link.frequency, 0.99));
  }
  return 0.0f;
}

// The log-likelihood ratio of one item for one condition against "none of these".
double Term(const knowledge::KnowledgeBase& kb, ConditionIndex c, const EvidenceItem& item) {
  const double leak = kb.finding(item.finding).base_rate;
  const double p = 1 - (1 - leak) * (1 - Frequency(kb.condition(c), item.finding));
  return item.presence == Presence::kPresent ? std::log(p / leak) : std::log((1 - p) / (1 - leak));
}

// log prior + the sum of the items' terms: the unnormalised log posterior.
double LogScore(const Inference& inference, ConditionIndex c, const EvidenceSet& evidence) {
  double score = std::log(inference.Prior(c, evidence));
  for (const auto& item : evidence.items) score += Term(DefaultKb(), c, item);
  return score;
}

// Evidence drawn from the knowledge base itself: some of one condition's findings present,
// one finding it does not link absent, for people of several ages and both sexes.
std::vector<EvidenceSet> EvidenceSets() {
  const auto& kb = DefaultKb();
  std::vector<EvidenceSet> sets;
  for (size_t c = 0; c < kb.conditions.size(); c += 13) {
    EvidenceSet e;
    const auto& links = kb.conditions[c].findings;
    for (size_t i = 0; i < links.size() && i < 4; ++i) e.items.push_back({links[i].finding, Presence::kPresent});
    FindingIndex unlinked{static_cast<int32_t>((c * 7) % kb.findings.size())};
    while (Frequency(kb.conditions[c], unlinked) > 0) unlinked.value = (unlinked.value + 1) % static_cast<int32_t>(kb.findings.size());
    e.items.push_back({unlinked, Presence::kAbsent});
    if (c % 2) e.age_years = static_cast<double>(c % 90);
    e.sex = c % 3 == 0 ? Sex::kFemale : c % 3 == 1 ? Sex::kMale : Sex::kUnknown;
    sets.push_back(e);
  }
  return sets;
}

TEST(Inference, PosteriorFollowsTheNoisyOrModel) {
  const auto& kb = DefaultKb();
  ASSERT_GT(kb.conditions.size(), 100u);
  const Inference inference(kb);
  for (const auto& evidence : EvidenceSets()) {
    const Posterior posterior = inference.Infer(evidence);
    size_t possible = 0;
    for (size_t c = 0; c < kb.conditions.size(); ++c) {
      possible += inference.Prior(ConditionIndex{static_cast<int32_t>(c)}, evidence) > 0;
    }
    ASSERT_EQ(posterior.ranked.size(), possible);
    ASSERT_GE(possible, 2u);
    double total = posterior.none_of_these;
    const auto& best = posterior.ranked.front();
    const double best_score = LogScore(inference, best.condition, evidence);
    for (const auto& entry : posterior.ranked) {
      total += entry.probability;
      EXPECT_LE(entry.probability, best.probability);
      // Probabilities stand in the ratio of the conditions' scores.
      EXPECT_NEAR(std::log(entry.probability / best.probability),
                  LogScore(inference, entry.condition, evidence) - best_score, 1e-9)
          << kb.condition(entry.condition).id;
    }
    EXPECT_NEAR(total, 1.0, 1e-12);
  }
}

TEST(Inference, ExplainGivesEachItemsTermStrongestFirst) {
  const auto& kb = DefaultKb();
  const Inference inference(kb);
  for (const auto& evidence : EvidenceSets()) {
    const ConditionIndex c = inference.Infer(evidence).ranked.front().condition;
    const auto effects = inference.Explain(c, evidence);
    ASSERT_EQ(effects.size(), evidence.items.size());
    std::map<int32_t, double> expected;
    for (const auto& item : evidence.items) {
      const double leak = kb.finding(item.finding).base_rate;
      const double q = Frequency(kb.condition(c), item.finding);
      const double p = 1 - (1 - leak) * (1 - q);
      expected[item.finding.value] =
          std::log(item.presence == Presence::kPresent ? p / leak : (1 - p) / (1 - leak));
    }
    for (size_t i = 0; i < effects.size(); ++i) {
      EXPECT_DOUBLE_EQ(effects[i].log_likelihood_ratio, expected[effects[i].finding.value]);
      if (i == 0) continue;
      EXPECT_GE(std::abs(effects[i - 1].log_likelihood_ratio), std::abs(effects[i].log_likelihood_ratio));
    }
  }
}

}  // namespace
}  // namespace sanus::reasoning
