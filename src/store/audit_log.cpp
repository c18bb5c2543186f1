#include "store/audit_log.h"

namespace sanus {
namespace {

bool IsPostgresUri(const std::string& target) {
  return target.starts_with("postgresql://") || target.starts_with("postgres://");
}

}  // namespace

AuditLog::AuditLog(std::unique_ptr<Backend> backend) : backend_(std::move(backend)) {}
AuditLog::~AuditLog() = default;

Result<std::unique_ptr<AuditLog>> AuditLog::Open(const std::string& target) {
  if (target.empty()) return Status(StatusCode::kInvalidArgument, "the audit log needs a file or a postgresql:// URI");
  auto backend = IsPostgresUri(target) ? store::OpenPostgresAuditLog(target) : store::OpenSqliteAuditLog(target);
  if (!backend.ok()) return backend.status();
  return std::unique_ptr<AuditLog>(new AuditLog(std::move(*backend)));
}

Status AuditLog::Append(const AuditRecord& record) { return backend_->Append(record); }

Result<std::vector<AuditRecord>> AuditLog::Records() const { return backend_->Records(); }

}  // namespace sanus
