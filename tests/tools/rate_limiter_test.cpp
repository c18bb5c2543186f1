// The token bucket with a hand-moved clock: no sleeps, no timing.
#include "rate_limiter.h"

#include <gtest/gtest.h>

#include <atomic>
#include <thread>
#include <vector>

namespace sanus::tools {
namespace {

class RateLimiterTest : public ::testing::Test {
 protected:
  RateLimiter Limiter(double per_minute, double burst) {
    return RateLimiter(per_minute, burst, [this] { return now_; });
  }
  void Advance(double seconds) {
    now_ += std::chrono::duration_cast<std::chrono::steady_clock::duration>(std::chrono::duration<double>(seconds));
  }
  std::chrono::steady_clock::time_point now_{};
};

TEST_F(RateLimiterTest, ABurstIsAllowedThenRefused) {
  auto limiter = Limiter(60, 3);
  for (int i = 0; i < 3; ++i) EXPECT_TRUE(limiter.Admit("a").allowed) << i;
  const auto refused = limiter.Admit("a");
  EXPECT_FALSE(refused.allowed);
  EXPECT_EQ(refused.retry_after_seconds, 1);  // 60 a minute: one token a second
}

TEST_F(RateLimiterTest, TokensComeBackAtTheRate) {
  auto limiter = Limiter(6, 1);  // one every 10 seconds
  EXPECT_TRUE(limiter.Admit("a").allowed);
  const auto refused = limiter.Admit("a");
  EXPECT_FALSE(refused.allowed);
  EXPECT_EQ(refused.retry_after_seconds, 10);
  Advance(9.5);
  EXPECT_FALSE(limiter.Admit("a").allowed);
  Advance(0.5);
  EXPECT_TRUE(limiter.Admit("a").allowed);
  // A long pause refills up to the burst, never beyond it.
  Advance(3600);
  EXPECT_TRUE(limiter.Admit("a").allowed);
  EXPECT_FALSE(limiter.Admit("a").allowed);
}

TEST_F(RateLimiterTest, ClientsHaveTheirOwnBuckets) {
  auto limiter = Limiter(60, 1);
  EXPECT_TRUE(limiter.Admit("key:abc").allowed);
  EXPECT_FALSE(limiter.Admit("key:abc").allowed);
  EXPECT_TRUE(limiter.Admit("addr:10.0.0.2").allowed);
}

TEST_F(RateLimiterTest, ManyClientsStayBoundedAndCorrect) {
  auto limiter = Limiter(60, 1);
  for (int i = 0; i < 25000; ++i) {
    limiter.Admit("addr:" + std::to_string(i));
    Advance(0.01);
  }
  // Client 24999 spent its token a moment ago: sweeping full buckets must not forget it; client
  // 0's bucket has long refilled, so forgetting it changes nothing.
  EXPECT_FALSE(limiter.Admit("addr:24999").allowed);
  EXPECT_TRUE(limiter.Admit("addr:0").allowed);
}

TEST_F(RateLimiterTest, ConcurrentRequestsNeverGetMoreThanTheBurst) {
  auto limiter = Limiter(1, 100);
  std::atomic<int> allowed{0};
  std::vector<std::thread> threads;
  for (int t = 0; t < 8; ++t) {
    threads.emplace_back([&] {
      for (int i = 0; i < 50; ++i) allowed += limiter.Admit("shared").allowed ? 1 : 0;
    });
  }
  for (auto& t : threads) t.join();
  EXPECT_EQ(allowed.load(), 100);
}

}  // namespace
}  // namespace sanus::tools
