// Wells PE against its published criteria (NICE NG158 two-level; Wells 2001 three tiers).
#include "guidance/scores/score_test_util.h"

namespace sanus::testing {
namespace {

// Every criterion absent, heart rate 80: a complete score of 0 to add criteria to.
ScoreInputs NoCriteria() {
  return {{"dvt_signs", 0},    {"pe_most_likely", 0},
          {"heart_rate", 80},  {"immobilisation_or_surgery", 0},
          {"previous_vte", 0}, {"haemoptysis", 0},
          {"malignancy", 0}};
}

ScoreInputs With(ScoreInputs inputs, const ScoreInputs& changes) {
  for (const auto& [name, value] : changes) inputs[name] = value;
  return inputs;
}

TEST(WellsPe, EveryCriterionScoresTwelveAndAHalf) {
  const auto r = ScoreOf("wells_pe", {{"dvt_signs", 1},
                                      {"pe_most_likely", 1},
                                      {"heart_rate", 120},
                                      {"immobilisation_or_surgery", 1},
                                      {"previous_vte", 1},
                                      {"haemoptysis", 1},
                                      {"malignancy", 1}});
  EXPECT_TRUE(r.complete);
  EXPECT_EQ(r.points, 12.5);
  EXPECT_EQ(r.counted.size(), 7u);
  EXPECT_TRUE(Mentions(r.interpretation, "PE likely"));
  EXPECT_TRUE(Mentions(r.interpretation, "high (above 6)"));
  EXPECT_EQ(r.citations.size(), 2u);
}

TEST(WellsPe, HeartRateCountsOnlyAbove100) {
  EXPECT_EQ(ScoreOf("wells_pe", With(NoCriteria(), {{"heart_rate", 100}})).points, 0);
  const auto r = ScoreOf("wells_pe", With(NoCriteria(), {{"heart_rate", 101}}));
  EXPECT_EQ(r.points, 1.5);
  EXPECT_EQ(r.counted.front(), "heart rate > 100/min: +1.5");
}

TEST(WellsPe, TwoLevelCutIsLikelyOnlyAboveFour) {
  // PE most likely 3 + haemoptysis 1 = 4: unlikely; 3 + previous DVT/PE 1.5 = 4.5: likely.
  const auto four =
      ScoreOf("wells_pe", With(NoCriteria(), {{"pe_most_likely", 1}, {"haemoptysis", 1}}));
  EXPECT_EQ(four.points, 4);
  EXPECT_TRUE(Mentions(four.interpretation, "PE unlikely"));
  EXPECT_TRUE(Mentions(four.interpretation, "D-dimer"));
  const auto four_and_a_half =
      ScoreOf("wells_pe", With(NoCriteria(), {{"pe_most_likely", 1}, {"previous_vte", 1}}));
  EXPECT_EQ(four_and_a_half.points, 4.5);
  EXPECT_TRUE(Mentions(four_and_a_half.interpretation, "PE likely"));
  EXPECT_TRUE(Mentions(four_and_a_half.interpretation, "CT pulmonary angiography"));
}

TEST(WellsPe, ThreeTiersBreakBelow2AndAbove6) {
  const auto low = ScoreOf("wells_pe", With(NoCriteria(), {{"heart_rate", 110}}));  // 1.5
  EXPECT_TRUE(Mentions(low.interpretation, "low (below 2)"));
  const auto two = ScoreOf("wells_pe", With(NoCriteria(), {{"haemoptysis", 1}, {"malignancy", 1}}));
  EXPECT_EQ(two.points, 2);
  EXPECT_TRUE(Mentions(two.interpretation, "moderate (2-6)"));
  const auto six =
      ScoreOf("wells_pe", With(NoCriteria(), {{"dvt_signs", 1}, {"pe_most_likely", 1}}));
  EXPECT_EQ(six.points, 6);
  EXPECT_TRUE(Mentions(six.interpretation, "moderate (2-6)"));
  EXPECT_TRUE(Mentions(six.interpretation, "PE likely"));
  const auto six_and_a_half = ScoreOf(
      "wells_pe",
      With(NoCriteria(),
           {{"pe_most_likely", 1}, {"previous_vte", 1}, {"haemoptysis", 1}, {"malignancy", 1}}));
  EXPECT_EQ(six_and_a_half.points, 6.5);
  EXPECT_TRUE(Mentions(six_and_a_half.interpretation, "high (above 6)"));
}

TEST(WellsPe, UnknownCriteriaAreMissingNotZero) {
  const auto r = ScoreOf("wells_pe", {{"heart_rate", 110}});
  EXPECT_FALSE(r.complete);
  EXPECT_EQ(r.points, 1.5);
  EXPECT_EQ(r.min_possible, 1.5);
  EXPECT_EQ(r.max_possible, 12.5);
  EXPECT_EQ(r.missing.size(), 6u);
  EXPECT_TRUE(r.interpretation.empty());
}

TEST(WellsPe, RefusesValuesOutOfRange) {
  EXPECT_EQ(RefusalOf("wells_pe", {{"haemoptysis", 2}}), StatusCode::kInvalidArgument);
  EXPECT_EQ(RefusalOf("wells_pe", {{"heart_rate", 400}}), StatusCode::kInvalidArgument);
  EXPECT_EQ(RefusalOf("wells_pe", {{"heart_rate", 10}}), StatusCode::kInvalidArgument);
  EXPECT_EQ(RefusalOf("wells_pe", {{"d_dimer", 1}}), StatusCode::kInvalidArgument);
}

}  // namespace
}  // namespace sanus::testing
