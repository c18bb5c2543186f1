// The adaptive interview through the public API, on the default knowledge base.
#include <gtest/gtest.h>

#include <set>

#include "default_engine.h"

namespace sanus {
namespace {

class InterviewTest : public ::testing::Test {
 protected:
};


TEST_F(InterviewTest, ScreensForRedFlagsFirst) {
  // A headache: the first question checks for the thunderclap or meningitis warning signs.
  const AssessRequest request{"I've had a headache since this morning", 40.0, Sex::kMale, Mode::kPatient, {}, {}};
  auto step = testing::DefaultEngine().Interview(request, {});
  ASSERT_TRUE(step.ok()) << step.status().message();
  ASSERT_TRUE(step->next);
  EXPECT_TRUE(step->next->red_flag_screen);
  EXPECT_FALSE(step->next->why.empty());
  EXPECT_FALSE(step->next->text.empty());
}

TEST_F(InterviewTest, AnsweringARedFlagEscalates) {
  const AssessRequest request{"I've had a headache since this morning", 40.0, Sex::kMale, Mode::kPatient, {}, {}};
  std::vector<InterviewAnswer> answers;
  for (int i = 0; i < 15; ++i) {
    auto step = testing::DefaultEngine().Interview(request, answers);
    ASSERT_TRUE(step.ok());
    if (!step->next) break;
    // The simulated patient has a stiff neck and a fever, and nothing else.
    const auto& id = step->next->finding_id;
    const bool yes = id == "neck_stiffness" || id == "fever";
    answers.push_back({id, yes ? Answer::kYes : Answer::kDontKnow, std::nullopt});
  }
  auto final_step = testing::DefaultEngine().Interview(request, answers);
  ASSERT_TRUE(final_step.ok());
  EXPECT_TRUE(IsEmergency(final_step->assessment.triage.level));
}

TEST_F(InterviewTest, ScreensTheLikeliestWarningSignFirst) {
  // A headache alone: a sudden onset (thunderclap) is a common, decisive warning sign, and is
  // asked before rare ones such as swelling seen at the back of the eye at an eye check.
  const AssessRequest request{"I've had a headache since this morning", 40.0, Sex::kMale, Mode::kPatient, {}, {}};
  auto step = testing::DefaultEngine().Interview(request, {});
  ASSERT_TRUE(step.ok()) << step.status().message();
  ASSERT_TRUE(step->next);
  EXPECT_EQ(step->next->finding_id, "sudden_onset");
}

// The findings an interview asks about when every answer is "don't know".
std::vector<std::string> AskedWhenUnsure(const AssessRequest& request) {
  std::vector<InterviewAnswer> answers;
  std::vector<std::string> asked;
  for (int i = 0; i < 15; ++i) {
    auto step = testing::DefaultEngine().Interview(request, answers);
    EXPECT_TRUE(step.ok());
    if (!step.ok() || !step->next) break;
    asked.push_back(step->next->finding_id);
    answers.push_back({step->next->finding_id, Answer::kDontKnow, std::nullopt});
  }
  return asked;
}

TEST_F(InterviewTest, NeverAsksAManWhetherHeIsPregnant) {
  for (const char* complaint : {"I've had a headache since this morning", "tummy pain and being sick"}) {
    for (const auto& id : AskedWhenUnsure({complaint, 35.0, Sex::kMale, Mode::kPatient, {}, {}})) {
      EXPECT_NE(id, "pregnant") << complaint;
    }
  }
}

TEST_F(InterviewTest, NeverAsksAPatientForATestResult) {
  std::set<std::string> results;
  for (const auto& f : testing::DefaultEngine().Findings()) {
    if (f.kind == "test") results.insert(f.id);
  }
  ASSERT_FALSE(results.empty());
  for (const char* complaint : {"fever and a bad headache since yesterday", "feeling breathless and very tired",
                                "pain in my tummy and I keep being sick"}) {
    for (const auto& id : AskedWhenUnsure({complaint, 45.0, Sex::kFemale, Mode::kPatient, {}, {}})) {
      EXPECT_FALSE(results.count(id)) << complaint << ": asked " << id;
    }
  }
}

TEST_F(InterviewTest, StopsAtTheLimitAndSaysWhy) {
  const AssessRequest request{"feeling unwell", 30.0, Sex::kFemale, Mode::kClinician, {}, {}};
  InterviewOptions options;
  options.max_questions = 3;
  std::vector<InterviewAnswer> answers;
  for (int i = 0; i < 3; ++i) {
    auto step = testing::DefaultEngine().Interview(request, answers, options);
    ASSERT_TRUE(step.ok());
    if (!step->next) break;
    answers.push_back({step->next->finding_id, Answer::kDontKnow, std::nullopt});
  }
  auto step = testing::DefaultEngine().Interview(request, answers, options);
  ASSERT_TRUE(step.ok());
  EXPECT_FALSE(step->next);
  EXPECT_FALSE(step->stop_reason.empty());
}

TEST_F(InterviewTest, NeverAsksWhatCannotApply) {
  // A man is never asked whether he is pregnant, however the interview goes.
  const AssessRequest request{"tummy pain and feeling sick", 30.0, Sex::kMale, Mode::kPatient, {}, {}};
  std::vector<InterviewAnswer> answers;
  for (int i = 0; i < 15; ++i) {
    auto step = testing::DefaultEngine().Interview(request, answers);
    ASSERT_TRUE(step.ok());
    if (!step->next) break;
    EXPECT_NE(step->next->finding_id, "pregnant");
    EXPECT_NE(step->next->finding_id, "missed_period");
    answers.push_back({step->next->finding_id, Answer::kNo, std::nullopt});
  }
}

TEST_F(InterviewTest, RejectsBadAnswersAndOptions) {
  const AssessRequest request{"cough", 30.0, Sex::kMale, Mode::kPatient, {}, {}};
  EXPECT_EQ(testing::DefaultEngine().Interview(request, {{"no_such_finding", Answer::kYes, std::nullopt}}).status().code(),
            StatusCode::kInvalidArgument);
  EXPECT_EQ(testing::DefaultEngine().Interview(request, {{"cough", Answer::kYes, 38.0}}).status().code(),
            StatusCode::kInvalidArgument);  // cough takes no measured value
  InterviewOptions options;
  options.max_questions = 0;
  EXPECT_EQ(testing::DefaultEngine().Interview(request, {}, options).status().code(), StatusCode::kInvalidArgument);
}

}  // namespace
}  // namespace sanus
