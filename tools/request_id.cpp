#include "request_id.h"

#include <atomic>
#include <cctype>
#include <cstdint>
#include <cstdio>
#include <random>

namespace sanus::tools {
namespace {

bool IsSafeToken(const std::string& id) {
  if (id.empty() || id.size() > 64) return false;
  for (const char ch : id) {
    const auto c = static_cast<unsigned char>(ch);
    if (!std::isalnum(c) && c != '.' && c != '_' && c != '-') return false;
  }
  return true;
}

// A random number drawn once per process, then a counter: unique across nodes and restarts
// without drawing random numbers on every request, and ordered within one process.
std::string NewRequestId() {
  static const uint64_t process = (uint64_t{std::random_device{}()} << 32) | std::random_device{}();
  static std::atomic<uint64_t> counter{0};
  char buffer[33];
  std::snprintf(buffer, sizeof buffer, "%016llx%016llx", static_cast<unsigned long long>(process),
                static_cast<unsigned long long>(++counter));
  return buffer;
}

}  // namespace

std::string RequestIdFor(const std::string& client_id) { return IsSafeToken(client_id) ? client_id : NewRequestId(); }

}  // namespace sanus::tools
