// The PHQ-9 against Kroenke 2001: nine items 0-3, severity cut-points 5, 10, 15 and 20, and a
// same-day suicide-risk flag whenever item 9 is above 0.
#include "guidance/scores/score_test_util.h"

namespace sanus::testing {
namespace {

// Nine answers adding up to `total` (filled from item 1; item 9 set apart).
ScoreInputs Answers(int total, int item9 = 0) {
  ScoreInputs in;
  int left = total - item9;
  for (int i = 1; i <= 8; ++i) {
    const int v = std::min(3, left);
    in["item" + std::to_string(i)] = v;
    left -= v;
  }
  in["item9"] = item9;
  return in;
}

TEST(Phq9, NoSymptomsScoreZero) {
  const auto r = ScoreOf("phq9", Answers(0));
  EXPECT_TRUE(r.complete);
  EXPECT_EQ(r.points, 0);
  EXPECT_TRUE(Mentions(r.interpretation, "below 5"));
  EXPECT_FALSE(Mentions(r.interpretation, "suicide"));
  EXPECT_EQ(r.citations.size(), 3u);
}

TEST(Phq9, SeverityBandsStartAt5_10_15_20) {
  EXPECT_TRUE(Mentions(ScoreOf("phq9", Answers(4)).interpretation, "below 5"));
  EXPECT_TRUE(Mentions(ScoreOf("phq9", Answers(5)).interpretation, "mild"));
  EXPECT_TRUE(Mentions(ScoreOf("phq9", Answers(9)).interpretation, "mild"));
  EXPECT_TRUE(Mentions(ScoreOf("phq9", Answers(10)).interpretation, "10-14: moderate"));
  EXPECT_TRUE(Mentions(ScoreOf("phq9", Answers(14)).interpretation, "10-14: moderate"));
  EXPECT_TRUE(Mentions(ScoreOf("phq9", Answers(15)).interpretation, "moderately severe"));
  EXPECT_TRUE(Mentions(ScoreOf("phq9", Answers(19)).interpretation, "moderately severe"));
  EXPECT_TRUE(Mentions(ScoreOf("phq9", Answers(20)).interpretation, "20-27: severe"));
  const auto top = ScoreOf("phq9", Answers(27, 3));
  EXPECT_EQ(top.points, 27);
  EXPECT_TRUE(Mentions(top.interpretation, "20-27: severe"));
}

TEST(Phq9, AnyAnswerAboveZeroOnItem9FlagsSameDaySuicideRiskAssessment) {
  const auto low_total = ScoreOf("phq9", Answers(1, 1));
  EXPECT_TRUE(low_total.complete);
  EXPECT_EQ(low_total.points, 1);
  EXPECT_TRUE(Mentions(low_total.interpretation, "below 5"));
  EXPECT_TRUE(Mentions(low_total.interpretation, "assess suicide risk the same day"));
}

TEST(Phq9, Item9FlagIsGivenEvenWhenOtherItemsAreMissing) {
  const auto r = ScoreOf("phq9", {{"item1", 2}, {"item9", 2}});
  EXPECT_FALSE(r.complete);
  EXPECT_EQ(r.points, 4);
  EXPECT_EQ(r.min_possible, 4);
  EXPECT_EQ(r.max_possible, 25);
  EXPECT_EQ(r.missing.size(), 7u);
  EXPECT_TRUE(Mentions(r.interpretation, "assess suicide risk the same day"));
  EXPECT_FALSE(Mentions(r.interpretation, "depression"));  // no severity band while incomplete
  const auto quiet = ScoreOf("phq9", {{"item1", 2}, {"item9", 0}});
  EXPECT_TRUE(quiet.interpretation.empty());
  EXPECT_FALSE(ScoreOf("phq9", {{"item1", 2}}).complete);
}

TEST(Phq9, RefusesItemsOutside0To3) {
  EXPECT_EQ(RefusalOf("phq9", {{"item3", 4}}), StatusCode::kInvalidArgument);
  EXPECT_EQ(RefusalOf("phq9", {{"item3", 1.5}}), StatusCode::kInvalidArgument);
  EXPECT_EQ(RefusalOf("phq9", {{"item3", -1}}), StatusCode::kInvalidArgument);
  EXPECT_EQ(RefusalOf("phq9", {{"item10", 1}}), StatusCode::kInvalidArgument);
}

}  // namespace
}  // namespace sanus::testing
