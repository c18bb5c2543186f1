// The JSON API against a real server on a loopback port: answers, clear JSON errors for bad
// requests, API keys for clinician requests, and metrics.
#include <gtest/gtest.h>

#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <sstream>
#include <thread>

#include "api_key_id.h"
#include "default_engine.h"
#include "http_api.h"
#include "tools/loopback_server.h"

namespace sanus::tools {
namespace {

class HttpApiTest : public ::testing::Test {
 protected:
  void SetUp() override {
    const std::string stem = (std::filesystem::temp_directory_path() / ("sanus-api-test-" + std::to_string(::getpid())))
                                 .string();
    db_ = stem + ".db";
    audit_db_ = stem + "-audit.db";
    Start(Options());
  }
  void TearDown() override {
    Stop();
    for (const auto& file : {db_, audit_db_}) {
      for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(file + suffix);
    }
  }
  ApiOptions Options() {
    ApiOptions options;
    options.api_key = "test-key";
    options.max_body_bytes = 64 * 1024;
    options.session_db = db_;
    options.audit_target = audit_db_;
    options.rate_limit_per_minute = 0;
    options.access_log = &log_;
    return options;
  }
  void Start(const ApiOptions& options) {
    api_ = std::make_unique<HttpApi>(testing::DefaultEngine(), options);
    server_ = std::make_unique<testing::LoopbackServer>([this](httplib::Server& s) { api_->Register(s); });
    port_ = server_->port();
    ASSERT_GT(port_, 0);
  }
  void Stop() {
    server_.reset();
    api_.reset();
  }
  // The audit records written so far, read as another process would.
  std::vector<AuditRecord> AuditRecords() {
    auto log = AuditLog::Open(audit_db_);
    EXPECT_TRUE(log.ok()) << log.status().message();
    if (!log.ok()) return {};
    auto records = (*log)->Records();
    return records.ok() ? *records : std::vector<AuditRecord>{};
  }
  httplib::Result Post(const std::string& path, const std::string& body, const std::string& key = "",
                       httplib::Headers headers = {}) {
    httplib::Client client("127.0.0.1", port_);
    if (!key.empty()) headers.emplace("Authorization", "Bearer " + key);
    return client.Post(path, headers, body, "application/json");
  }
  httplib::Result Get(const std::string& path) {
    httplib::Client client("127.0.0.1", port_);
    return client.Get(path.c_str());
  }
  static nlohmann::json Json(const httplib::Result& r) { return nlohmann::json::parse(r->body, nullptr, false); }

  std::unique_ptr<HttpApi> api_;
  std::unique_ptr<testing::LoopbackServer> server_;
  int port_ = 0;
  std::string db_, audit_db_;
  std::ostringstream log_;
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
  for (const char* path : {"/v1/conditions/{id}", "/v1/findings", "/v1/findings/{id}", "/v1/sources/{id}"}) {
    EXPECT_TRUE(doc["paths"].contains(path)) << path;
  }
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

bool HasId(const nlohmann::json& list, const std::string& id) {
  for (const auto& item : list) {
    if (item["id"] == id) return true;
  }
  return false;
}

TEST_F(HttpApiTest, ConditionsAreSearchedByNameLayNameIdAndIcd10) {
  const auto all = Json(Get("/v1/conditions"));
  ASSERT_GT(all["conditions"].size(), 50u);
  for (const char* query : {"/v1/conditions?q=Community-acquired", "/v1/conditions?q=pneumonia",
                            "/v1/conditions?q=j18", "/v1/conditions?q=J18.9"}) {
    const auto found = Json(Get(query))["conditions"];
    EXPECT_LT(found.size(), all["conditions"].size()) << query;
    EXPECT_TRUE(HasId(found, "pneumonia")) << query;
  }
  EXPECT_TRUE(Json(Get("/v1/conditions?q=zzzz%20nothing"))["conditions"].empty());
  auto too_long = Get("/v1/conditions?q=" + std::string(300, 'a'));
  EXPECT_EQ(too_long->status, 400);
  EXPECT_EQ(Json(too_long)["error"]["code"], "invalid_argument");
}

TEST_F(HttpApiTest, AConditionIsShownWithItsFindingsAndSources) {
  auto r = Get("/v1/conditions/pneumonia");
  ASSERT_EQ(r->status, 200) << r->body;
  const auto c = Json(r);
  EXPECT_EQ(c["icd10"], "J18.9");
  EXPECT_EQ(c["lay_name"], "Pneumonia");
  EXPECT_EQ(c["triage"], "urgent");
  EXPECT_FALSE(c["findings"].empty());
  EXPECT_FALSE(c["sources"].empty());
  EXPECT_FALSE(c["sources"][0]["url"].get<std::string>().empty());
  EXPECT_TRUE(c["has_guidance"].get<bool>());
  EXPECT_GT(c["prior"]["base"].get<double>(), 0);
  auto missing = Get("/v1/conditions/no_such_condition");
  EXPECT_EQ(missing->status, 404);
  EXPECT_EQ(Json(missing)["error"]["code"], "not_found");
}

TEST_F(HttpApiTest, AConditionOfOneSexHasNoPriorInTheOther) {
  const auto prior = Json(Get("/v1/conditions/testicular_torsion"))["prior"];
  EXPECT_EQ(prior["female_weight"].get<double>(), 0);
  EXPECT_EQ(prior["male_weight"].get<double>(), 1);
}

TEST_F(HttpApiTest, FindingsAreSearchedOverNamesAndSynonyms) {
  const auto all = Json(Get("/v1/findings"))["findings"];
  ASSERT_GT(all.size(), 100u);
  // "breastbone" is only a synonym of chest pain, never its name.
  const auto by_synonym = Json(Get("/v1/findings?q=breastbone"))["findings"];
  EXPECT_TRUE(HasId(by_synonym, "chest_pain"));
  EXPECT_LT(by_synonym.size(), all.size());
  auto one = Get("/v1/findings/chest_pain");
  ASSERT_EQ(one->status, 200);
  EXPECT_EQ(Json(one)["kind"], "symptom");
  EXPECT_TRUE(Json(one)["red_flag"].get<bool>());
  EXPECT_EQ(Get("/v1/findings/no_such_finding")->status, 404);
}

TEST_F(HttpApiTest, SourcesAreListedAndShownById) {
  const auto all = Json(Get("/v1/sources"))["sources"];
  ASSERT_FALSE(all.empty());
  const std::string id = all[0]["id"];
  auto one = Get("/v1/sources/" + id);
  ASSERT_EQ(one->status, 200);
  EXPECT_EQ(Json(one)["title"], all[0]["title"]);
  auto missing = Get("/v1/sources/no_such_source");
  EXPECT_EQ(missing->status, 404);
  EXPECT_NE(Json(missing)["error"]["message"].get<std::string>().find("no_such_source"), std::string::npos);
}

TEST_F(HttpApiTest, FreeTextOverTheLimitIsRefusedSayingTheLimit) {
  const std::string long_text(5001, 'a');
  for (const auto& [path, field] : std::vector<std::pair<std::string, std::string>>{
           {"/v1/assess", "text"}, {"/v1/ask", "question"}, {"/v1/interviews", "text"}}) {
    auto r = Post(path, nlohmann::json{{field, long_text}}.dump());
    ASSERT_TRUE(r);
    EXPECT_EQ(r->status, 422) << path;
    EXPECT_EQ(Json(r)["error"]["code"], "text_too_long") << path;
    EXPECT_NE(Json(r)["error"]["message"].get<std::string>().find("at most 5000"), std::string::npos) << path;
  }
  // The limit counts characters, not bytes: 5,000 two-byte letters are within it.
  std::string accented;
  for (int i = 0; i < 5000; ++i) accented += "\xc3\xa9";
  EXPECT_NE(Post("/v1/assess", nlohmann::json{{"text", accented}}.dump())->status, 422);
}

TEST_F(HttpApiTest, ClientsOverTheRateGet429WithRetryAfter) {
  Stop();
  ApiOptions options = Options();
  options.rate_limit_per_minute = 2;
  options.rate_burst = 2;
  Start(options);
  EXPECT_EQ(Get("/v1/sources/no_such_source")->status, 404);  // errors spend tokens too
  EXPECT_EQ(Post("/v1/assess", R"({"text": "cough"})")->status, 200);
  auto limited = Post("/v1/assess", R"({"text": "cough"})");
  ASSERT_TRUE(limited);
  EXPECT_EQ(limited->status, 429);
  EXPECT_EQ(Json(limited)["error"]["code"], "rate_limited");
  EXPECT_GE(std::stoi(limited->get_header_value("Retry-After")), 1);
  // A client with the API key has its own bucket; a wrong key does not buy one.
  EXPECT_EQ(Post("/v1/assess", R"({"text": "cough"})", "test-key")->status, 200);
  EXPECT_EQ(Post("/v1/assess", R"({"text": "cough"})", "made-up-key")->status, 429);
  // Health checks are never limited.
  EXPECT_EQ(Get("/healthz")->status, 200);
}

TEST_F(HttpApiTest, TheAccessLogHasOneLinePerRequestAndNoPatientText) {
  auto r = Post("/v1/assess", R"({"text": "zebra-striped rash after my holiday", "age": 40})", "",
                {{"X-Request-Id", "trace-42"}});
  ASSERT_EQ(r->status, 200);
  EXPECT_EQ(r->get_header_value("X-Request-Id"), "trace-42");
  (void)Get("/v1/findings?q=zebra");
  (void)Get("/v1/zebra-path");
  Stop();
  const std::string log = log_.str();
  EXPECT_NE(log.find(" POST /v1/assess 200 "), std::string::npos) << log;
  EXPECT_NE(log.find("id=trace-42"), std::string::npos) << log;
  EXPECT_NE(log.find(" GET /v1/findings 200 "), std::string::npos) << log;
  EXPECT_NE(log.find(" GET (none) 404 "), std::string::npos) << log;
  EXPECT_EQ(std::count(log.begin(), log.end(), '\n'), 3) << log;
  EXPECT_EQ(log.find("zebra"), std::string::npos) << "patient text in the access log:\n" << log;
}

TEST_F(HttpApiTest, PatientTextIsLoggedOnlyWhenAskedFor) {
  Stop();
  ApiOptions options = Options();
  options.log_patient_text = true;
  Start(options);
  ASSERT_EQ(Post("/v1/assess", R"({"text": "zebra-striped rash"})")->status, 200);
  Stop();
  EXPECT_NE(log_.str().find("zebra-striped rash"), std::string::npos) << log_.str();
}

TEST_F(HttpApiTest, AdviceIsAuditedWithTheExactAnswerAndAHashedKey) {
  auto r = Post("/v1/assess", R"({"text": "crushing chest pain", "age": 61, "mode": "clinician"})", "test-key",
                {{"X-Request-Id", "audit-1"}});
  ASSERT_EQ(r->status, 200);
  ASSERT_EQ(Get("/v1/conditions/pneumonia")->status, 200);  // not advice: not audited
  ASSERT_EQ(Post("/v1/assess", R"({"age": 61})")->status, 400);  // no advice given: nothing to audit
  const auto records = AuditRecords();
  ASSERT_EQ(records.size(), 1u);
  const AuditRecord& a = records.front();
  EXPECT_EQ(a.request_id, "audit-1");
  EXPECT_EQ(a.route, "/v1/assess");
  EXPECT_EQ(a.output, r->body);
  EXPECT_NE(a.input.find("crushing chest pain"), std::string::npos);
  EXPECT_EQ(a.knowledge_version, testing::DefaultEngine().KnowledgeVersion());
  EXPECT_EQ(a.key_id, ApiKeyId("test-key"));
  EXPECT_EQ(a.key_id.find("test-key"), std::string::npos);
  EXPECT_EQ(a.time.size(), 24u);  // 2026-11-26T02:40:00.123Z
}

TEST_F(HttpApiTest, InterviewStepsAndAnswersAreAudited) {
  auto created = Post("/v1/interviews", R"({"text": "headache and a temperature", "age": 30})");
  ASSERT_EQ(created->status, 200);
  const auto step = Json(created);
  auto answered = Post("/v1/interviews/" + step["session"].get<std::string>() + "/answers",
                       nlohmann::json{{"finding_id", step["next_question"]["finding_id"]}, {"answer", "no"}}.dump());
  ASSERT_EQ(answered->status, 200);
  ASSERT_EQ(Post("/v1/ask", R"({"question": "how long does chickenpox last"})")->status, 200);
  const auto records = AuditRecords();
  ASSERT_EQ(records.size(), 3u);
  EXPECT_EQ(records[0].route, "/v1/interviews");
  EXPECT_EQ(records[1].route, "/v1/interviews/{id}/answers");
  EXPECT_EQ(records[1].output, answered->body);
  EXPECT_EQ(records[2].route, "/v1/ask");
  EXPECT_TRUE(records[0].key_id.empty());
}

TEST_F(HttpApiTest, NoAdviceIsGivenWhenTheAuditLogCannotBeWritten) {
  Stop();
  ApiOptions options = Options();
  options.audit_target = "/nonexistent-dir/audit.db";
  Start(options);
  auto r = Post("/v1/assess", R"({"text": "crushing chest pain and sweating"})");
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, 503);
  EXPECT_EQ(Json(r)["error"]["code"], "unavailable");
  EXPECT_EQ(r->body.find("triage"), std::string::npos);
  EXPECT_EQ(Get("/v1/conditions/pneumonia")->status, 200);  // reading the catalogue needs no audit
}

}  // namespace
}  // namespace sanus::tools
