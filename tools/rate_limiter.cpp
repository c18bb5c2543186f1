#include "rate_limiter.h"

#include <algorithm>
#include <cmath>

namespace sanus::tools {
namespace {

// From this many clients on, the buckets that have refilled completely are dropped: a full bucket
// is the same as no bucket, so forgetting one changes no decision.
constexpr size_t kMaxRememberedClients = 10000;

}  // namespace

RateLimiter::RateLimiter(double per_minute, double burst, Clock clock)
    : per_second_(per_minute / 60.0),
      burst_(std::max(1.0, burst)),
      clock_(std::move(clock)),
      forget_at_(kMaxRememberedClients) {}

double RateLimiter::Refilled(const Bucket& bucket, std::chrono::steady_clock::time_point now) const {
  const double seconds = std::chrono::duration<double>(now - bucket.updated).count();
  return std::min(burst_, bucket.tokens + std::max(0.0, seconds) * per_second_);
}

void RateLimiter::ForgetFullBuckets(std::chrono::steady_clock::time_point now) {
  std::erase_if(buckets_, [&](const auto& entry) { return Refilled(entry.second, now) >= burst_; });
}

RateLimiter::Decision RateLimiter::Admit(const std::string& client) {
  const auto now = clock_();
  std::lock_guard lock(mutex_);
  if (buckets_.size() >= forget_at_) {
    ForgetFullBuckets(now);
    // When most clients are still active, wait for twice as many before the next sweep, so a
    // sweep costs O(1) a request on average.
    forget_at_ = std::max(kMaxRememberedClients, 2 * buckets_.size());
  }
  auto it = buckets_.try_emplace(client, Bucket{burst_, now}).first;
  Bucket& bucket = it->second;
  bucket.tokens = Refilled(bucket, now);
  bucket.updated = now;
  if (bucket.tokens >= 1.0) {
    bucket.tokens -= 1.0;
    return {true, 0};
  }
  const double wait = (1.0 - bucket.tokens) / per_second_;
  return {false, std::max(1, static_cast<int>(std::ceil(wait)))};
}

}  // namespace sanus::tools
