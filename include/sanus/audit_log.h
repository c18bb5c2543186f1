// The audit log: the clinical record of what Sanus advised. Every assessment, interview step and
// answered question is appended with its input and output before the advice is sent, so each
// answer a client received can be found afterwards (docs/audit.md).
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "sanus/status.h"

namespace sanus {

struct AuditRecord {
  std::string time;               // UTC, ISO 8601 with milliseconds: 2026-11-26T02:40:00.123Z
  std::string node;               // the host that gave the advice (several may share one log)
  std::string request_id;
  std::string route;              // "/v1/assess", "/v1/interviews/{id}/answers"
  std::string knowledge_version;
  std::string key_id;             // a hash of the API key the request carried; empty without one
  std::string input;              // the request body: JSON
  std::string output;             // the response body: JSON
};

// Thread-safety: Append and Records may be called from several threads; calls are serialised
// on one connection.
class AuditLog {
 public:
  // target is a SQLite file (created if needed; write-ahead log, synchronous=FULL) or a
  // PostgreSQL connection URI (postgresql://... or postgres://...). kUnavailable when it cannot be
  // opened or connected to, kDataLoss when its table is not an audit log's.
  static Result<std::unique_ptr<AuditLog>> Open(const std::string& target);
  ~AuditLog();
  AuditLog(const AuditLog&) = delete;
  AuditLog& operator=(const AuditLog&) = delete;

  // Appends one record; when it returns Ok the record is committed and on disk (it survives the
  // process being killed). kUnavailable when it could not be written.
  Status Append(const AuditRecord& record);
  // Every record, oldest first (for checks and tests; not meant for large logs).
  Result<std::vector<AuditRecord>> Records() const;

  class Backend;

 private:
  explicit AuditLog(std::unique_ptr<Backend> backend);
  std::unique_ptr<Backend> backend_;
};

}  // namespace sanus
