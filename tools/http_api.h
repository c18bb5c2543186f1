// The JSON API under /v1 that `sanus serve` exposes: assess, ask, guidance, medication check,
// scores, interviews and the catalogue (conditions, findings, sources), plus /healthz and
// /metrics. Every bad request is answered with a JSON error saying what is wrong; nothing a
// client sends can crash the server.
#pragma once

#include <httplib.h>

#include <nlohmann/json.hpp>

#include <atomic>
#include <chrono>
#include <iostream>
#include <map>
#include <mutex>
#include <string>

#include "access_log.h"
#include "rate_limiter.h"
#include "sanus/audit_log.h"
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
  // Free text (an assessment's or interview's complaint, a question) longer than this many
  // characters is refused with 422.
  size_t max_text_chars = 5000;
  // Requests a minute per client (its API key when it sends the right one, else its address),
  // in bursts of up to rate_burst; 0 turns the limit off. Over it: 429 with Retry-After.
  double rate_limit_per_minute = 300;
  double rate_burst = 30;
  // Where the access log goes (one line per request); null for none. Not owned.
  std::ostream* access_log = &std::cerr;
  // Also write each request's body in the access log. Off: the log holds no patient text.
  bool log_patient_text = false;
  // The audit log: a SQLite file or a postgresql:// URI. Advice is not given (503) when it
  // cannot be written.
  std::string audit_target = "sanus-audit.db";
};

class HttpApi {
 public:
  HttpApi(const Engine& engine, ApiOptions options);
  void Register(httplib::Server& server);
  // Opens the audit log now rather than at the first advice, so that a wrong --audit-db is
  // found at start. The error when it cannot be opened.
  Status OpenAuditLog();

 private:
  // Who asked, as the logs and the limits see it.
  struct Caller {
    std::string request_id;
    std::string key_id;  // ApiKeyId of the configured key when the request carried it; else empty
  };
  using Handler = std::function<nlohmann::json(const nlohmann::json& body, const httplib::Request& req)>;
  void Post(httplib::Server& server, const std::string& pattern, bool needs_key_always, Handler handler);
  void Get(httplib::Server& server, const std::string& pattern, Handler handler);
  void Respond(const std::string& route, bool needs_key_always, bool has_body, const Handler& handler,
               const httplib::Request& req, httplib::Response& res);
  // The JSON body of a successful answer, audited first when the route gives advice; throws
  // ApiError otherwise.
  std::string Answer(const std::string& route, const Caller& caller, bool needs_key_always, bool has_body,
                     const Handler& handler, const httplib::Request& req);
  // A GET outside /v1 (health, metrics, the OpenAPI document): not limited, not audited.
  void GetText(httplib::Server& server, const std::string& path, const std::string& content_type,
               std::function<std::string()> content);
  Caller CallerOf(const httplib::Request& req) const;
  void Admit(const Caller& caller, const httplib::Request& req);
  void Audit(const std::string& route, const Caller& caller, const std::string& input, const std::string& output);
  AuditLog* AuditLogOrNull();
  // Counts the answer in the metrics and writes its access log line.
  void Finish(const std::string& route, const httplib::Request& req, const httplib::Response& res,
              std::chrono::steady_clock::time_point started, const std::string& request_id);
  void RegisterInterviews(httplib::Server& server);
  void RegisterCatalog(httplib::Server& server);  // catalog_routes.cpp
  SessionStore& Sessions();
  void Count(const std::string& route, int status);
  std::string Metrics() const;

  const Engine& engine_;
  ApiOptions options_;
  mutable std::mutex metrics_mutex_;
  std::map<std::pair<std::string, int>, uint64_t> requests_;  // (route, status) -> count
  std::once_flag sessions_once_;
  std::unique_ptr<SessionStore> sessions_;
  std::unique_ptr<RateLimiter> limiter_;    // null when there is no limit
  std::unique_ptr<AccessLog> access_log_;   // null when there is no log
  const std::string key_id_;                // of options_.api_key
  const std::string node_;                  // this host, in audit records
  std::mutex audit_mutex_;                  // guards opening audit_ (AuditLog is thread-safe)
  std::unique_ptr<AuditLog> audit_;
};

}  // namespace sanus::tools
