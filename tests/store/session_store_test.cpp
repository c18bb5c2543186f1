#include "sanus/session_store.h"

#include <gtest/gtest.h>

#include <cstdio>
#include <filesystem>

namespace sanus {
namespace {

class SessionStoreTest : public ::testing::Test {
 protected:
  void SetUp() override {
    path_ = (std::filesystem::temp_directory_path() /
             ("sanus_sessions_" + std::to_string(::testing::UnitTest::GetInstance()->random_seed()) + "_" +
              ::testing::UnitTest::GetInstance()->current_test_info()->name() + ".db"))
                .string();
    std::filesystem::remove(path_);
  }
  void TearDown() override {
    for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(path_ + suffix);
  }
  std::string path_;
};

TEST_F(SessionStoreTest, StoresAndResumesAnInterview) {
  std::string id;
  {
    auto store = SessionStore::Open(path_);
    ASSERT_TRUE(store.ok()) << store.status().message();
    auto created = (*store)->Create({"bad headache", 34.0, Sex::kFemale, Mode::kPatient, {}, {}}, "kb-1");
    ASSERT_TRUE(created.ok());
    id = *created;
    EXPECT_EQ(id.size(), 32u);
    ASSERT_TRUE((*store)->AddAnswer(id, {"fever", Answer::kNo, std::nullopt}).ok());
    ASSERT_TRUE((*store)->AddAnswer(id, {"sudden_onset", Answer::kYes, std::nullopt}).ok());
    ASSERT_TRUE((*store)->AddAnswer(id, {"fever", Answer::kYes, 38.4}).ok());
  }  // closed as a killed process would leave it: every answer was committed on return
  auto store = SessionStore::Open(path_);
  ASSERT_TRUE(store.ok());
  auto session = (*store)->Load(id);
  ASSERT_TRUE(session.ok());
  EXPECT_EQ(session->request.text, "bad headache");
  EXPECT_EQ(session->request.age_years, 34.0);
  EXPECT_EQ(session->request.sex, Sex::kFemale);
  EXPECT_EQ(session->knowledge_version, "kb-1");
  ASSERT_EQ(session->answers.size(), 3u);
  EXPECT_EQ(session->answers[0].finding_id, "fever");
  EXPECT_EQ(session->answers[0].answer, Answer::kNo);
  EXPECT_EQ(session->answers[1].answer, Answer::kYes);
  EXPECT_EQ(session->answers[2].value, 38.4);
  EXPECT_FALSE(session->finished);
}

TEST_F(SessionStoreTest, FinishedSessionsTakeNoMoreAnswers) {
  auto store = SessionStore::Open(path_);
  ASSERT_TRUE(store.ok());
  auto id = (*store)->Create({"cough", std::nullopt, Sex::kUnknown, Mode::kClinician, {}, {}}, "kb-1");
  ASSERT_TRUE(id.ok());
  ASSERT_TRUE((*store)->Finish(*id).ok());
  EXPECT_EQ((*store)->AddAnswer(*id, {"fever", Answer::kNo, std::nullopt}).code(),
            StatusCode::kFailedPrecondition);
  EXPECT_TRUE((*store)->Load(*id)->finished);
  EXPECT_EQ((*store)->Load(*id)->request.mode, Mode::kClinician);
}

TEST_F(SessionStoreTest, UnknownIdsAndUnusableFilesAreClearErrors) {
  auto store = SessionStore::Open(path_);
  ASSERT_TRUE(store.ok());
  EXPECT_EQ((*store)->Load("nope").status().code(), StatusCode::kNotFound);
  EXPECT_EQ((*store)->AddAnswer("nope", {"fever", Answer::kNo, std::nullopt}).code(), StatusCode::kNotFound);
  EXPECT_FALSE(SessionStore::Open("/no/such/dir/sessions.db").ok());
  FILE* junk = std::fopen((path_ + ".junk").c_str(), "wb");
  std::fputs("this is not a database, just some text that is long enough to be a header", junk);
  std::fclose(junk);
  auto bad = SessionStore::Open(path_ + ".junk");
  EXPECT_FALSE(bad.ok());
  std::filesystem::remove(path_ + ".junk");
}

}  // namespace
}  // namespace sanus
