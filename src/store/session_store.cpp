#include "sanus/session_store.h"

#include <sqlite3.h>

#include <cstdio>
#include <mutex>
#include <random>

#include "store/sqlite_database.h"
#include "store/sqlite_statement.h"

namespace sanus {
namespace {

using store::Statement;

constexpr const char* kSchema = R"sql(
CREATE TABLE IF NOT EXISTS sessions (
  id TEXT PRIMARY KEY,
  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
  text TEXT NOT NULL,
  age REAL,
  sex TEXT NOT NULL,
  mode TEXT NOT NULL,
  knowledge_version TEXT NOT NULL,
  finished INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE IF NOT EXISTS answers (
  session_id TEXT NOT NULL REFERENCES sessions(id),
  seq INTEGER NOT NULL,
  finding_id TEXT NOT NULL,
  answer TEXT NOT NULL,
  value REAL,
  PRIMARY KEY (session_id, seq)
);
)sql";

const char* SexText(Sex s) { return s == Sex::kFemale ? "female" : s == Sex::kMale ? "male" : "unknown"; }
Sex SexFrom(const std::string& s) { return s == "female" ? Sex::kFemale : s == "male" ? Sex::kMale : Sex::kUnknown; }
const char* AnswerText(Answer a) { return a == Answer::kYes ? "yes" : a == Answer::kNo ? "no" : "unknown"; }
Answer AnswerFrom(const std::string& s) { return s == "yes" ? Answer::kYes : s == "no" ? Answer::kNo : Answer::kDontKnow; }

std::string NewId() {
  static thread_local std::mt19937_64 rng{std::random_device{}()};
  char buffer[33];
  std::snprintf(buffer, sizeof buffer, "%016llx%016llx", static_cast<unsigned long long>(rng()),
                static_cast<unsigned long long>(rng()));
  return buffer;
}

}  // namespace

class SessionStore::Impl {
 public:
  ~Impl() { sqlite3_close(db_); }

  Status OpenAt(const std::string& path) {
    auto db = store::OpenDurableDatabase(path, kSchema, "session database");
    if (!db.ok()) return db.status();
    db_ = *db;
    return Status::Ok();
  }

  Status Fail(const char* what) const {
    return Status(StatusCode::kUnavailable, std::string(what) + ": " + sqlite3_errmsg(db_));
  }

  mutable std::mutex mutex_;
  sqlite3* db_ = nullptr;
};

SessionStore::SessionStore(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
SessionStore::~SessionStore() = default;

Result<std::unique_ptr<SessionStore>> SessionStore::Open(const std::string& path) {
  auto impl = std::make_unique<Impl>();
  if (Status s = impl->OpenAt(path); !s.ok()) return s;
  return std::unique_ptr<SessionStore>(new SessionStore(std::move(impl)));
}

Result<std::string> SessionStore::Create(const AssessRequest& request, const std::string& knowledge_version) {
  std::lock_guard lock(impl_->mutex_);
  Statement insert(impl_->db_,
                   "INSERT INTO sessions (id, text, age, sex, mode, knowledge_version) VALUES (?, ?, ?, ?, ?, ?)");
  if (!insert.ok()) return impl_->Fail("cannot prepare session insert");
  const std::string id = NewId();
  insert.Bind(1, id);
  insert.Bind(2, request.text);
  if (request.age_years) insert.Bind(3, *request.age_years);
  else insert.BindNull(3);
  insert.Bind(4, std::string(SexText(request.sex)));
  insert.Bind(5, std::string(request.mode == Mode::kClinician ? "clinician" : "patient"));
  insert.Bind(6, knowledge_version);
  if (insert.Step() != SQLITE_DONE) return impl_->Fail("cannot store the session");
  return id;
}

Status SessionStore::AddAnswer(const std::string& id, const InterviewAnswer& answer) {
  std::lock_guard lock(impl_->mutex_);
  Statement check(impl_->db_, "SELECT finished FROM sessions WHERE id = ?");
  check.Bind(1, id);
  if (check.Step() != SQLITE_ROW) return Status::NotFound("no session " + id);
  if (check.Int(0)) return Status::FailedPrecondition("session " + id + " is finished");
  // seq is computed inside the insert, so two writers cannot take the same number.
  Statement insert(impl_->db_,
                   "INSERT INTO answers (session_id, seq, finding_id, answer, value) "
                   "VALUES (?1, (SELECT COALESCE(MAX(seq), 0) + 1 FROM answers WHERE session_id = ?1), ?2, ?3, ?4)");
  if (!insert.ok()) return impl_->Fail("cannot prepare answer insert");
  insert.Bind(1, id);
  insert.Bind(2, answer.finding_id);
  insert.Bind(3, std::string(AnswerText(answer.answer)));
  if (answer.value) insert.Bind(4, *answer.value);
  else insert.BindNull(4);
  if (insert.Step() != SQLITE_DONE) return impl_->Fail("cannot store the answer");
  return Status::Ok();
}

Status SessionStore::Finish(const std::string& id) {
  std::lock_guard lock(impl_->mutex_);
  Statement update(impl_->db_, "UPDATE sessions SET finished = 1 WHERE id = ?");
  update.Bind(1, id);
  if (update.Step() != SQLITE_DONE) return impl_->Fail("cannot finish the session");
  if (sqlite3_changes(impl_->db_) == 0) return Status::NotFound("no session " + id);
  return Status::Ok();
}

Result<StoredSession> SessionStore::Load(const std::string& id) const {
  std::lock_guard lock(impl_->mutex_);
  Statement select(impl_->db_,
                   "SELECT text, age, sex, mode, knowledge_version, finished FROM sessions WHERE id = ?");
  select.Bind(1, id);
  if (select.Step() != SQLITE_ROW) return Status::NotFound("no session " + id);
  StoredSession s;
  s.id = id;
  s.request.text = select.Text(0);
  if (!select.IsNull(1)) s.request.age_years = select.Double(1);
  s.request.sex = SexFrom(select.Text(2));
  s.request.mode = select.Text(3) == "clinician" ? Mode::kClinician : Mode::kPatient;
  s.knowledge_version = select.Text(4);
  s.finished = select.Int(5) != 0;
  Statement answers(impl_->db_,
                    "SELECT finding_id, answer, value FROM answers WHERE session_id = ? ORDER BY seq");
  answers.Bind(1, id);
  while (answers.Step() == SQLITE_ROW) {
    InterviewAnswer a{answers.Text(0), AnswerFrom(answers.Text(1)), std::nullopt};
    if (!answers.IsNull(2)) a.value = answers.Double(2);
    s.answers.push_back(std::move(a));
  }
  return s;
}

}  // namespace sanus
