// The access log of `sanus serve`: one line per request on stderr, for operations. It names the
// route pattern, never the path or query string, and holds no patient text unless asked to.
#pragma once

#include <mutex>
#include <ostream>
#include <string>

namespace sanus::tools {

struct AccessRecord {
  std::string method;      // GET, POST
  std::string route;       // the pattern: "/v1/interviews/{id}/answers", never the path
  int status = 0;
  double latency_ms = 0;   // from the handler's start to the response being ready
  std::string request_id;
  std::string body;        // the request body; written only when the log includes patient text
};

// Thread-safe: lines from concurrent requests never interleave. Does not own the stream.
class AccessLog {
 public:
  // include_patient_text: also write each request's body (`--log-patient-text`); off by default
  // because bodies hold what people say about their health.
  AccessLog(std::ostream& out, bool include_patient_text);

  // Writes "2026-11-26T02:40:00.123Z POST /v1/assess 200 3.1ms id=..." and a newline.
  void Write(const AccessRecord& record);

 private:
  std::ostream& out_;
  const bool include_patient_text_;
  std::mutex mutex_;
};

// The current time, UTC, ISO 8601 with milliseconds: 2026-11-26T02:40:00.123Z.
std::string UtcTimestamp();

}  // namespace sanus::tools
