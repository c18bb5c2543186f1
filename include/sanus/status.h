// Status and Result<T>: how Sanus reports expected failures (bad input, missing files, an
// invalid knowledge base) as values. No exception crosses the public API.
#pragma once

#include <string>
#include <utility>
#include <variant>

namespace sanus {

// The canonical error codes, after absl::StatusCode.
enum class StatusCode {
  kOk,
  kInvalidArgument,     // the caller's input is wrong; the message says which field
  kNotFound,            // a named thing (file, condition) does not exist
  kFailedPrecondition,  // the system is not in a state to do this (e.g. invalid knowledge)
  kDataLoss,            // stored data is corrupt
  kUnavailable,         // a resource cannot be reached now; retrying may help
  kInternal,            // a bug: an invariant did not hold
};

// Returns the lower-case name of a code, e.g. "invalid_argument".
const char* StatusCodeName(StatusCode code);

// An outcome: ok, or a code with a message that names the file, line or field at fault.
// A value type; cheap to copy when ok.
class Status {
 public:
  Status() = default;
  Status(StatusCode code, std::string message) : code_(code), message_(std::move(message)) {}

  static Status Ok() { return {}; }
  static Status InvalidArgument(std::string m) { return {StatusCode::kInvalidArgument, std::move(m)}; }
  static Status NotFound(std::string m) { return {StatusCode::kNotFound, std::move(m)}; }
  static Status FailedPrecondition(std::string m) {
    return {StatusCode::kFailedPrecondition, std::move(m)};
  }
  static Status Internal(std::string m) { return {StatusCode::kInternal, std::move(m)}; }

  bool ok() const { return code_ == StatusCode::kOk; }
  StatusCode code() const { return code_; }
  const std::string& message() const { return message_; }
  // "invalid_argument: age must be between 0 and 130".
  std::string ToString() const;

 private:
  StatusCode code_ = StatusCode::kOk;
  std::string message_;
};

// Either a value or a non-ok Status (StatusOr-style).
//   Result<Assessment> r = engine.Assess(request);
//   if (!r.ok()) { print(r.status().message()); return; }
//   Use(*r);
template <typename T>
class Result {
 public:
  Result(T value) : data_(std::move(value)) {}           // NOLINT: implicit by design
  Result(Status status) : data_(std::move(status)) {}    // NOLINT: must not be ok

  bool ok() const { return std::holds_alternative<T>(data_); }
  // The error; Status::Ok() when a value is held.
  Status status() const { return ok() ? Status::Ok() : std::get<Status>(data_); }
  const T& value() const& { return std::get<T>(data_); }
  T& value() & { return std::get<T>(data_); }
  T&& value() && { return std::get<T>(std::move(data_)); }
  const T& operator*() const& { return value(); }
  T& operator*() & { return value(); }
  T&& operator*() && { return std::move(*this).value(); }
  const T* operator->() const { return &value(); }
  T* operator->() { return &value(); }

 private:
  std::variant<T, Status> data_;
};

}  // namespace sanus
