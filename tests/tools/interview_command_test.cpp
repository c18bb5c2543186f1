#include "interview_command.h"

#include <gtest/gtest.h>

#include "default_engine.h"

#include <filesystem>
#include <sstream>

namespace sanus::tools {
namespace {

TEST(InterviewCommand, ParsesAnswersAsPeopleTypeThem) {
  const Question q{"fever", "Fever?", "", false, "temperature_c", {}};
  EXPECT_EQ(ParseAnswer("Yes", q)->answer, Answer::kYes);
  EXPECT_EQ(ParseAnswer(" n ", q)->answer, Answer::kNo);
  EXPECT_EQ(ParseAnswer("don't know", q)->answer, Answer::kDontKnow);
  EXPECT_EQ(ParseAnswer("38.6", q)->value, 38.6);
  EXPECT_EQ(ParseAnswer("38.6c", q)->value, 38.6);
  EXPECT_FALSE(ParseAnswer("maybe later", q));
  const Question plain{"cough", "Cough?", "", false, "", {}};
  EXPECT_FALSE(ParseAnswer("12", plain));
  const Question how_long{"lasting_over_two_weeks", "How long?", "", false, "duration_hours",
                          {{"less than a day", 12}, {"1 to 3 days", 48}}};
  EXPECT_EQ(ParseAnswer("2", how_long)->value, 48);
  EXPECT_EQ(ParseAnswer("?", how_long)->answer, Answer::kDontKnow);
  EXPECT_FALSE(ParseAnswer("3", how_long));
  EXPECT_FALSE(ParseAnswer("yes", how_long));
}

TEST(InterviewCommand, ScriptedInterviewEndsAndCanBeResumedAfterInputEnds) {
  const Engine* engine = &testing::DefaultEngine();
  const auto db = (std::filesystem::temp_directory_path() / "sanus_interview_command_test.db").string();
  for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(db + suffix);
  InterviewArgs args;
  args.text = "sore throat and a cough";
  args.age = 25;
  args.db_path = db;
  args.max_questions = 4;
  std::istringstream two_answers("n\nn\n");
  std::ostringstream out;
  EXPECT_EQ(RunInterview(*engine, args, two_answers, out), 3);  // input ended: resumable
  const std::string text = out.str();
  const auto at = text.find("--resume ");
  ASSERT_NE(at, std::string::npos);
  args.resume_id = text.substr(at + 9, 32);
  args.text.clear();
  std::istringstream rest("n\nn\nn\nn\n");
  std::ostringstream end;
  EXPECT_EQ(RunInterview(*engine, args, rest, end), 0);
  EXPECT_NE(end.str().find("Done after 4 question(s)"), std::string::npos) << end.str();
  for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(db + suffix);
}

}  // namespace
}  // namespace sanus::tools
