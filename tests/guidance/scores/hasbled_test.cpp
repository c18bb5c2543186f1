// HAS-BLED against Pisters 2010 and its published bleed-rate table.
#include "guidance/scores/score_test_util.h"

namespace sanus::testing {
namespace {

ScoreInputs NoCriteria() {
  return {{"systolic_bp", 130}, {"abnormal_renal", 0}, {"abnormal_liver", 0},
          {"stroke", 0},        {"bleeding", 0},       {"labile_inr", 0},
          {"age", 60},          {"drugs", 0},          {"alcohol", 0}};
}

ScoreInputs With(ScoreInputs inputs, const ScoreInputs& changes) {
  for (const auto& [name, value] : changes) inputs[name] = value;
  return inputs;
}

TEST(HasBled, EveryCriterionScoresNine) {
  const auto r = ScoreOf("hasbled", {{"systolic_bp", 175},
                                     {"abnormal_renal", 1},
                                     {"abnormal_liver", 1},
                                     {"stroke", 1},
                                     {"bleeding", 1},
                                     {"labile_inr", 1},
                                     {"age", 80},
                                     {"drugs", 1},
                                     {"alcohol", 1}});
  EXPECT_TRUE(r.complete);
  EXPECT_EQ(r.points, 9);
  EXPECT_TRUE(Mentions(r.interpretation, "high risk of major bleeding"));
  EXPECT_TRUE(Mentions(r.interpretation, "no bleeding rate given above 5"));
  EXPECT_EQ(r.citations.size(), 2u);
}

TEST(HasBled, SystolicCountsAbove160AndAgeAbove65) {
  EXPECT_EQ(ScoreOf("hasbled", With(NoCriteria(), {{"systolic_bp", 160}})).points, 0);
  EXPECT_EQ(ScoreOf("hasbled", With(NoCriteria(), {{"systolic_bp", 161}})).points, 1);
  EXPECT_EQ(ScoreOf("hasbled", With(NoCriteria(), {{"age", 65}})).points, 0);
  EXPECT_EQ(ScoreOf("hasbled", With(NoCriteria(), {{"age", 66}})).points, 1);
}

TEST(HasBled, HighRiskFromThreeWithTheTableRates) {
  const auto two = ScoreOf("hasbled", With(NoCriteria(), {{"drugs", 1}, {"alcohol", 1}}));
  EXPECT_EQ(two.points, 2);
  EXPECT_TRUE(Mentions(two.interpretation, "below 3"));
  EXPECT_TRUE(Mentions(two.interpretation, "1.88% a year"));
  const auto three =
      ScoreOf("hasbled", With(NoCriteria(), {{"drugs", 1}, {"alcohol", 1}, {"age", 70}}));
  EXPECT_EQ(three.points, 3);
  EXPECT_TRUE(Mentions(three.interpretation, "high risk"));
  EXPECT_TRUE(Mentions(three.interpretation, "3.74% a year"));
  EXPECT_TRUE(Mentions(ScoreOf("hasbled", NoCriteria()).interpretation, "1.13% a year"));
}

TEST(HasBled, HypertensionFlagStandsInForAReading) {
  auto inputs = NoCriteria();
  inputs.erase("systolic_bp");
  inputs["uncontrolled_hypertension"] = 1;
  const auto r = ScoreOf("hasbled", inputs);
  EXPECT_TRUE(r.complete);
  EXPECT_EQ(r.points, 1);
  inputs.erase("uncontrolled_hypertension");
  EXPECT_FALSE(ScoreOf("hasbled", inputs).complete);
}

TEST(HasBled, UnknownCriteriaAreMissing) {
  const auto r = ScoreOf("hasbled", {{"age", 72}, {"stroke", 1}});
  EXPECT_FALSE(r.complete);
  EXPECT_EQ(r.points, 2);
  EXPECT_EQ(r.max_possible, 9);
  EXPECT_EQ(r.missing.size(), 7u);
  EXPECT_TRUE(r.interpretation.empty());
}

TEST(HasBled, RefusesOutOfRange) {
  EXPECT_EQ(RefusalOf("hasbled", {{"systolic_bp", 500}}), StatusCode::kInvalidArgument);
  EXPECT_EQ(RefusalOf("hasbled", {{"labile_inr", 2}}), StatusCode::kInvalidArgument);
}

}  // namespace
}  // namespace sanus::testing
