// Request ids: each request gets one, echoed in the X-Request-Id header, written in the access
// log and the audit log, so an answer a client got can be found in both.
#pragma once

#include <string>

namespace sanus::tools {

// The client's X-Request-Id when it is a safe token (1-64 of A-Z a-z 0-9 . _ -), so a caller's
// own tracing id carries through; otherwise a new random id of 32 hex characters.
std::string RequestIdFor(const std::string& client_id);

}  // namespace sanus::tools
