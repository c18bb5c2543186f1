// Request-rate limits for `sanus serve`: a token bucket per client, so one client cannot take
// the service from everyone else.
#pragma once

#include <chrono>
#include <functional>
#include <mutex>
#include <string>
#include <unordered_map>

namespace sanus::tools {

// Each client's bucket holds at most `burst` requests and refills at `per_minute` requests a
// minute; a request takes one token or is refused. Buckets of clients gone quiet are forgotten
// when there are many, so memory stays bounded. Thread-safe: Admit may be called from many
// threads at once.
class RateLimiter {
 public:
  using Clock = std::function<std::chrono::steady_clock::time_point()>;

  struct Decision {
    bool allowed = true;
    int retry_after_seconds = 0;  // when refused: whole seconds until a token is back, >= 1
  };

  // per_minute > 0 and burst >= 1; the clock is injected so tests need not sleep.
  RateLimiter(double per_minute, double burst, Clock clock = std::chrono::steady_clock::now);

  // Takes a token from the client's bucket (a hashed API key or a remote address) if it has one.
  Decision Admit(const std::string& client);

 private:
  struct Bucket {
    double tokens;
    std::chrono::steady_clock::time_point updated;
  };
  double Refilled(const Bucket& bucket, std::chrono::steady_clock::time_point now) const;
  void ForgetFullBuckets(std::chrono::steady_clock::time_point now);

  const double per_second_;
  const double burst_;
  const Clock clock_;
  std::mutex mutex_;
  std::unordered_map<std::string, Bucket> buckets_;
  size_t forget_at_;  // sweep full buckets when this many clients are remembered
};

}  // namespace sanus::tools
