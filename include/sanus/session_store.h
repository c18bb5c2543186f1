// Interview sessions, stored so an interview can be resumed by id and survives a crash or a
// kill at any moment without losing an answer already given. SQLite (one file, write-ahead
// log, synchronous commits) by default.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "sanus/assessment.h"
#include "sanus/interview.h"
#include "sanus/status.h"

namespace sanus {

struct StoredSession {
  std::string id;
  AssessRequest request;  // the first complaint, as given
  std::vector<InterviewAnswer> answers;  // in the order given
  bool finished = false;
  std::string knowledge_version;  // of the knowledge base that began the interview
};

// Thread-safety: all methods may be called from several threads; calls are serialised.
class SessionStore {
 public:
  // Opens (creating if needed) the database at path. kUnavailable when it cannot be opened,
  // kDataLoss when the file is not a Sanus session database.
  static Result<std::unique_ptr<SessionStore>> Open(const std::string& path);
  ~SessionStore();
  SessionStore(const SessionStore&) = delete;
  SessionStore& operator=(const SessionStore&) = delete;

  // A new session; returns its id (32 hex characters). Durable when it returns.
  Result<std::string> Create(const AssessRequest& request, const std::string& knowledge_version);
  // Appends one answer. Durable when it returns. kNotFound for an unknown id,
  // kFailedPrecondition for a finished session.
  Status AddAnswer(const std::string& id, const InterviewAnswer& answer);
  Status Finish(const std::string& id);
  // kNotFound for an unknown id.
  Result<StoredSession> Load(const std::string& id) const;

  class Impl;

 private:
  explicit SessionStore(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace sanus
