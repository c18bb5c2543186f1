// The audit log in PostgreSQL, for several nodes writing one log. Each record is one INSERT in
// its own transaction with synchronous_commit on, so it is durable when Append returns. A lost
// connection is re-established once per append; if that fails too the append fails.
#include <libpq-fe.h>

#include <memory>
#include <mutex>

#include "store/audit_log.h"

namespace sanus::store {
namespace {

// Creating the table under an advisory lock: nodes starting together would otherwise race in
// CREATE TABLE IF NOT EXISTS. The number is arbitrary, fixed for Sanus's audit log.
constexpr const char* kSchema = R"sql(
BEGIN;
SELECT pg_advisory_xact_lock(7310452001);
CREATE TABLE IF NOT EXISTS sanus_audit_log (
  seq BIGSERIAL PRIMARY KEY,
  recorded_at TIMESTAMPTZ NOT NULL,
  node TEXT NOT NULL,
  request_id TEXT NOT NULL,
  route TEXT NOT NULL,
  knowledge_version TEXT NOT NULL,
  key_id TEXT NOT NULL,
  input JSON NOT NULL,
  output JSON NOT NULL
);
CREATE INDEX IF NOT EXISTS sanus_audit_log_request_id ON sanus_audit_log (request_id);
COMMIT;
)sql";

constexpr const char* kInsert =
    "INSERT INTO sanus_audit_log (recorded_at, node, request_id, route, knowledge_version, key_id, input, output) "
    "VALUES ($1::timestamptz, $2, $3, $4, $5, $6, $7::json, $8::json)";

constexpr const char* kSelect =
    "SELECT to_char(recorded_at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"'), node, request_id, route, "
    "knowledge_version, key_id, input::text, output::text FROM sanus_audit_log ORDER BY seq";

using ResultPtr = std::unique_ptr<PGresult, decltype(&PQclear)>;

ResultPtr Exec(PGconn* conn, const char* sql) { return {PQexec(conn, sql), &PQclear}; }

bool Succeeded(const ResultPtr& r) {
  const auto status = PQresultStatus(r.get());
  return status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK;
}

class PostgresAuditLog : public AuditLog::Backend {
 public:
  explicit PostgresAuditLog(PGconn* conn) : conn_(conn) {}
  ~PostgresAuditLog() override { PQfinish(conn_); }

  Status Append(const AuditRecord& r) override {
    std::lock_guard lock(mutex_);
    const char* values[] = {r.time.c_str(),   r.node.c_str(),  r.request_id.c_str(), r.route.c_str(),
                            r.knowledge_version.c_str(), r.key_id.c_str(), r.input.c_str(), r.output.c_str()};
    for (int attempt = 0; attempt < 2; ++attempt) {
      ResultPtr result(PQexecParams(conn_, kInsert, 8, nullptr, values, nullptr, nullptr, 0), &PQclear);
      if (Succeeded(result)) return Status::Ok();
      // Only a broken connection is worth one more try; a refused row would be refused again.
      if (PQstatus(conn_) == CONNECTION_OK) break;
      PQreset(conn_);
    }
    return Unavailable("cannot write the audit record");
  }

  Result<std::vector<AuditRecord>> Records() const override {
    std::lock_guard lock(mutex_);
    ResultPtr result = Exec(conn_, kSelect);
    if (!Succeeded(result)) return Unavailable("cannot read the audit log");
    std::vector<AuditRecord> out;
    for (int row = 0; row < PQntuples(result.get()); ++row) {
      auto text = [&](int column) { return std::string(PQgetvalue(result.get(), row, column)); };
      out.push_back({text(0), text(1), text(2), text(3), text(4), text(5), text(6), text(7)});
    }
    return out;
  }

 private:
  Status Unavailable(const std::string& what) const {
    return Status(StatusCode::kUnavailable, what + ": " + PQerrorMessage(conn_));
  }

  mutable std::mutex mutex_;
  PGconn* conn_;
};

Status CreateTable(PGconn* conn) {
  if (!Succeeded(Exec(conn, kSchema))) {
    const std::string message = PQerrorMessage(conn);
    (void)Exec(conn, "ROLLBACK");
    return Status(StatusCode::kUnavailable, "cannot create the audit table: " + message);
  }
  return Status::Ok();
}

}  // namespace

Result<std::unique_ptr<AuditLog::Backend>> OpenPostgresAuditLog(const std::string& uri) {
  // Commits wait for the disk whatever the server's default: the option is part of the
  // connection, so it holds again after a reconnect.
  const char* keywords[] = {"dbname", "options", nullptr};
  const char* values[] = {uri.c_str(), "-c synchronous_commit=on", nullptr};
  PGconn* conn = PQconnectdbParams(keywords, values, /*expand_dbname=*/1);
  if (PQstatus(conn) != CONNECTION_OK) {
    Status failed(StatusCode::kUnavailable, std::string("cannot connect to the audit database: ") + PQerrorMessage(conn));
    PQfinish(conn);
    return failed;
  }
  // "relation already exists, skipping" and the like are not worth a line on stderr.
  PQsetNoticeProcessor(conn, [](void*, const char*) {}, nullptr);
  if (Status s = CreateTable(conn); !s.ok()) {
    PQfinish(conn);
    return s;
  }
  return std::unique_ptr<AuditLog::Backend>(new PostgresAuditLog(conn));
}

}  // namespace sanus::store
