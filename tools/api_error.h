// The one way a handler of the JSON API fails: it throws an ApiError, and HttpApi::Respond
// turns it into the JSON error body and HTTP status the client gets (docs/api.md).
#pragma once

#include <nlohmann/json.hpp>

#include <string>

#include "sanus/status.h"

namespace sanus::tools {

// An error the client caused (or a service that is down), with the HTTP status it maps to.
struct ApiError {
  int status;
  std::string code, message;
  int retry_after_seconds = 0;  // sent as Retry-After when positive (429)
};

inline int HttpStatus(StatusCode code) {
  switch (code) {
    case StatusCode::kInvalidArgument: return 400;
    case StatusCode::kNotFound: return 404;
    case StatusCode::kFailedPrecondition: return 409;
    case StatusCode::kUnavailable: return 503;
    default: return 500;
  }
}

[[noreturn]] inline void Fail(const Status& s) {
  throw ApiError{HttpStatus(s.code()), StatusCodeName(s.code()), s.message()};
}
[[noreturn]] inline void BadRequest(const std::string& message) { throw ApiError{400, "invalid_argument", message}; }

// The value, or the failure thrown as an ApiError.
template <typename T>
T Take(Result<T> r) {
  if (!r.ok()) Fail(r.status());
  return std::move(*r);
}

inline nlohmann::json ErrorJson(const ApiError& e) { return {{"error", {{"code", e.code}, {"message", e.message}}}}; }

}  // namespace sanus::tools
