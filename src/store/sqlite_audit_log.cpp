// The audit log in a SQLite file: one row per record, appended in autocommit mode. WAL with
// synchronous=FULL syncs the log to disk at each commit, so a record is durable when Append
// returns.
#include <mutex>

#include "store/audit_log.h"
#include "store/sqlite_database.h"
#include "store/sqlite_statement.h"

namespace sanus::store {
namespace {

constexpr const char* kSchema = R"sql(
CREATE TABLE IF NOT EXISTS audit_log (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  recorded_at TEXT NOT NULL,
  node TEXT NOT NULL,
  request_id TEXT NOT NULL,
  route TEXT NOT NULL,
  knowledge_version TEXT NOT NULL,
  key_id TEXT NOT NULL,
  input TEXT NOT NULL,
  output TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS audit_log_request_id ON audit_log (request_id);
)sql";

class SqliteAuditLog : public AuditLog::Backend {
 public:
  explicit SqliteAuditLog(sqlite3* db) : db_(db) {}
  ~SqliteAuditLog() override { sqlite3_close(db_); }

  Status Append(const AuditRecord& r) override {
    std::lock_guard lock(mutex_);
    Statement insert(db_,
                     "INSERT INTO audit_log (recorded_at, node, request_id, route, knowledge_version, key_id, input, "
                     "output) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
    if (!insert.ok()) return Unavailable("cannot prepare the audit insert");
    int column = 0;
    for (const auto* field : {&r.time, &r.node, &r.request_id, &r.route, &r.knowledge_version, &r.key_id, &r.input,
                              &r.output}) {
      insert.Bind(++column, *field);
    }
    if (insert.Step() != SQLITE_DONE) return Unavailable("cannot write the audit record");
    return Status::Ok();
  }

  Result<std::vector<AuditRecord>> Records() const override {
    std::lock_guard lock(mutex_);
    Statement select(db_,
                     "SELECT recorded_at, node, request_id, route, knowledge_version, key_id, input, output "
                     "FROM audit_log ORDER BY seq");
    if (!select.ok()) return Unavailable("cannot read the audit log");
    std::vector<AuditRecord> out;
    while (select.Step() == SQLITE_ROW) {
      out.push_back({select.Text(0), select.Text(1), select.Text(2), select.Text(3), select.Text(4), select.Text(5),
                     select.Text(6), select.Text(7)});
    }
    return out;
  }

 private:
  Status Unavailable(const std::string& what) const {
    return Status(StatusCode::kUnavailable, what + ": " + sqlite3_errmsg(db_));
  }

  mutable std::mutex mutex_;
  sqlite3* db_;
};

}  // namespace

Result<std::unique_ptr<AuditLog::Backend>> OpenSqliteAuditLog(const std::string& path) {
  auto db = OpenDurableDatabase(path, kSchema, "audit database");
  if (!db.ok()) return db.status();
  return std::unique_ptr<AuditLog::Backend>(new SqliteAuditLog(*db));
}

}  // namespace sanus::store
