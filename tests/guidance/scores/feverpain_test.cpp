// FeverPAIN against NICE NG84: five criteria, bands 0-1, 2-3 and 4-5.
#include "guidance/scores/score_test_util.h"

namespace sanus::testing {
namespace {

// `n` criteria met, the rest absent (criteria taken in FeverPAIN order; "no cough" is the last).
ScoreInputs Met(int n) {
  return {{"fever", n >= 1 ? 1.0 : 0.0},
          {"purulence", n >= 2 ? 1.0 : 0.0},
          {"attend_rapidly", n >= 3 ? 1.0 : 0.0},
          {"inflamed_tonsils", n >= 4 ? 1.0 : 0.0},
          {"cough_or_coryza", n >= 5 ? 0.0 : 1.0}};
}

TEST(FeverPain, EveryCriterionScoresFive) {
  const auto r = ScoreOf("feverpain", Met(5));
  EXPECT_TRUE(r.complete);
  EXPECT_EQ(r.points, 5);
  EXPECT_TRUE(Mentions(r.interpretation, "62-65%"));
  EXPECT_TRUE(Mentions(r.interpretation, "immediate or a back-up antibiotic"));
  EXPECT_EQ(r.citations.size(), 3u);
}

TEST(FeverPain, BandsBreakAfterOneAndThree) {
  EXPECT_TRUE(Mentions(ScoreOf("feverpain", Met(0)).interpretation, "13-18%"));
  EXPECT_TRUE(Mentions(ScoreOf("feverpain", Met(1)).interpretation, "13-18%"));
  EXPECT_TRUE(Mentions(ScoreOf("feverpain", Met(1)).interpretation, "no antibiotic prescription"));
  EXPECT_TRUE(Mentions(ScoreOf("feverpain", Met(2)).interpretation, "34-40%"));
  EXPECT_TRUE(Mentions(ScoreOf("feverpain", Met(3)).interpretation, "back-up antibiotic"));
  EXPECT_TRUE(Mentions(ScoreOf("feverpain", Met(4)).interpretation, "62-65%"));
}

TEST(FeverPain, CoughOrCoryzaRemovesThatPoint) {
  auto inputs = Met(4);
  EXPECT_EQ(ScoreOf("feverpain", inputs).points, 4);
  inputs["cough_or_coryza"] = 0;
  const auto r = ScoreOf("feverpain", inputs);
  EXPECT_EQ(r.points, 5);
  EXPECT_EQ(r.counted.back(), "no cough or coryza: +1");
}

TEST(FeverPain, UnknownCoughIsMissing) {
  auto inputs = Met(2);
  inputs.erase("cough_or_coryza");
  const auto r = ScoreOf("feverpain", inputs);
  EXPECT_FALSE(r.complete);
  EXPECT_EQ(r.min_possible, 2);
  EXPECT_EQ(r.max_possible, 3);
  EXPECT_EQ(r.missing, std::vector<std::string>{"no cough or coryza"});
  EXPECT_TRUE(r.interpretation.empty());
}

TEST(FeverPain, RefusesUnderThreesAndBadFlags) {
  auto inputs = Met(3);
  inputs["age"] = 2;
  EXPECT_EQ(RefusalOf("feverpain", inputs), StatusCode::kInvalidArgument);
  inputs["age"] = 3;
  EXPECT_EQ(ScoreOf("feverpain", inputs).points, 3);
  EXPECT_EQ(RefusalOf("feverpain", {{"fever", 5}}), StatusCode::kInvalidArgument);
}

}  // namespace
}  // namespace sanus::testing
