// The audit log's storage, behind one small interface with two implementations: SQLite (one
// file, the default) and PostgreSQL (one log for several nodes).
#pragma once

#include <vector>

#include "sanus/audit_log.h"

namespace sanus {

// Implementations are thread-safe; AuditLog forwards to one.
class AuditLog::Backend {
 public:
  virtual ~Backend() = default;
  // Committed and durable when it returns Ok; kUnavailable otherwise.
  virtual Status Append(const AuditRecord& record) = 0;
  virtual Result<std::vector<AuditRecord>> Records() const = 0;
};

namespace store {

// A SQLite file in WAL mode with synchronous=FULL: kUnavailable when it cannot be opened,
// kDataLoss when it is not an audit database.
Result<std::unique_ptr<AuditLog::Backend>> OpenSqliteAuditLog(const std::string& path);
// A PostgreSQL database by connection URI: kUnavailable when it cannot be reached or the table
// cannot be created.
Result<std::unique_ptr<AuditLog::Backend>> OpenPostgresAuditLog(const std::string& uri);

}  // namespace store
}  // namespace sanus
