// The clinical scores, against worked examples built from each score's published criteria.
#include <gtest/gtest.h>

#include <set>

#include "default_engine.h"
#include "guidance/scores/score.h"

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

TEST(Scores, EveryScoreIsListedOnceAndCitesOnlyRegisteredSources) {
  const Engine& engine = testing::DefaultEngine();
  std::set<std::string> ids;
  for (const auto& s : guidance::AllScores()) {
    EXPECT_TRUE(ids.insert(s.definition.id).second) << s.definition.id << " is listed twice";
    EXPECT_FALSE(s.source_ids.empty()) << s.definition.id;
    // With no inputs every score is incomplete, never refused, and cites each of its sources.
    auto r = engine.ComputeScore(s.definition.id, {});
    ASSERT_TRUE(r.ok()) << s.definition.id << ": " << r.status().message();
    EXPECT_FALSE(r->complete) << s.definition.id;
    EXPECT_EQ(r->citations.size(), s.source_ids.size()) << s.definition.id << " cites an unregistered source";
  }
  for (const char* id : {"wells_pe", "wells_dvt", "perc", "feverpain", "hasbled", "canadian_ct_head", "ottawa_ankle",
                         "phq9", "alvarado"}) {
    EXPECT_EQ(ids.count(id), 1u) << id;
  }
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

namespace sanus {
namespace {

TEST(News2, NormalObservationsScoreZero) {
  const auto r = Score("news2", {{"resp_rate", 16}, {"spo2", 97}, {"on_oxygen", 0}, {"systolic_bp", 125},
                                 {"heart_rate", 72}, {"new_confusion_or_avpu", 0}, {"temperature_c", 36.8}});
  EXPECT_TRUE(r.complete);
  EXPECT_EQ(r.points, 0);
  EXPECT_NE(r.interpretation.find("low"), std::string::npos);
}

TEST(News2, EachBandEdgeScoresAsTheChartSays) {
  // RR 25 (3), SpO2 93 on scale 1 (2), oxygen (2), SBP 100 (2), pulse 111 (2), alert (0),
  // temperature 39.1 (2) = 13.
  const auto r = Score("news2", {{"resp_rate", 25}, {"spo2", 93}, {"on_oxygen", 1}, {"systolic_bp", 100},
                                 {"heart_rate", 111}, {"new_confusion_or_avpu", 0}, {"temperature_c", 39.1}});
  EXPECT_EQ(r.points, 13);
  EXPECT_NE(r.interpretation.find("high"), std::string::npos);
}

TEST(News2, ASingleThreeMeansUrgentReviewAndScaleTwoDiffers) {
  const auto r = Score("news2", {{"resp_rate", 18}, {"spo2", 97}, {"on_oxygen", 0}, {"systolic_bp", 120},
                                 {"heart_rate", 80}, {"new_confusion_or_avpu", 1}, {"temperature_c", 37}});
  EXPECT_EQ(r.points, 3);
  EXPECT_NE(r.interpretation.find("single parameter"), std::string::npos);
  // 89% scores 3 on scale 1 but 0 on scale 2 (target 88-92%).
  EXPECT_EQ(Score("news2", {{"spo2", 89}}).counted.front(), "SpO2: 3");
  EXPECT_EQ(Score("news2", {{"spo2", 89}, {"spo2_scale2", 1}}).counted.front(), "SpO2: 0");
}

TEST(Gcs, ComponentsAddUpAndUntestableIsIncomplete) {
  EXPECT_EQ(Score("gcs", {{"eye", 4}, {"verbal", 5}, {"motor", 6}}).points, 15);
  const auto severe = Score("gcs", {{"eye", 2}, {"verbal", 2}, {"motor", 4}});
  EXPECT_EQ(severe.points, 8);
  EXPECT_NE(severe.interpretation.find("severe"), std::string::npos);
  const auto intubated = Score("gcs", {{"eye", 3}, {"motor", 5}});
  EXPECT_FALSE(intubated.complete);
  EXPECT_EQ(intubated.min_possible, 9);
  EXPECT_EQ(intubated.max_possible, 13);
  EXPECT_EQ(testing::DefaultEngine().ComputeScore("gcs", {{"eye", 5}}).status().code(), StatusCode::kInvalidArgument);
}

}  // namespace
}  // namespace sanus

namespace sanus {
namespace {

TEST(Heart, BandsFollowTheScore) {
  // Moderately suspicious history 1, normal ECG 0, age 58 -> 1, two risk factors -> 1,
  // troponin at the normal limit -> 0: 3, low.
  const auto low = Score("heart", {{"history", 1}, {"ecg", 0}, {"age", 58}, {"risk_factors", 2}, {"troponin_ratio", 1}});
  EXPECT_EQ(low.points, 3);
  EXPECT_NE(low.interpretation.find("low"), std::string::npos);
  // Highly suspicious 2, ST deviation 2, age 70 -> 2, known atherosclerosis -> 2, troponin 4x -> 2.
  const auto high = Score("heart", {{"history", 2}, {"ecg", 2}, {"age", 70}, {"known_atherosclerosis", 1},
                                    {"troponin_ratio", 4}});
  EXPECT_EQ(high.points, 10);
  EXPECT_NE(high.interpretation.find("high"), std::string::npos);
  EXPECT_EQ(testing::DefaultEngine().ComputeScore("heart", {{"ecg", 3}}).status().code(), StatusCode::kInvalidArgument);
}

TEST(Cha2ds2Vasc, CountsAgeDoubleAndSexOnlyAlongsideAnotherFactor) {
  const auto r = Score("cha2ds2vasc", {{"heart_failure", 1}, {"hypertension", 1}, {"age", 64}, {"diabetes", 1},
                                       {"stroke_tia", 1}, {"vascular_disease", 0}, {"female", 0}});
  EXPECT_EQ(r.points, 5);  // 1 + 1 + 0 + 1 + 2
  const auto woman = Score("cha2ds2vasc", {{"heart_failure", 0}, {"hypertension", 0}, {"age", 50}, {"diabetes", 0},
                                           {"stroke_tia", 0}, {"vascular_disease", 0}, {"female", 1}});
  EXPECT_EQ(woman.points, 1);
  EXPECT_NE(woman.interpretation.find("low"), std::string::npos);
  EXPECT_EQ(Score("cha2ds2vasc", {{"age", 75}}).counted.front(), "age: 2");
}

}  // namespace
}  // namespace sanus
