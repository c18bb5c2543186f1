// The JSON API under /v1 that `sanus serve` exposes: assess, ask, guidance, medication check,
// scores and the condition list, plus /healthz and /metrics. Every bad request is answered with
// a JSON error saying what is wrong; nothing a client sends can crash the server.
#pragma once

#include <httplib.h>

#include <nlohmann/json.hpp>

#include <atomic>
#include <map>
#include <mutex>
#include <string>

#include "sanus/engine.h"
#include "sanus/session_store.h"

namespace sanus::tools {

struct ApiOptions {
  size_t max_body_bytes = 256 * 1024;
  // When set, clinician requests, guidance, medication checks and scores need
  // "Authorization: Bearer <key>"; patient assessment and questions stay open.
  std::string api_key;
  // The interview sessions' SQLite file; interviews answer 503 when it cannot be opened.
  std::string session_db = "sanus-sessions.db";
};

class HttpApi {
 public:
  HttpApi(const Engine& engine, ApiOptions options);
  void Register(httplib::Server& server);

 private:
  using Handler = std::function<nlohmann::json(const nlohmann::json& body, const httplib::Request& req)>;
  void Post(httplib::Server& server, const std::string& pattern, bool needs_key_always, Handler handler);
  void Get(httplib::Server& server, const std::string& pattern, Handler handler);
  void Respond(const std::string& route, bool needs_key_always, bool has_body, const Handler& handler,
               const httplib::Request& req, httplib::Response& res);
  void RegisterInterviews(httplib::Server& server);
  SessionStore& Sessions();
  void Count(const std::string& route, int status);
  std::string Metrics() const;

  const Engine& engine_;
  ApiOptions options_;
  mutable std::mutex metrics_mutex_;
  std::map<std::pair<std::string, int>, uint64_t> requests_;  // (route, status) -> count
  std::once_flag sessions_once_;
  std::unique_ptr<SessionStore> sessions_;
};

}  // namespace sanus::tools
