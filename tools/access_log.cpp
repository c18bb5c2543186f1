#include "access_log.h"

#include <nlohmann/json.hpp>

#include <chrono>
#include <cstdio>
#include <ctime>

namespace sanus::tools {

std::string UtcTimestamp() {
  const auto now = std::chrono::system_clock::now();
  const std::time_t seconds = std::chrono::system_clock::to_time_t(now);
  const auto millis =
      std::chrono::duration_cast<std::chrono::milliseconds>(now.time_since_epoch()).count() % 1000;
  std::tm utc{};
  gmtime_r(&seconds, &utc);
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ", utc.tm_year + 1900, utc.tm_mon + 1,
                utc.tm_mday, utc.tm_hour, utc.tm_min, utc.tm_sec, static_cast<int>(millis));
  return buffer;
}

AccessLog::AccessLog(std::ostream& out, bool include_patient_text)
    : out_(out), include_patient_text_(include_patient_text) {}

void AccessLog::Write(const AccessRecord& record) {
  char latency[32];
  std::snprintf(latency, sizeof latency, "%.1fms", record.latency_ms);
  std::string line = UtcTimestamp() + " " + record.method + " " + record.route + " " +
                     std::to_string(record.status) + " " + latency + " id=" + record.request_id;
  // The body is quoted as a JSON string so that it stays on one line whatever it holds.
  if (include_patient_text_ && !record.body.empty()) {
    line += " body=" + nlohmann::json(record.body).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
  }
  std::lock_guard lock(mutex_);
  out_ << line << '\n' << std::flush;
}

}  // namespace sanus::tools
