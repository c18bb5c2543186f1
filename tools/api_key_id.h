// The id under which an API key appears in the audit log and the rate limits: a hash, so that
// neither the log nor the memory of the limiter holds the key itself.
#pragma once

#include <string>

namespace sanus::tools {

// "sha256:" and the first 16 hex digits of the key's SHA-256; empty for an empty key.
std::string ApiKeyId(const std::string& key);

}  // namespace sanus::tools
