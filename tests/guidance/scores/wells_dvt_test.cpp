// The two-level Wells DVT score against the NICE NG158 table.
#include "guidance/scores/score_test_util.h"

namespace sanus::testing {
namespace {

ScoreInputs NoCriteria() {
  return {{"active_cancer", 0},        {"paralysis_or_cast", 0},  {"bedridden_or_surgery", 0},
          {"deep_vein_tenderness", 0}, {"entire_leg_swollen", 0}, {"calf_swelling_3cm", 0},
          {"pitting_oedema", 0},       {"collateral_veins", 0},   {"previous_dvt", 0},
          {"alternative_diagnosis", 0}};
}

ScoreInputs With(ScoreInputs inputs, const ScoreInputs& changes) {
  for (const auto& [name, value] : changes) inputs[name] = value;
  return inputs;
}

TEST(WellsDvt, SwollenLegInCancerIsLikely) {
  // Active cancer, entire leg swollen, calf 3 cm larger, pitting oedema: 4.
  const auto r = ScoreOf("wells_dvt", With(NoCriteria(), {{"active_cancer", 1},
                                                          {"entire_leg_swollen", 1},
                                                          {"calf_swelling_3cm", 1},
                                                          {"pitting_oedema", 1}}));
  EXPECT_TRUE(r.complete);
  EXPECT_EQ(r.points, 4);
  EXPECT_TRUE(Mentions(r.interpretation, "DVT likely"));
  EXPECT_TRUE(Mentions(r.interpretation, "ultrasound"));
  EXPECT_EQ(r.citations.size(), 1u);
}

TEST(WellsDvt, LikelyFromTwoInclusive) {
  const auto two =
      ScoreOf("wells_dvt", With(NoCriteria(), {{"previous_dvt", 1}, {"deep_vein_tenderness", 1}}));
  EXPECT_EQ(two.points, 2);
  EXPECT_TRUE(Mentions(two.interpretation, "DVT likely (2 or more)"));
  const auto one = ScoreOf("wells_dvt", With(NoCriteria(), {{"previous_dvt", 1}}));
  EXPECT_EQ(one.points, 1);
  EXPECT_TRUE(Mentions(one.interpretation, "DVT unlikely"));
}

TEST(WellsDvt, AlternativeDiagnosisSubtractsTwo) {
  const auto r = ScoreOf("wells_dvt", With(NoCriteria(), {{"previous_dvt", 1},
                                                          {"deep_vein_tenderness", 1},
                                                          {"entire_leg_swollen", 1},
                                                          {"alternative_diagnosis", 1}}));
  EXPECT_EQ(r.points, 1);
  EXPECT_TRUE(Mentions(r.interpretation, "DVT unlikely"));
  EXPECT_EQ(r.counted.back(), "alternative diagnosis at least as likely: -2");
  EXPECT_EQ(ScoreOf("wells_dvt", With(NoCriteria(), {{"alternative_diagnosis", 1}})).points, -2);
  ScoreInputs all;
  for (const auto& [name, value] : NoCriteria())
    all[name] = name == "alternative_diagnosis" ? 0 : 1;
  EXPECT_EQ(ScoreOf("wells_dvt", all).points, 9);
}

TEST(WellsDvt, UnknownAlternativeDiagnosisSpansDownwards) {
  auto inputs = With(NoCriteria(), {{"previous_dvt", 1}, {"deep_vein_tenderness", 1}});
  inputs.erase("alternative_diagnosis");
  const auto r = ScoreOf("wells_dvt", inputs);
  EXPECT_FALSE(r.complete);
  EXPECT_EQ(r.points, 2);
  EXPECT_EQ(r.min_possible, 0);
  EXPECT_EQ(r.max_possible, 2);
  ASSERT_EQ(r.missing.size(), 1u);
  EXPECT_EQ(r.missing.front(), "alternative diagnosis at least as likely");
  EXPECT_TRUE(r.interpretation.empty());
}

TEST(WellsDvt, RefusesAFlagThatIsNotYesOrNo) {
  EXPECT_EQ(RefusalOf("wells_dvt", {{"active_cancer", 3}}), StatusCode::kInvalidArgument);
  EXPECT_EQ(RefusalOf("wells_dvt", {{"pitting_oedema", 0.5}}), StatusCode::kInvalidArgument);
}

}  // namespace
}  // namespace sanus::testing
