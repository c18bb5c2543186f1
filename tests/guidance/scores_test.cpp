// The clinical scores, against worked examples built from each score's published criteria.
#include <gtest/gtest.h>

#include "default_engine.h"

namespace sanus {
namespace {

ScoreResult Score(const std::string& id, const ScoreInputs& inputs) {
  auto r = testing::DefaultEngine().ComputeScore(id, inputs);
  EXPECT_TRUE(r.ok()) << r.status().message();
  return r.ok() ? *r : ScoreResult{};
}

TEST(Curb65, EveryCriterionMetScoresFive) {
  const auto r = Score("curb65", {{"confusion", 1}, {"urea_mmol_l", 8.2}, {"resp_rate", 32},
                                  {"systolic_bp", 85}, {"diastolic_bp", 50}, {"age", 71}});
  EXPECT_TRUE(r.complete);
  EXPECT_EQ(r.points, 5);
  EXPECT_NE(r.interpretation.find("high risk"), std::string::npos);
  EXPECT_FALSE(r.citations.empty());
}

TEST(Curb65, ThresholdsAreInclusiveWhereTheRuleSaysSo) {
  // Respiratory rate 30 and age 65 count; urea exactly 7 and diastolic 61 do not.
  const auto r = Score("curb65", {{"confusion", 0}, {"urea_mmol_l", 7.0}, {"resp_rate", 30},
                                  {"systolic_bp", 120}, {"diastolic_bp", 61}, {"age", 65}});
  EXPECT_EQ(r.points, 2);
  EXPECT_NE(r.interpretation.find("intermediate"), std::string::npos);
}

TEST(Curb65, UnknownIsNeverCountedAsZero) {
  const auto r = Score("curb65", {{"resp_rate", 24}, {"age", 40}});
  EXPECT_FALSE(r.complete);
  EXPECT_EQ(r.points, 0);
  EXPECT_EQ(r.max_possible, 3);
  EXPECT_EQ(r.missing.size(), 3u);
  EXPECT_TRUE(r.interpretation.empty());
  // One low reading settles the blood-pressure criterion without the other.
  EXPECT_EQ(Score("curb65", {{"systolic_bp", 85}}).points, 1);
}

TEST(McIsaac, ChildWithEveryFeatureScoresFive) {
  const auto r = Score("mcisaac", {{"age", 8}, {"temperature_c", 38.6}, {"cough", 0},
                                   {"tender_nodes", 1}, {"tonsils", 1}});
  EXPECT_TRUE(r.complete);
  EXPECT_EQ(r.points, 5);
}

TEST(McIsaac, OlderAdultWithCoughScoresMinusOne) {
  const auto r = Score("mcisaac", {{"age", 52}, {"fever", 0}, {"cough", 1}, {"tender_nodes", 0}, {"tonsils", 0}});
  EXPECT_EQ(r.points, -1);
  EXPECT_NE(r.interpretation.find("1-2.5%"), std::string::npos);
}

TEST(McIsaac, UnknownAgeSpansTheAdjustmentAndUnderThreeIsRefused) {
  const auto r = Score("mcisaac", {{"fever", 1}, {"cough", 0}, {"tender_nodes", 1}, {"tonsils", 1}});
  EXPECT_FALSE(r.complete);
  EXPECT_EQ(r.min_possible, 3);
  EXPECT_EQ(r.max_possible, 5);
  EXPECT_EQ(testing::DefaultEngine().ComputeScore("mcisaac", {{"age", 2}}).status().code(),
            StatusCode::kInvalidArgument);
}

TEST(Qsofa, TwoCriteriaMarkHigherRisk) {
  const auto r = Score("qsofa", {{"resp_rate", 22}, {"altered_mentation", 0}, {"systolic_bp", 100}});
  EXPECT_EQ(r.points, 2);
  EXPECT_NE(r.interpretation.find("higher risk"), std::string::npos);
  EXPECT_EQ(Score("qsofa", {{"resp_rate", 21}, {"altered_mentation", 0}, {"systolic_bp", 101}}).points, 0);
}

TEST(Scores, BadRequestsAreClearErrors) {
  const Engine& engine = testing::DefaultEngine();
  EXPECT_EQ(engine.ComputeScore("no_such_score", {}).status().code(), StatusCode::kNotFound);
  EXPECT_EQ(engine.ComputeScore("qsofa", {{"heart_rate", 120}}).status().code(), StatusCode::kInvalidArgument);
  EXPECT_EQ(engine.ComputeScore("qsofa", {{"resp_rate", -4}}).status().code(), StatusCode::kInvalidArgument);
  EXPECT_FALSE(engine.Scores().empty());
}

}  // namespace
}  // namespace sanus
