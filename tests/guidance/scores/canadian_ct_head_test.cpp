// The Canadian CT Head Rule against Stiell 2001: five high-risk and two medium-risk criteria,
// only for minor head injury (GCS 13-15, age 16 or over, no blood thinners, no seizure).
#include "guidance/scores/score_test_util.h"

namespace sanus::testing {
namespace {

// A 30-year-old with a minor head injury and no criterion met.
ScoreInputs NoCriteria() {
  return {{"age", 30},
          {"gcs", 15},
          {"minor_head_injury", 1},
          {"anticoagulant", 0},
          {"seizure", 0},
          {"gcs_2h", 15},
          {"open_or_depressed_fracture", 0},
          {"basal_skull_fracture", 0},
          {"vomiting_episodes", 1},
          {"amnesia_before_impact_min", 10},
          {"dangerous_mechanism", 0}};
}

ScoreInputs With(ScoreInputs inputs, const ScoreInputs& changes) {
  for (const auto& [name, value] : changes) inputs[name] = value;
  return inputs;
}

TEST(CanadianCtHead, NoCriterionIsNegative) {
  const auto r = ScoreOf("canadian_ct_head", NoCriteria());
  EXPECT_TRUE(r.complete);
  EXPECT_EQ(r.points, 0);
  EXPECT_TRUE(Mentions(r.interpretation, "rule negative"));
  EXPECT_EQ(r.citations.size(), 3u);
}

TEST(CanadianCtHead, HighRiskEdges) {
  EXPECT_EQ(ScoreOf("canadian_ct_head", With(NoCriteria(), {{"age", 64}})).points, 0);
  const auto old = ScoreOf("canadian_ct_head", With(NoCriteria(), {{"age", 65}}));
  EXPECT_EQ(old.points, 1);
  EXPECT_TRUE(Mentions(old.interpretation, "high risk for neurosurgical intervention"));
  EXPECT_TRUE(Mentions(old.interpretation, "age >= 65"));
  EXPECT_EQ(ScoreOf("canadian_ct_head", With(NoCriteria(), {{"vomiting_episodes", 2}})).points, 1);
  const auto gcs = ScoreOf("canadian_ct_head", With(NoCriteria(), {{"gcs", 14}, {"gcs_2h", 14}}));
  EXPECT_EQ(gcs.points, 1);
  EXPECT_TRUE(Mentions(gcs.interpretation, "GCS < 15 at 2 hours"));
  EXPECT_EQ(ScoreOf("canadian_ct_head", With(NoCriteria(), {{"basal_skull_fracture", 1}})).points,
            1);
  EXPECT_EQ(
      ScoreOf("canadian_ct_head", With(NoCriteria(), {{"open_or_depressed_fracture", 1}})).points,
      1);
}

TEST(CanadianCtHead, MediumRiskCriteriaAndTheirEdge) {
  EXPECT_EQ(
      ScoreOf("canadian_ct_head", With(NoCriteria(), {{"amnesia_before_impact_min", 29}})).points,
      0);
  const auto amnesia =
      ScoreOf("canadian_ct_head", With(NoCriteria(), {{"amnesia_before_impact_min", 30}}));
  EXPECT_EQ(amnesia.points, 1);
  EXPECT_TRUE(Mentions(amnesia.interpretation, "CT head indicated"));
  EXPECT_TRUE(Mentions(amnesia.interpretation, "medium risk for brain injury on CT"));
  const auto fall = ScoreOf("canadian_ct_head", With(NoCriteria(), {{"dangerous_mechanism", 1}}));
  EXPECT_TRUE(Mentions(fall.interpretation, "dangerous mechanism"));
}

TEST(CanadianCtHead, PositiveIsSettledWhileIncompleteButNegativeIsNot) {
  const auto r = ScoreOf("canadian_ct_head", {{"age", 70}, {"gcs", 15}});
  EXPECT_FALSE(r.complete);
  EXPECT_EQ(r.missing.size(), 6u);
  EXPECT_TRUE(Mentions(r.interpretation, "rule positive"));
  auto inputs = NoCriteria();
  inputs.erase("dangerous_mechanism");
  const auto open = ScoreOf("canadian_ct_head", inputs);
  EXPECT_FALSE(open.complete);
  EXPECT_TRUE(open.interpretation.empty());
  // A medium-risk criterion met while high-risk ones are unknown still settles the rule.
  const auto medium = ScoreOf("canadian_ct_head", {{"dangerous_mechanism", 1}});
  EXPECT_TRUE(Mentions(medium.interpretation, "high-risk criteria not all known"));
}

TEST(CanadianCtHead, RefusesPeopleTheRuleIsNotFor) {
  EXPECT_EQ(RefusalOf("canadian_ct_head", With(NoCriteria(), {{"age", 15}})),
            StatusCode::kInvalidArgument);
  EXPECT_EQ(ScoreOf("canadian_ct_head", With(NoCriteria(), {{"age", 16}})).points, 0);
  EXPECT_EQ(RefusalOf("canadian_ct_head", With(NoCriteria(), {{"gcs", 12}})),
            StatusCode::kInvalidArgument);
  EXPECT_EQ(ScoreOf("canadian_ct_head", With(NoCriteria(), {{"gcs", 13}})).points, 0);
  EXPECT_EQ(RefusalOf("canadian_ct_head", With(NoCriteria(), {{"anticoagulant", 1}})),
            StatusCode::kInvalidArgument);
  EXPECT_EQ(RefusalOf("canadian_ct_head", With(NoCriteria(), {{"seizure", 1}})),
            StatusCode::kInvalidArgument);
  EXPECT_EQ(RefusalOf("canadian_ct_head", With(NoCriteria(), {{"minor_head_injury", 0}})),
            StatusCode::kInvalidArgument);
}

TEST(CanadianCtHead, RefusesValuesOutOfRange) {
  EXPECT_EQ(RefusalOf("canadian_ct_head", {{"gcs_2h", 16}}), StatusCode::kInvalidArgument);
  EXPECT_EQ(RefusalOf("canadian_ct_head", {{"gcs", 14.5}}), StatusCode::kInvalidArgument);
  EXPECT_EQ(RefusalOf("canadian_ct_head", {{"vomiting_episodes", 1.5}}),
            StatusCode::kInvalidArgument);
  EXPECT_EQ(RefusalOf("canadian_ct_head", {{"dangerous_mechanism", 2}}),
            StatusCode::kInvalidArgument);
}

}  // namespace
}  // namespace sanus::testing
