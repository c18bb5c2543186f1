// The Ottawa ankle and foot rules against Stiell's criteria: a region's X-ray only with pain in
// its zone and one of its findings.
#include "guidance/scores/score_test_util.h"

namespace sanus::testing {
namespace {

TEST(OttawaAnkle, LateralMalleolusTendernessNeedsAnAnkleXray) {
  const auto r = ScoreOf("ottawa_ankle", {{"malleolar_pain", 1},
                                          {"midfoot_pain", 0},
                                          {"lateral_malleolus_tender", 1},
                                          {"medial_malleolus_tender", 0},
                                          {"unable_to_bear_weight", 0}});
  EXPECT_TRUE(r.complete);
  EXPECT_EQ(r.points, 1);
  EXPECT_TRUE(Mentions(r.interpretation, "rule positive: ankle X-ray series"));
  EXPECT_TRUE(Mentions(r.interpretation, "lateral malleolus bone tenderness"));
  EXPECT_EQ(r.citations.size(), 4u);
}

TEST(OttawaAnkle, MidfootRuleNeedsNoAnkleFindings) {
  const auto r = ScoreOf("ottawa_ankle", {{"malleolar_pain", 0},
                                          {"midfoot_pain", 1},
                                          {"fifth_metatarsal_tender", 0},
                                          {"navicular_tender", 1},
                                          {"unable_to_bear_weight", 0}});
  EXPECT_TRUE(r.complete);
  EXPECT_TRUE(Mentions(r.interpretation, "foot X-ray series"));
  EXPECT_FALSE(Mentions(r.interpretation, "ankle"));
}

TEST(OttawaAnkle, InabilityToBearWeightCountsForEveryPainfulZone) {
  const auto r = ScoreOf("ottawa_ankle", {{"malleolar_pain", 1},
                                          {"midfoot_pain", 1},
                                          {"lateral_malleolus_tender", 0},
                                          {"medial_malleolus_tender", 0},
                                          {"fifth_metatarsal_tender", 0},
                                          {"navicular_tender", 0},
                                          {"unable_to_bear_weight", 1}});
  EXPECT_EQ(r.points, 1);
  EXPECT_TRUE(Mentions(r.interpretation, "ankle and foot X-ray series"));
}

TEST(OttawaAnkle, NoFindingIsNegative) {
  const auto r = ScoreOf("ottawa_ankle", {{"malleolar_pain", 1},
                                          {"midfoot_pain", 0},
                                          {"lateral_malleolus_tender", 0},
                                          {"medial_malleolus_tender", 0},
                                          {"unable_to_bear_weight", 0}});
  EXPECT_TRUE(r.complete);
  EXPECT_EQ(r.points, 0);
  EXPECT_TRUE(Mentions(r.interpretation, "rule negative"));
}

TEST(OttawaAnkle, UnknownFindingsLeaveTheRuleOpen) {
  const auto open = ScoreOf("ottawa_ankle", {{"malleolar_pain", 1},
                                             {"midfoot_pain", 0},
                                             {"lateral_malleolus_tender", 0},
                                             {"unable_to_bear_weight", 0}});
  EXPECT_FALSE(open.complete);
  EXPECT_EQ(open.missing, std::vector<std::string>{"medial malleolus bone tenderness"});
  EXPECT_TRUE(open.interpretation.empty());
  // A positive foot rule is settled while the ankle zone is unknown, and says so.
  const auto foot = ScoreOf("ottawa_ankle", {{"midfoot_pain", 1}, {"fifth_metatarsal_tender", 1}});
  EXPECT_FALSE(foot.complete);
  EXPECT_TRUE(Mentions(foot.interpretation, "foot X-ray series indicated"));
  EXPECT_TRUE(Mentions(foot.interpretation, "ankle rule is not yet settled"));
  EXPECT_NE(std::find(foot.missing.begin(), foot.missing.end(), "pain in the malleolar zone"),
            foot.missing.end());
}

TEST(OttawaAnkle, RefusesWithoutPainInEitherZoneOrUnderTwo) {
  EXPECT_EQ(RefusalOf("ottawa_ankle", {{"malleolar_pain", 0}, {"midfoot_pain", 0}}),
            StatusCode::kInvalidArgument);
  EXPECT_EQ(RefusalOf("ottawa_ankle", {{"malleolar_pain", 1}, {"age", 1}}),
            StatusCode::kInvalidArgument);
  EXPECT_TRUE(
      DefaultEngine().ComputeScore("ottawa_ankle", {{"malleolar_pain", 1}, {"age", 2}}).ok());
  EXPECT_EQ(RefusalOf("ottawa_ankle", {{"navicular_tender", 2}}), StatusCode::kInvalidArgument);
}

}  // namespace
}  // namespace sanus::testing
