// The JSON API against a real server on a loopback port: answers, clear JSON errors for bad
// requests, API keys for clinician requests, and metrics.
#include <gtest/gtest.h>

#include <unistd.h>

#include <filesystem>

#include "default_engine.h"
#include "http_api.h"
#include "tools/loopback_server.h"

namespace sanus::tools {
namespace {

class HttpApiTest : public ::testing::Test {
 protected:
  void SetUp() override {
    ApiOptions options;
    options.api_key = "test-key";
    options.max_body_bytes = 64 * 1024;
    db_ = (std::filesystem::temp_directory_path() / ("sanus-api-test-" + std::to_string(::getpid()) + ".db")).string();
    options.session_db = db_;
    api_ = std::make_unique<HttpApi>(testing::DefaultEngine(), options);
    server_ = std::make_unique<testing::LoopbackServer>([this](httplib::Server& s) { api_->Register(s); });
    port_ = server_->port();
    ASSERT_GT(port_, 0);
  }
  void TearDown() override {
    server_.reset();
    api_.reset();
    for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(db_ + suffix);
  }
  httplib::Result Post(const std::string& path, const std::string& body, const std::string& key = "") {
    httplib::Client client("127.0.0.1", port_);
    httplib::Headers headers;
    if (!key.empty()) headers.emplace("Authorization", "Bearer " + key);
    return client.Post(path, headers, body, "application/json");
  }
  static nlohmann::json Json(const httplib::Result& r) { return nlohmann::json::parse(r->body, nullptr, false); }

  std::unique_ptr<HttpApi> api_;
  std::unique_ptr<testing::LoopbackServer> server_;
  int port_ = 0;
  std::string db_;
};

TEST_F(HttpApiTest, AssessesAComplaint) {
  auto r = Post("/v1/assess", R"({"text": "crushing chest pain and sweating", "age": 58})");
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, 200);
  EXPECT_EQ(Json(r)["triage"]["level"], "emergency_ambulance");
}

TEST_F(HttpApiTest, BadRequestsGetAJsonErrorThatSaysWhatIsWrong) {
  auto not_json = Post("/v1/assess", "{not json");
  ASSERT_TRUE(not_json);
  EXPECT_EQ(not_json->status, 400);
  EXPECT_EQ(Json(not_json)["error"]["code"], "invalid_argument");
  auto missing = Post("/v1/assess", R"({"age": 40})");
  EXPECT_NE(Json(missing)["error"]["message"].get<std::string>().find("'text'"), std::string::npos);
  auto wrong_type = Post("/v1/assess", R"({"text": "cough", "age": "forty"})");
  EXPECT_EQ(wrong_type->status, 400);
  auto too_big = Post("/v1/assess", std::string(100 * 1024, 'a'));
  ASSERT_TRUE(too_big);
  EXPECT_EQ(too_big->status, 413);
  EXPECT_EQ(Json(too_big)["error"]["code"], "payload_too_large");
  httplib::Client client("127.0.0.1", port_);
  auto nowhere = client.Get("/v1/nowhere");
  ASSERT_TRUE(nowhere);
  EXPECT_EQ(Json(nowhere)["error"]["code"], "not_found");
  auto unknown_score = Post("/v1/scores/nonesuch", "{}", "test-key");
  EXPECT_EQ(unknown_score->status, 404);
}

TEST_F(HttpApiTest, ClinicianRequestsNeedTheKey) {
  EXPECT_EQ(Post("/v1/medications/check", R"({"medicines": ["simvastatin", "clarithromycin"]})")->status, 401);
  auto r = Post("/v1/medications/check", R"({"medicines": ["simvastatin", "clarithromycin"]})", "test-key");
  ASSERT_EQ(r->status, 200);
  EXPECT_TRUE(Json(r)["issues"][0]["onc_high_priority"].get<bool>());
  EXPECT_EQ(Post("/v1/assess", R"({"text": "cough", "mode": "clinician"})")->status, 401);
}

TEST_F(HttpApiTest, GuidanceScoresAndQuestions) {
  auto g = Post("/v1/guidance", R"({"condition": "pneumonia", "allergies": ["penicillin"]})", "test-key");
  ASSERT_EQ(g->status, 200);
  EXPECT_EQ(Json(g)["condition"], "pneumonia");
  auto s = Post("/v1/scores/curb65", R"({"inputs": {"confusion": 1, "resp_rate": 32, "age": 70}})", "test-key");
  ASSERT_EQ(s->status, 200);
  EXPECT_EQ(Json(s)["points"], 3);
  auto a = Post("/v1/ask", R"({"question": "how long does chickenpox last"})");
  ASSERT_EQ(a->status, 200);
  EXPECT_EQ(Json(a)["status"], "answered");
}

TEST_F(HttpApiTest, HealthAndMetrics) {
  httplib::Client client("127.0.0.1", port_);
  auto health = client.Get("/healthz");
  ASSERT_TRUE(health);
  EXPECT_EQ(Json(health)["status"], "ok");
  (void)Post("/v1/assess", R"({"text": "cough"})");
  auto openapi = client.Get("/openapi.json");
  ASSERT_TRUE(openapi);
  const auto doc = Json(openapi);
  EXPECT_EQ(doc["openapi"], "3.0.3");
  EXPECT_TRUE(doc["paths"].contains("/v1/assess"));
  EXPECT_TRUE(doc["paths"].contains("/v1/interviews/{session}/answers"));
  auto metrics = client.Get("/metrics");
  EXPECT_NE(metrics->body.find("sanus_requests_total{route=\"/v1/assess\",status=\"200\"}"), std::string::npos);
}

TEST_F(HttpApiTest, AnInterviewIsCreatedAnsweredAndResumedById) {
  auto created = Post("/v1/interviews", R"({"text": "headache and a temperature", "age": 30})");
  ASSERT_TRUE(created);
  ASSERT_EQ(created->status, 200) << created->body;
  const auto first = Json(created);
  const std::string id = first["session"];
  ASSERT_EQ(id.size(), 32u);
  ASSERT_FALSE(first["next_question"].is_null());
  const std::string finding = first["next_question"]["finding_id"];
  auto answered = Post("/v1/interviews/" + id + "/answers",
                       nlohmann::json{{"finding_id", finding}, {"answer", "no"}}.dump());
  ASSERT_EQ(answered->status, 200) << answered->body;
  EXPECT_EQ(Json(answered)["questions_answered"], 1);
  httplib::Client client("127.0.0.1", port_);
  auto resumed = client.Get(("/v1/interviews/" + id).c_str());
  ASSERT_TRUE(resumed);
  EXPECT_EQ(Json(resumed)["questions_answered"], 1);
  auto bad = Post("/v1/interviews/" + id + "/answers", R"({"finding_id": "no_such_finding", "answer": "yes"})");
  EXPECT_EQ(bad->status, 400);
  EXPECT_EQ(Json(client.Get(("/v1/interviews/" + std::string(32, 'a')).c_str()))["error"]["code"], "not_found");
}

}  // namespace
}  // namespace sanus::tools
