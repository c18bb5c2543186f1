#include "http_api.h"

#include "ask_command.h"
#include "guidance_report.h"
#include "json_output.h"
#include "openapi.h"
#include "score_command.h"

namespace sanus::tools {
namespace {

// An error the client caused, with the HTTP status it maps to.
struct ApiError {
  int status;
  std::string code, message;
};

int HttpStatus(StatusCode code) {
  switch (code) {
    case StatusCode::kInvalidArgument: return 400;
    case StatusCode::kNotFound: return 404;
    case StatusCode::kFailedPrecondition: return 409;
    case StatusCode::kUnavailable: return 503;
    default: return 500;
  }
}

[[noreturn]] void Fail(const Status& s) { throw ApiError{HttpStatus(s.code()), StatusCodeName(s.code()), s.message()}; }
[[noreturn]] void BadRequest(const std::string& message) { throw ApiError{400, "invalid_argument", message}; }

template <typename T>
T Take(Result<T> r) {
  if (!r.ok()) Fail(r.status());
  return std::move(*r);
}

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

nlohmann::json ErrorJson(const ApiError& e) { return {{"error", {{"code", e.code}, {"message", e.message}}}}; }

}  // namespace

HttpApi::HttpApi(const Engine& engine, ApiOptions options) : engine_(engine), options_(std::move(options)) {}

void HttpApi::Count(const std::string& route, int status) {
  std::lock_guard<std::mutex> lock(metrics_mutex_);
  ++requests_[{route, status}];
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

void HttpApi::Respond(const std::string& route, bool needs_key_always, bool has_body, const Handler& handler,
                      const httplib::Request& req, httplib::Response& res) {
  nlohmann::json reply;
  int status = 200;
  try {
    nlohmann::json body = nlohmann::json::object();
    if (has_body) {
      body = nlohmann::json::parse(req.body, nullptr, false);
      if (body.is_discarded() || !body.is_object()) BadRequest("the body must be a JSON object");
    }
    const bool clinician = body.contains("mode") && body["mode"] == "clinician";
    if (!options_.api_key.empty() && (needs_key_always || clinician) &&
        req.get_header_value("Authorization") != "Bearer " + options_.api_key) {
      throw ApiError{401, "unauthenticated", "this request needs 'Authorization: Bearer <api key>'"};
    }
    reply = handler(body, req);
  } catch (const ApiError& e) {
    status = e.status;
    reply = ErrorJson(e);
  } catch (const std::exception&) {
    status = 500;
    reply = ErrorJson({500, "internal", "the request could not be handled"});
  }
  res.status = status;
  res.set_content(reply.dump(), "application/json");
  Count(route, status);
}

void HttpApi::Post(httplib::Server& server, const std::string& pattern, bool needs_key_always, Handler handler) {
  server.Post(pattern, [this, pattern, needs_key_always, handler](const httplib::Request& req, httplib::Response& res) {
    Respond(pattern, needs_key_always, true, handler, req, res);
  });
}

void HttpApi::Get(httplib::Server& server, const std::string& pattern, Handler handler) {
  server.Get(pattern, [this, pattern, handler](const httplib::Request& req, httplib::Response& res) {
    Respond(pattern, false, false, handler, req, res);
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
    AssessRequest request;
    request.text = Text(body, "text", true);
    request.age_years = Number(body, "age");
    request.sex = SexOf(body);
    request.mode = ModeOf(body);
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
  server.set_error_handler([](const httplib::Request&, httplib::Response& res) {
    if (!res.body.empty()) return;
    const bool too_big = res.status == 413;
    const ApiError e{res.status, res.status == 404 ? "not_found" : too_big ? "payload_too_large" : "error",
                     res.status == 404 ? "no such endpoint" : too_big ? "the body is larger than allowed"
                                                                        : "the request could not be handled"};
    res.set_content(ErrorJson(e).dump(), "application/json");
  });
  server.Get("/healthz", [this](const httplib::Request&, httplib::Response& res) {
    res.set_content(nlohmann::json{{"status", "ok"}, {"knowledge_version", engine_.KnowledgeVersion()}}.dump(),
                    "application/json");
    Count("/healthz", 200);
  });
  server.Get("/openapi.json", [this](const httplib::Request&, httplib::Response& res) {
    res.set_content(OpenApiDocument(engine_.KnowledgeVersion()).dump(2), "application/json");
    Count("/openapi.json", 200);
  });
  server.Get("/metrics", [this](const httplib::Request&, httplib::Response& res) {
    res.set_content(Metrics(), "text/plain; version=0.0.4");
  });
  server.Get("/v1/conditions", [this](const httplib::Request&, httplib::Response& res) {
    nlohmann::json list = nlohmann::json::array();
    for (const auto& c : engine_.Conditions()) {
      list.push_back({{"id", c.id}, {"name", c.name}, {"icd10", c.icd10}, {"triage", TriageLevelName(c.triage)},
                      {"dangerous", c.dangerous}});
    }
    res.set_content(nlohmann::json{{"conditions", list}}.dump(), "application/json");
    Count("/v1/conditions", 200);
  });
  RegisterInterviews(server);
  Post(server, "/v1/assess", false, [this](const nlohmann::json& body, const httplib::Request&) {
    AssessRequest request;
    request.text = Text(body, "text", true);
    request.age_years = Number(body, "age");
    request.sex = SexOf(body);
    request.mode = ModeOf(body);
    return ToJson(Take(engine_.Assess(request)));
  });
  Post(server, "/v1/ask", false, [this](const nlohmann::json& body, const httplib::Request&) {
    AskRequest request;
    request.question = Text(body, "question", true);
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
