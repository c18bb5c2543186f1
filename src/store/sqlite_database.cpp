#include "store/sqlite_database.h"

#include "store/sqlite_statement.h"

namespace sanus::store {

Result<sqlite3*> OpenDurableDatabase(const std::string& path, const std::string& schema, const std::string& what) {
  sqlite3* db = nullptr;
  if (sqlite3_open(path.c_str(), &db) != SQLITE_OK) {
    Status failed(StatusCode::kUnavailable, "cannot open " + what + " " + path + ": " + sqlite3_errmsg(db));
    sqlite3_close(db);
    return failed;
  }
  sqlite3_busy_timeout(db, 5000);
  char* error = nullptr;
  const std::string setup = "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; PRAGMA foreign_keys=ON;" + schema;
  if (sqlite3_exec(db, setup.c_str(), nullptr, nullptr, &error) != SQLITE_OK) {
    Status failed(StatusCode::kDataLoss, path + " is not a usable " + what + ": " + (error ? error : "unknown error"));
    sqlite3_free(error);
    sqlite3_close(db);
    return failed;
  }
  // WAL can be refused (some network file systems); the durability promise depends on it.
  Statement mode(db, "PRAGMA journal_mode");
  if (mode.Step() != SQLITE_ROW || mode.Text(0) != "wal") {
    sqlite3_close(db);
    return Status(StatusCode::kDataLoss, "cannot use a write-ahead log for " + what + " " + path);
  }
  return db;
}

}  // namespace sanus::store
