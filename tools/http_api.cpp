#include "http_api.h"

#include <unistd.h>

#include "api_error.h"
#include "api_key_id.h"
#include "ask_command.h"
#include "guidance_report.h"
#include "json_output.h"
#include "openapi.h"
#include "request_id.h"
#include "score_command.h"

namespace sanus::tools {
namespace {

std::string Text(const nlohmann::json& body, const char* key, bool required) {
  if (!body.contains(key)) {
    if (required) BadRequest(std::string("'") + key + "' is required");
    return "";
  }
  if (!body[key].is_string()) BadRequest(std::string("'") + key + "' must be a string");
  return body[key].get<std::string>();
}

std::optional<double> Number(const nlohmann::json& body, const char* key) {
  if (!body.contains(key) || body[key].is_null()) return std::nullopt;
  if (!body[key].is_number()) BadRequest(std::string("'") + key + "' must be a number");
  return body[key].get<double>();
}

bool Flag(const nlohmann::json& body, const char* key) {
  if (!body.contains(key)) return false;
  if (!body[key].is_boolean()) BadRequest(std::string("'") + key + "' must be true or false");
  return body[key].get<bool>();
}

std::vector<std::string> Strings(const nlohmann::json& body, const char* key) {
  std::vector<std::string> out;
  if (!body.contains(key)) return out;
  if (!body[key].is_array()) BadRequest(std::string("'") + key + "' must be a list of strings");
  for (const auto& v : body[key]) {
    if (!v.is_string()) BadRequest(std::string("'") + key + "' must be a list of strings");
    out.push_back(v.get<std::string>());
  }
  return out;
}

Mode ModeOf(const nlohmann::json& body) {
  const std::string mode = Text(body, "mode", false);
  if (mode.empty() || mode == "patient") return Mode::kPatient;
  if (mode == "clinician") return Mode::kClinician;
  BadRequest("'mode' must be patient or clinician");
}

Sex SexOf(const nlohmann::json& body) {
  const std::string sex = Text(body, "sex", false);
  if (sex.empty() || sex == "unknown") return Sex::kUnknown;
  if (sex == "female") return Sex::kFemale;
  if (sex == "male") return Sex::kMale;
  BadRequest("'sex' must be female or male");
}

PatientContext ContextOf(const nlohmann::json& body) {
  PatientContext c;
  c.age_years = Number(body, "age");
  c.sex = SexOf(body);
  c.pregnant = Flag(body, "pregnant");
  c.breastfeeding = Flag(body, "breastfeeding");
  c.weight_kg = Number(body, "weight_kg");
  c.allergies = Strings(body, "allergies");
  c.medicines = Strings(body, "medicines");
  c.egfr = Number(body, "egfr");
  c.creatinine_umol_l = Number(body, "creatinine_umol_l");
  c.liver_disease = Flag(body, "liver_disease");
  return c;
}

std::string HostName() {
  char name[256] = {};
  return ::gethostname(name, sizeof name - 1) == 0 ? name : "unknown";
}

// Characters, not bytes: UTF-8 continuation bytes (10xxxxxx) do not start one.
size_t Utf8Length(const std::string& text) {
  size_t n = 0;
  for (const char c : text) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return n;
}

// Free text the engine reads, within the API's length limit (422 over it).
std::string LimitedText(const nlohmann::json& body, const char* key, size_t max_chars) {
  std::string text = Text(body, key, true);
  if (const size_t n = Utf8Length(text); n > max_chars) {
    throw ApiError{422, "text_too_long", std::string("'") + key + "' has " + std::to_string(n) +
                                             " characters; at most " + std::to_string(max_chars) + " are accepted"};
  }
  return text;
}

nlohmann::json ParseBody(const std::string& text) {
  nlohmann::json body = nlohmann::json::parse(text, nullptr, false);
  if (body.is_discarded() || !body.is_object()) BadRequest("the body must be a JSON object");
  return body;
}

// The routes whose answers are advice: recorded in the audit log before they are sent.
bool GivesAdvice(const std::string& route) {
  return route == "/v1/assess" || route == "/v1/ask" || route == "/v1/interviews" ||
         route == "/v1/interviews/{id}/answers";
}

}  // namespace

HttpApi::HttpApi(const Engine& engine, ApiOptions options)
    : engine_(engine), options_(std::move(options)), key_id_(ApiKeyId(options_.api_key)), node_(HostName()) {
  if (options_.rate_limit_per_minute > 0) {
    limiter_ = std::make_unique<RateLimiter>(options_.rate_limit_per_minute, options_.rate_burst);
  }
  if (options_.access_log) access_log_ = std::make_unique<AccessLog>(*options_.access_log, options_.log_patient_text);
}

void HttpApi::Count(const std::string& route, int status) {
  std::lock_guard<std::mutex> lock(metrics_mutex_);
  ++requests_[{route, status}];
}

void HttpApi::Finish(const std::string& route, const httplib::Request& req, const httplib::Response& res,
                     std::chrono::steady_clock::time_point started, const std::string& request_id) {
  Count(route, res.status);
  if (!access_log_) return;
  const double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - started).count();
  access_log_->Write({req.method, route, res.status, ms, request_id, req.body});
}

std::string HttpApi::Metrics() const {
  std::lock_guard<std::mutex> lock(metrics_mutex_);
  std::string out = "# HELP sanus_requests_total Requests answered, by route and HTTP status.\n"
                    "# TYPE sanus_requests_total counter\n";
  for (const auto& [key, n] : requests_) {
    out += "sanus_requests_total{route=\"" + key.first + "\",status=\"" + std::to_string(key.second) + "\"} " +
           std::to_string(n) + "\n";
  }
  return out;
}

HttpApi::Caller HttpApi::CallerOf(const httplib::Request& req) const {
  const bool has_key =
      !options_.api_key.empty() && req.get_header_value("Authorization") == "Bearer " + options_.api_key;
  return {RequestIdFor(req.get_header_value("X-Request-Id")), has_key ? key_id_ : ""};
}

void HttpApi::Admit(const Caller& caller, const httplib::Request& req) {
  if (!limiter_) return;
  // A key only names the client when it is the right one: made-up keys cannot buy new buckets.
  const auto decision = limiter_->Admit(caller.key_id.empty() ? "addr:" + req.remote_addr : "key:" + caller.key_id);
  if (decision.allowed) return;
  throw ApiError{429, "rate_limited",
                 "too many requests: at most " + std::to_string(static_cast<int>(options_.rate_limit_per_minute)) +
                     " a minute; try again in " + std::to_string(decision.retry_after_seconds) + " s",
                 decision.retry_after_seconds};
}

std::string HttpApi::Answer(const std::string& route, const Caller& caller, bool needs_key_always, bool has_body,
                            const Handler& handler, const httplib::Request& req) {
  Admit(caller, req);
  const nlohmann::json body = has_body ? ParseBody(req.body) : nlohmann::json::object();
  const bool clinician = body.contains("mode") && body["mode"] == "clinician";
  if (!options_.api_key.empty() && (needs_key_always || clinician) && caller.key_id.empty()) {
    throw ApiError{401, "unauthenticated", "this request needs 'Authorization: Bearer <api key>'"};
  }
  std::string output = handler(body, req).dump();
  // Exactly the bytes the client will get are recorded, and before it gets them.
  if (GivesAdvice(route)) Audit(route, caller, req.body, output);
  return output;
}

void HttpApi::Respond(const std::string& route, bool needs_key_always, bool has_body, const Handler& handler,
                      const httplib::Request& req, httplib::Response& res) {
  const auto started = std::chrono::steady_clock::now();
  const Caller caller = CallerOf(req);
  std::string output;
  res.status = 200;
  try {
    output = Answer(route, caller, needs_key_always, has_body, handler, req);
  } catch (const ApiError& e) {
    res.status = e.status;
    output = ErrorJson(e).dump();
    if (e.retry_after_seconds > 0) res.set_header("Retry-After", std::to_string(e.retry_after_seconds));
  } catch (const std::exception&) {
    res.status = 500;
    output = ErrorJson({500, "internal", "the request could not be handled"}).dump();
  }
  res.set_header("X-Request-Id", caller.request_id);
  res.set_content(output, "application/json");
  Finish(route, req, res, started, caller.request_id);
}

void HttpApi::GetText(httplib::Server& server, const std::string& path, const std::string& content_type,
                      std::function<std::string()> content) {
  server.Get(path, [this, path, content_type, content](const httplib::Request& req, httplib::Response& res) {
    const auto started = std::chrono::steady_clock::now();
    res.status = 200;  // set here, not by the library after the handler, so the log sees it
    res.set_content(content(), content_type);
    Finish(path, req, res, started, RequestIdFor(req.get_header_value("X-Request-Id")));
  });
}

namespace {

// The route's name in metrics and logs: each regex group of the pattern becomes {id}, so
// "/v1/interviews/([0-9a-f]{32})/answers" is "/v1/interviews/{id}/answers".
std::string RouteName(const std::string& pattern) {
  std::string name;
  int depth = 0;
  for (const char c : pattern) {
    if (c == '(' && depth++ == 0) name += "{id}";
    else if (c == ')') --depth;
    else if (depth == 0) name += c;
  }
  return name;
}

}  // namespace

void HttpApi::Post(httplib::Server& server, const std::string& pattern, bool needs_key_always, Handler handler) {
  server.Post(pattern, [this, route = RouteName(pattern), needs_key_always, handler](const httplib::Request& req,
                                                                                  httplib::Response& res) {
    Respond(route, needs_key_always, true, handler, req, res);
  });
}

void HttpApi::Get(httplib::Server& server, const std::string& pattern, Handler handler) {
  server.Get(pattern, [this, route = RouteName(pattern), handler](const httplib::Request& req, httplib::Response& res) {
    Respond(route, false, false, handler, req, res);
  });
}

SessionStore& HttpApi::Sessions() {
  std::call_once(sessions_once_, [this] {
    auto store = SessionStore::Open(options_.session_db);
    if (store.ok()) sessions_ = std::move(*store);
  });
  if (!sessions_) throw ApiError{503, "unavailable", "the interview session store cannot be opened"};
  return *sessions_;
}

namespace {

nlohmann::json StepJson(const std::string& id, const InterviewStep& step) {
  nlohmann::json next = nullptr;
  if (step.next) {
    const Question& q = *step.next;
    nlohmann::json choices = nlohmann::json::array();
    for (const auto& c : q.choices) choices.push_back({{"label", c.label}, {"value", c.value}});
    next = {{"finding_id", q.finding_id}, {"text", q.text},           {"why", q.why},
            {"red_flag_screen", q.red_flag_screen}, {"value_name", q.value_name}, {"choices", choices}};
  }
  return {{"session", id},
          {"next_question", next},
          {"stop_reason", step.stop_reason},
          {"questions_answered", step.questions_answered},
          {"moved_by", step.moved_by},
          {"assessment", ToJson(step.assessment)}};
}

// An assessment, or an interview's opening, as both endpoints take it.
AssessRequest AssessRequestOf(const nlohmann::json& body, size_t max_text_chars) {
  AssessRequest request;
  request.text = LimitedText(body, "text", max_text_chars);
  request.age_years = Number(body, "age");
  request.sex = SexOf(body);
  request.mode = ModeOf(body);
  return request;
}

InterviewAnswer AnswerOf(const nlohmann::json& body) {
  InterviewAnswer a;
  a.finding_id = Text(body, "finding_id", true);
  const std::string answer = Text(body, "answer", true);
  if (answer == "yes") a.answer = Answer::kYes;
  else if (answer == "no") a.answer = Answer::kNo;
  else if (answer == "dont_know") a.answer = Answer::kDontKnow;
  else BadRequest("'answer' must be yes, no or dont_know");
  a.value = Number(body, "value");
  return a;
}

}  // namespace

void HttpApi::RegisterInterviews(httplib::Server& server) {
  Post(server, "/v1/interviews", false, [this](const nlohmann::json& body, const httplib::Request&) {
    const AssessRequest request = AssessRequestOf(body, options_.max_text_chars);
    auto step = Take(engine_.Interview(request, {}));  // checks the request before it is stored
    const std::string id = Take(Sessions().Create(request, engine_.KnowledgeVersion()));
    return StepJson(id, step);
  });
  Post(server, R"(/v1/interviews/([0-9a-f]{32})/answers)", false,
       [this](const nlohmann::json& body, const httplib::Request& req) {
         const std::string id = req.matches[1].str();
         StoredSession session = Take(Sessions().Load(id));
         if (session.finished) throw ApiError{409, "failed_precondition", "this interview has finished"};
         session.answers.push_back(AnswerOf(body));
         // The answer is checked (a known finding, a value in range) before it is stored, and
         // stored before the next question is chosen.
         auto step = Take(engine_.Interview(session.request, session.answers));
         if (Status s = Sessions().AddAnswer(id, session.answers.back()); !s.ok()) Fail(s);
         if (!step.next) (void)Sessions().Finish(id);
         return StepJson(id, step);
       });
  Get(server, R"(/v1/interviews/([0-9a-f]{32}))", [this](const nlohmann::json&, const httplib::Request& req) {
    const std::string id = req.matches[1].str();
    const StoredSession session = Take(Sessions().Load(id));
    return StepJson(id, Take(engine_.Interview(session.request, session.answers)));
  });
}

void HttpApi::Register(httplib::Server& server) {
  server.set_payload_max_length(options_.max_body_bytes);
  // What the library answers by itself (an unknown path, a body over the limit) is JSON too.
  server.set_error_handler([this](const httplib::Request& req, httplib::Response& res) {
    if (!res.body.empty()) return;  // a handler's own JSON error, already logged
    const bool too_big = res.status == 413;
    const ApiError e{res.status, res.status == 404 ? "not_found" : too_big ? "payload_too_large" : "error",
                     res.status == 404 ? "no such endpoint" : too_big ? "the body is larger than allowed"
                                                                        : "the request could not be handled"};
    res.set_content(ErrorJson(e).dump(), "application/json");
    // No route matched: the log names none, so an unknown path (which may hold text) stays out.
    Finish("(none)", req, res, std::chrono::steady_clock::now(), RequestIdFor(""));
  });
  GetText(server, "/healthz", "application/json", [this] {
    return nlohmann::json{{"status", "ok"}, {"knowledge_version", engine_.KnowledgeVersion()}}.dump();
  });
  GetText(server, "/openapi.json", "application/json",
          [this] { return OpenApiDocument(engine_.KnowledgeVersion()).dump(2); });
  GetText(server, "/metrics", "text/plain; version=0.0.4", [this] { return Metrics(); });
  RegisterCatalog(server);
  RegisterInterviews(server);
  Post(server, "/v1/assess", false, [this](const nlohmann::json& body, const httplib::Request&) {
    return ToJson(Take(engine_.Assess(AssessRequestOf(body, options_.max_text_chars))));
  });
  Post(server, "/v1/ask", false, [this](const nlohmann::json& body, const httplib::Request&) {
    AskRequest request;
    request.question = LimitedText(body, "question", options_.max_text_chars);
    request.mode = ModeOf(body);
    return ToJson(Take(engine_.Ask(request)));
  });
  Post(server, "/v1/guidance", true, [this](const nlohmann::json& body, const httplib::Request&) {
    return ToJson(Take(engine_.Guide(Text(body, "condition", true), ContextOf(body))));
  });
  Post(server, "/v1/medications/check", true, [this](const nlohmann::json& body, const httplib::Request&) {
    return ToJson(Take(engine_.CheckMedicines(ContextOf(body))));
  });
  Post(server, R"(/v1/scores/([a-z0-9_]+))", true, [this](const nlohmann::json& body, const httplib::Request& req) {
    ScoreInputs inputs;
    if (body.contains("inputs")) {
      if (!body["inputs"].is_object()) BadRequest("'inputs' must be an object of numbers");
      for (const auto& [name, value] : body["inputs"].items()) {
        if (!value.is_number()) BadRequest("input '" + name + "' must be a number (1 yes, 0 no)");
        inputs[name] = value.get<double>();
      }
    }
    return ScoreJson(Take(engine_.ComputeScore(req.matches[1].str(), inputs)));
  });
}

}  // namespace sanus::tools
