// The Alvarado (MANTRELS) score: eight findings, tenderness and leukocytosis 2 points each, bands
// 0-4, 5-6, 7-8 and 9-10 (WSES 2016).
#include "guidance/scores/score_test_util.h"

namespace sanus::testing {
namespace {

ScoreInputs NoCriteria() {
  return {{"migration", 0},      {"anorexia", 0},  {"nausea_vomiting", 0},
          {"rlq_tenderness", 0}, {"rebound", 0},   {"elevated_temperature", 0},
          {"wbc", 7.5},          {"left_shift", 0}};
}

ScoreInputs With(ScoreInputs inputs, const ScoreInputs& changes) {
  for (const auto& [name, value] : changes) inputs[name] = value;
  return inputs;
}

TEST(Alvarado, EveryFindingScoresTen) {
  const auto r = ScoreOf("alvarado", {{"migration", 1},
                                      {"anorexia", 1},
                                      {"nausea_vomiting", 1},
                                      {"rlq_tenderness", 1},
                                      {"rebound", 1},
                                      {"elevated_temperature", 1},
                                      {"wbc", 14},
                                      {"left_shift", 1}});
  EXPECT_TRUE(r.complete);
  EXPECT_EQ(r.points, 10);
  EXPECT_TRUE(Mentions(r.interpretation, "highly likely"));
  EXPECT_EQ(r.citations.size(), 3u);
}

TEST(Alvarado, TendernessAndLeukocytosisWeighTwo) {
  EXPECT_EQ(ScoreOf("alvarado", With(NoCriteria(), {{"rlq_tenderness", 1}})).points, 2);
  EXPECT_EQ(ScoreOf("alvarado", With(NoCriteria(), {{"wbc", 10}})).points, 0);
  EXPECT_EQ(ScoreOf("alvarado", With(NoCriteria(), {{"wbc", 10.1}})).points, 2);
  auto flag = NoCriteria();
  flag.erase("wbc");
  flag["leukocytosis"] = 1;
  EXPECT_EQ(ScoreOf("alvarado", flag).points, 2);
}

TEST(Alvarado, BandsBreakAt5_7_9) {
  // Tenderness 2 + leukocytosis 2 = 4; then add one-point findings.
  const ScoreInputs four = With(NoCriteria(), {{"rlq_tenderness", 1}, {"wbc", 12}});
  EXPECT_TRUE(Mentions(ScoreOf("alvarado", four).interpretation, "0-4: appendicitis not likely"));
  const auto five = ScoreOf("alvarado", With(four, {{"migration", 1}}));
  EXPECT_EQ(five.points, 5);
  EXPECT_TRUE(Mentions(five.interpretation, "5-6: equivocal"));
  EXPECT_TRUE(
      Mentions(ScoreOf("alvarado", With(four, {{"migration", 1}, {"anorexia", 1}})).interpretation,
               "5-6: equivocal"));
  const auto seven =
      ScoreOf("alvarado", With(four, {{"migration", 1}, {"anorexia", 1}, {"rebound", 1}}));
  EXPECT_EQ(seven.points, 7);
  EXPECT_TRUE(Mentions(seven.interpretation, "7-8: appendicitis probable"));
  const auto nine = ScoreOf("alvarado", With(four, {{"migration", 1},
                                                    {"anorexia", 1},
                                                    {"rebound", 1},
                                                    {"nausea_vomiting", 1},
                                                    {"left_shift", 1}}));
  EXPECT_EQ(nine.points, 9);
  EXPECT_TRUE(Mentions(nine.interpretation, "9-10"));
}

TEST(Alvarado, UnknownFindingsAreMissing) {
  const auto r = ScoreOf("alvarado", {{"rlq_tenderness", 1}, {"migration", 1}});
  EXPECT_FALSE(r.complete);
  EXPECT_EQ(r.points, 3);
  EXPECT_EQ(r.max_possible, 10);
  EXPECT_EQ(r.missing.size(), 6u);
  EXPECT_TRUE(r.interpretation.empty());
}

TEST(Alvarado, RefusesOutOfRange) {
  EXPECT_EQ(RefusalOf("alvarado", {{"wbc", 600}}), StatusCode::kInvalidArgument);
  EXPECT_EQ(RefusalOf("alvarado", {{"rebound", 2}}), StatusCode::kInvalidArgument);
}

}  // namespace
}  // namespace sanus::testing
