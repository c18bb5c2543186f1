// The audit log's two backends: SQLite always; PostgreSQL when SANUS_TEST_POSTGRES_URI names a
// real server (tests/store/postgres_audit_test.sh starts one and sets it).
#include "sanus/audit_log.h"

#include <gtest/gtest.h>

#include <atomic>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <set>
#include <thread>

namespace sanus {
namespace {

AuditRecord Record(const std::string& request_id) {
  return {"2026-11-26T02:40:00.123Z", "node-a", request_id, "/v1/assess", "kb-1", "key-hash",
          R"({"text":"chest pain"})", R"({"triage":{"level":"emergency_ambulance"}})"};
}

std::string TempPath(const std::string& name) {
  return (std::filesystem::temp_directory_path() /
          ("sanus_audit_" + std::to_string(::testing::UnitTest::GetInstance()->random_seed()) + "_" + name))
      .string();
}

class SqliteAuditLogTest : public ::testing::Test {
 protected:
  void SetUp() override { std::filesystem::remove(path_); }
  void TearDown() override {
    for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(path_ + suffix);
  }
  std::string path_ = TempPath(::testing::UnitTest::GetInstance()->current_test_info()->name() + std::string(".db"));
};

TEST_F(SqliteAuditLogTest, RecordsSurviveReopeningWithEveryField) {
  {
    auto log = AuditLog::Open(path_);
    ASSERT_TRUE(log.ok()) << log.status().message();
    ASSERT_TRUE((*log)->Append(Record("r1")).ok());
    ASSERT_TRUE((*log)->Append(Record("r2")).ok());
  }
  auto log = AuditLog::Open(path_);
  ASSERT_TRUE(log.ok());
  auto records = (*log)->Records();
  ASSERT_TRUE(records.ok());
  ASSERT_EQ(records->size(), 2u);
  const AuditRecord& first = records->front();
  const AuditRecord expected = Record("r1");
  EXPECT_EQ(first.time, expected.time);
  EXPECT_EQ(first.node, expected.node);
  EXPECT_EQ(first.request_id, "r1");
  EXPECT_EQ(first.route, expected.route);
  EXPECT_EQ(first.knowledge_version, expected.knowledge_version);
  EXPECT_EQ(first.key_id, expected.key_id);
  EXPECT_EQ(first.input, expected.input);
  EXPECT_EQ(first.output, expected.output);
  EXPECT_EQ(records->back().request_id, "r2");
}

TEST_F(SqliteAuditLogTest, UnusableTargetsAreClearErrors) {
  auto nowhere = AuditLog::Open("/nonexistent-dir/sub/audit.db");
  ASSERT_FALSE(nowhere.ok());
  EXPECT_EQ(nowhere.status().code(), StatusCode::kUnavailable);
  std::ofstream(path_) << "this is not a database, it is a text file that is long enough to be read";
  auto garbage = AuditLog::Open(path_);
  ASSERT_FALSE(garbage.ok());
  EXPECT_EQ(garbage.status().code(), StatusCode::kDataLoss);
  EXPECT_EQ(AuditLog::Open("").status().code(), StatusCode::kInvalidArgument);
}

TEST(PostgresAuditLog, AnUnreachableServerIsUnavailable) {
  auto log = AuditLog::Open("postgresql:///sanus?host=/nonexistent-socket-dir&connect_timeout=2");
  ASSERT_FALSE(log.ok());
  EXPECT_EQ(log.status().code(), StatusCode::kUnavailable);
}

// The rest needs a real server.
class PostgresAuditLogTest : public ::testing::Test {
 protected:
  void SetUp() override {
    const char* uri = std::getenv("SANUS_TEST_POSTGRES_URI");
    if (!uri) GTEST_SKIP() << "SANUS_TEST_POSTGRES_URI is not set (tests/store/postgres_audit_test.sh sets it)";
    uri_ = uri;
  }
  std::string uri_;
};

TEST_F(PostgresAuditLogTest, RecordsKeepEveryFieldAndTheirOrder) {
  auto log = AuditLog::Open(uri_);
  ASSERT_TRUE(log.ok()) << log.status().message();
  const std::string id = "pg-" + std::to_string(::testing::UnitTest::GetInstance()->random_seed());
  ASSERT_TRUE((*log)->Append(Record(id)).ok());
  auto records = (*log)->Records();
  ASSERT_TRUE(records.ok()) << records.status().message();
  ASSERT_FALSE(records->empty());
  const AuditRecord& last = records->back();
  EXPECT_EQ(last.request_id, id);
  EXPECT_EQ(last.time, "2026-11-26T02:40:00.123Z");
  EXPECT_EQ(last.input, Record(id).input);
  EXPECT_EQ(last.output, Record(id).output);
  EXPECT_EQ(last.key_id, "key-hash");
}

TEST_F(PostgresAuditLogTest, SeveralNodesWriteOneLog) {
  constexpr int kNodes = 3, kEach = 40;
  std::vector<std::thread> nodes;
  std::atomic<int> failures{0};
  const std::string prefix = "multi-" + std::to_string(::testing::UnitTest::GetInstance()->random_seed()) + "-";
  for (int n = 0; n < kNodes; ++n) {
    nodes.emplace_back([&, n] {
      auto log = AuditLog::Open(uri_);  // its own connection, as a separate server would have
      if (!log.ok()) return (void)++failures;
      for (int i = 0; i < kEach; ++i) {
        const Status s = (*log)->Append(Record(prefix + std::to_string(n) + "-" + std::to_string(i)));
        if (!s.ok()) {
          ++failures;
          ADD_FAILURE() << s.message();
        }
      }
    });
  }
  for (auto& t : nodes) t.join();
  EXPECT_EQ(failures.load(), 0);
  auto reader = AuditLog::Open(uri_);
  ASSERT_TRUE(reader.ok());
  auto records = (*reader)->Records();
  ASSERT_TRUE(records.ok()) << records.status().message();
  std::set<std::string> ids;
  for (const auto& r : *records) {
    if (r.request_id.starts_with(prefix)) ids.insert(r.request_id);
  }
  EXPECT_EQ(ids.size(), static_cast<size_t>(kNodes * kEach));
}

TEST_F(PostgresAuditLogTest, InvalidJsonIsRefusedNotStored) {
  auto log = AuditLog::Open(uri_);
  ASSERT_TRUE(log.ok());
  AuditRecord bad = Record("bad-json");
  bad.output = "{not json";
  const Status s = (*log)->Append(bad);
  EXPECT_EQ(s.code(), StatusCode::kUnavailable);
  EXPECT_TRUE((*log)->Append(Record("after-bad-json")).ok()) << "the connection stays usable";
}

}  // namespace
}  // namespace sanus
