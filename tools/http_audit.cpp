// The JSON API's audit: advice is recorded in the audit log before it is sent, and not sent when
// it cannot be recorded (docs/audit.md).
#include <iostream>

#include "access_log.h"
#include "api_error.h"
#include "http_api.h"

namespace sanus::tools {

Status HttpApi::OpenAuditLog() {
  std::lock_guard lock(audit_mutex_);
  if (audit_) return Status::Ok();
  auto log = AuditLog::Open(options_.audit_target);
  if (!log.ok()) return log.status();
  audit_ = std::move(*log);
  return Status::Ok();
}

AuditLog* HttpApi::AuditLogOrNull() {
  // A log that could not be opened (a database down at start) is tried again on the next advice.
  if (Status s = OpenAuditLog(); !s.ok()) {
    std::cerr << "sanus serve: cannot open the audit log: " << s.message() << std::endl;
    return nullptr;
  }
  std::lock_guard lock(audit_mutex_);
  return audit_.get();
}

void HttpApi::Audit(const std::string& route, const Caller& caller, const std::string& input,
                    const std::string& output) {
  AuditLog* log = AuditLogOrNull();
  const AuditRecord record{UtcTimestamp(),     node_,     caller.request_id, route, engine_.KnowledgeVersion(),
                           caller.key_id, input, output};
  Status written = log ? log->Append(record) : Status(StatusCode::kUnavailable, "the audit log is not open");
  if (written.ok()) return;
  std::cerr << "sanus serve: audit record " << caller.request_id << " not written: " << written.message() << std::endl;
  throw ApiError{503, "unavailable", "the audit log cannot be written, so no advice is given; try again later"};
}

}  // namespace sanus::tools
