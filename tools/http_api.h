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

namespace sanus::tools {

struct ApiOptions {
  size_t max_body_bytes = 256 * 1024;
  // When set, clinician requests, guidance, medication checks and scores need
  // "Authorization: Bearer <key>"; patient assessment and questions stay open.
  std::string api_key;
};

class HttpApi {
 public:
  HttpApi(const Engine& engine, ApiOptions options);
  void Register(httplib::Server& server);

 private:
  using Handler = std::function<nlohmann::json(const nlohmann::json& body, const httplib::Request& req)>;
  void Post(httplib::Server& server, const std::string& pattern, bool needs_key_always, Handler handler);
  void Count(const std::string& route, int status);
  std::string Metrics() const;

  const Engine& engine_;
  ApiOptions options_;
  mutable std::mutex metrics_mutex_;
  std::map<std::pair<std::string, int>, uint64_t> requests_;  // (route, status) -> count
};

}  // namespace sanus::tools
