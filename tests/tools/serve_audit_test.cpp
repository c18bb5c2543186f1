// The audit log's promise, end to end: `sanus serve` is killed with SIGKILL right after its
// responses were received, and every acknowledged assessment, interview step and answer is then
// found in the log with the input and the exact output the client got. Runs the real binary
// against SQLite, and against PostgreSQL when SANUS_TEST_POSTGRES_URI is set.
#include <gtest/gtest.h>
#include <httplib.h>
#include <netinet/in.h>
#include <signal.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <nlohmann/json.hpp>

#include <chrono>
#include <filesystem>
#include <map>
#include <mutex>
#include <thread>

#include "sanus/audit_log.h"

namespace sanus {
namespace {

// A port nothing listens on now (the kernel's choice for an ephemeral bind).
int FreePort() {
  const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in addr{};
  addr.sin_family = AF_INET;
  addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  ::bind(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr);
  socklen_t size = sizeof addr;
  ::getsockname(fd, reinterpret_cast<sockaddr*>(&addr), &size);
  ::close(fd);
  return ntohs(addr.sin_port);
}

// `sanus serve` in a child process, killed with SIGKILL (never a clean shutdown).
class ServeProcess {
 public:
  ServeProcess(const std::string& audit_target, const std::string& session_db) : port_(FreePort()) {
    pid_ = ::fork();
    if (pid_ == 0) {
      const std::string port = std::to_string(port_);
      ::execl(SANUS_BINARY, SANUS_BINARY, "serve", "--port", port.c_str(), "--audit-db", audit_target.c_str(),
              "--db", session_db.c_str(), "--rate-limit", "0", static_cast<char*>(nullptr));
      ::_exit(127);
    }
  }
  ~ServeProcess() { Kill(); }
  bool WaitUntilReady() {
    httplib::Client client("127.0.0.1", port_);
    for (int i = 0; i < 600; ++i) {
      if (auto r = client.Get("/healthz"); r && r->status == 200) return true;
      std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
    return false;
  }
  void Kill() {
    if (pid_ <= 0) return;
    ::kill(pid_, SIGKILL);
    ::waitpid(pid_, nullptr, 0);
    pid_ = -1;
  }
  int port() const { return port_; }

 private:
  int port_;
  pid_t pid_ = -1;
};

// What the client was told, by request id.
using Acknowledged = std::map<std::string, std::string>;

class ServeAuditTest : public ::testing::TestWithParam<std::string> {
 protected:
  void SetUp() override {
    const std::string stem = (std::filesystem::temp_directory_path() /
                              ("sanus_serve_audit_" + std::to_string(::getpid()))).string();
    sessions_ = stem + "-sessions.db";
    if (GetParam() == "sqlite") {
      target_ = stem + "-audit.db";
    } else {
      const char* uri = std::getenv("SANUS_TEST_POSTGRES_URI");
      if (!uri) GTEST_SKIP() << "SANUS_TEST_POSTGRES_URI is not set (tests/store/postgres_audit_test.sh sets it)";
      target_ = uri;
    }
  }
  void TearDown() override {
    for (const auto& file : {sessions_, target_}) {
      if (GetParam() == "postgres" && file == target_) continue;
      for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(file + suffix);
    }
  }
  // Posts and, on 200, remembers the body the client received under its request id.
  nlohmann::json PostAndRemember(int port, const std::string& path, const nlohmann::json& body) {
    httplib::Client client("127.0.0.1", port);
    auto r = client.Post(path.c_str(), body.dump(), "application/json");
    if (!r || r->status != 200) {
      ADD_FAILURE() << path << ": " << (r ? r->body : "no response");
      return nullptr;
    }
    std::lock_guard lock(mutex_);
    acknowledged_[r->get_header_value("X-Request-Id")] = r->body;
    return nlohmann::json::parse(r->body);
  }

  std::string target_, sessions_;
  std::mutex mutex_;
  Acknowledged acknowledged_;
};

TEST_P(ServeAuditTest, EveryAcknowledgedAdviceIsInTheLogAfterAKill) {
  ServeProcess server(target_, sessions_);
  ASSERT_TRUE(server.WaitUntilReady());
  const std::vector<std::string> complaints = {"crushing chest pain and sweating", "sore throat and a temperature",
                                               "burning when I pee", "headache for two days", "itchy rash on my arm"};
  std::vector<std::thread> clients;
  for (int c = 0; c < 4; ++c) {
    clients.emplace_back([&, c] {
      for (int i = 0; i < 10; ++i) {
        const std::string& text = complaints[static_cast<size_t>(c + i) % complaints.size()];
        (void)PostAndRemember(server.port(), "/v1/assess", {{"text", text}, {"age", 30 + i}});
      }
    });
  }
  for (auto& t : clients) t.join();
  const auto step = PostAndRemember(server.port(), "/v1/interviews", {{"text", "headache and a temperature"}});
  ASSERT_FALSE(step.is_null());
  const std::string session = step["session"];
  (void)PostAndRemember(server.port(), "/v1/interviews/" + session + "/answers",
                        {{"finding_id", step["next_question"]["finding_id"]}, {"answer", "no"}});
  (void)PostAndRemember(server.port(), "/v1/ask", {{"question", "how long does chickenpox last"}});
  server.Kill();  // right after the last response: nothing gets a chance to flush

  auto log = AuditLog::Open(target_);
  ASSERT_TRUE(log.ok()) << log.status().message();
  auto records = (*log)->Records();
  ASSERT_TRUE(records.ok()) << records.status().message();
  std::map<std::string, AuditRecord> by_id;
  for (const auto& r : *records) by_id[r.request_id] = r;
  ASSERT_EQ(acknowledged_.size(), 43u);
  for (const auto& [id, body] : acknowledged_) {
    auto found = by_id.find(id);
    ASSERT_NE(found, by_id.end()) << "request " << id << " was answered but is not in the audit log";
    // Compared as JSON: PostgreSQL's json type keeps the text, SQLite too, but the point is the content.
    EXPECT_EQ(nlohmann::json::parse(found->second.output), nlohmann::json::parse(body));
    EXPECT_FALSE(found->second.knowledge_version.empty());
    EXPECT_FALSE(found->second.input.empty());
  }
  EXPECT_EQ(by_id.at(acknowledged_.begin()->first).route.substr(0, 4), "/v1/");
}

INSTANTIATE_TEST_SUITE_P(Backends, ServeAuditTest, ::testing::Values("sqlite", "postgres"),
                         [](const ::testing::TestParamInfo<std::string>& backend) { return backend.param; });

}  // namespace
}  // namespace sanus
