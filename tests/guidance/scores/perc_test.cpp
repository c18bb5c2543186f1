// The PERC rule against Kline 2008: eight criteria, negative only when all are absent, and only
// for people whose gestalt probability of PE is below 15%.
#include "guidance/scores/score_test_util.h"

namespace sanus::testing {
namespace {

ScoreInputs NoCriteria() {
  return {{"age", 35},          {"heart_rate", 80},
          {"spo2", 98},         {"haemoptysis", 0},
          {"oestrogen_use", 0}, {"recent_surgery_or_trauma", 0},
          {"previous_vte", 0},  {"unilateral_leg_swelling", 0}};
}

ScoreInputs With(ScoreInputs inputs, const ScoreInputs& changes) {
  for (const auto& [name, value] : changes) inputs[name] = value;
  return inputs;
}

TEST(Perc, AllEightAbsentIsNegativeAndSaysItNeedsLowGestalt) {
  const auto r = ScoreOf("perc", With(NoCriteria(), {{"low_gestalt", 1}}));
  EXPECT_TRUE(r.complete);
  EXPECT_EQ(r.points, 0);
  EXPECT_TRUE(Mentions(r.interpretation, "PERC negative"));
  EXPECT_TRUE(Mentions(r.interpretation, "below 15%"));
  EXPECT_EQ(r.citations.size(), 1u);
}

TEST(Perc, ThresholdEdges) {
  EXPECT_EQ(ScoreOf("perc", With(NoCriteria(), {{"age", 49}})).points, 0);
  EXPECT_EQ(ScoreOf("perc", With(NoCriteria(), {{"age", 50}})).points, 1);
  EXPECT_EQ(ScoreOf("perc", With(NoCriteria(), {{"heart_rate", 99}})).points, 0);
  EXPECT_EQ(ScoreOf("perc", With(NoCriteria(), {{"heart_rate", 100}})).points, 1);
  EXPECT_EQ(ScoreOf("perc", With(NoCriteria(), {{"spo2", 95}})).points, 0);
  EXPECT_EQ(ScoreOf("perc", With(NoCriteria(), {{"spo2", 94}})).points, 1);
}

TEST(Perc, AnyCriterionMakesItPositiveAndNamesIt) {
  const auto r = ScoreOf("perc", With(NoCriteria(), {{"oestrogen_use", 1}, {"spo2", 93}}));
  EXPECT_EQ(r.points, 2);
  EXPECT_TRUE(Mentions(r.interpretation, "PERC positive"));
  EXPECT_TRUE(Mentions(r.interpretation, "SaO2 < 95%"));
  EXPECT_TRUE(Mentions(r.interpretation, "oestrogen use"));
  EXPECT_TRUE(Mentions(r.interpretation, "not ruled out"));
  EXPECT_TRUE(Mentions(r.interpretation, "below 15%"));
}

TEST(Perc, PositiveIsSettledWhileIncompleteButNegativeIsNot) {
  const auto positive = ScoreOf("perc", {{"age", 62}});
  EXPECT_FALSE(positive.complete);
  EXPECT_EQ(positive.min_possible, 1);
  EXPECT_EQ(positive.max_possible, 8);
  EXPECT_TRUE(Mentions(positive.interpretation, "PERC positive"));
  auto almost = NoCriteria();
  almost.erase("haemoptysis");
  const auto open = ScoreOf("perc", almost);
  EXPECT_FALSE(open.complete);
  EXPECT_EQ(open.missing.size(), 1u);
  EXPECT_TRUE(open.interpretation.empty());
}

TEST(Perc, RefusedWhenGestaltIsNotLowOrValuesAreOutOfRange) {
  EXPECT_EQ(RefusalOf("perc", With(NoCriteria(), {{"low_gestalt", 0}})),
            StatusCode::kInvalidArgument);
  EXPECT_EQ(RefusalOf("perc", {{"spo2", 101}}), StatusCode::kInvalidArgument);
  EXPECT_EQ(RefusalOf("perc", {{"age", 150}}), StatusCode::kInvalidArgument);
  EXPECT_EQ(RefusalOf("perc", {{"haemoptysis", 2}}), StatusCode::kInvalidArgument);
}

}  // namespace
}  // namespace sanus::testing
