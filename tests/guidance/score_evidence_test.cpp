// Scores read from an assessment's evidence: only what the person said settles a criterion.
#include <gtest/gtest.h>

#include <algorithm>

#include "default_engine.h"

namespace sanus {
namespace {

Assessment Assess(const std::string& text, double age) {
  AssessRequest request;
  request.text = text;
  request.age_years = age;
  request.mode = Mode::kClinician;
  auto a = testing::DefaultEngine().Assess(request);
  EXPECT_TRUE(a.ok()) << a.status().message();
  return a.ok() ? *a : Assessment{};
}

const ScoreResult* Find(const std::vector<ScoreResult>& scores, const std::string& id) {
  auto it = std::find_if(scores.begin(), scores.end(), [&](const ScoreResult& s) { return s.id == id; });
  return it == scores.end() ? nullptr : &*it;
}

bool Missing(const ScoreResult& s, const std::string& words) {
  return std::any_of(s.missing.begin(), s.missing.end(),
                     [&](const std::string& m) { return m.find(words) != std::string::npos; });
}

TEST(ScoresFromAssessment, WhatThePersonSaidCountsAndWhatTheyDidNotStaysMissing) {
  const auto a = Assess("sore throat for 2 days, fever 38.6, no cough, pus on my tonsils", 24);
  const auto scores = testing::DefaultEngine().ScoresFromAssessment(a, {"mcisaac", "feverpain"});
  const auto* mcisaac = Find(scores, "mcisaac");
  ASSERT_NE(mcisaac, nullptr);
  EXPECT_FALSE(mcisaac->complete);
  EXPECT_EQ(mcisaac->points, 3);  // temperature, no cough, exudate; age 24 counts 0
  EXPECT_TRUE(Missing(*mcisaac, "neck glands"));
  ASSERT_NE(Find(scores, "feverpain"), nullptr);
}

TEST(ScoresFromAssessment, ADenialCountsAsNoButSilenceDoesNot) {
  const auto denied = Assess("cough and fever, not confused, breathing 32 a minute", 70);
  const auto denied_scores = testing::DefaultEngine().ScoresFromAssessment(denied, {"curb65"});
  const auto* curb = Find(denied_scores, "curb65");
  ASSERT_NE(curb, nullptr);
  EXPECT_FALSE(Missing(*curb, "confusion"));
  const auto silent = Assess("cough and fever, breathing 32 a minute", 70);
  const auto silent_scores = testing::DefaultEngine().ScoresFromAssessment(silent, {"curb65"});
  const auto* curb_silent = Find(silent_scores, "curb65");
  ASSERT_NE(curb_silent, nullptr);
  EXPECT_TRUE(Missing(*curb_silent, "confusion"));
  EXPECT_EQ(curb_silent->points, 2);  // respiratory rate 32 and age 70
}

TEST(ScoresFromAssessment, AScoreWithNothingButAgeIsNotShown) {
  const auto a = Assess("itchy rash on my arm", 80);
  EXPECT_TRUE(testing::DefaultEngine().ScoresFromAssessment(a, {"cha2ds2vasc", "curb65", "no_such"}).empty());
}

}  // namespace
}  // namespace sanus
