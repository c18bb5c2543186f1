#include "api_key_id.h"

#include <openssl/sha.h>

#include <cstdio>

namespace sanus::tools {

std::string ApiKeyId(const std::string& key) {
  if (key.empty()) return "";
  unsigned char digest[SHA256_DIGEST_LENGTH];
  SHA256(reinterpret_cast<const unsigned char*>(key.data()), key.size(), digest);
  std::string id = "sha256:";
  char hex[3];
  for (int i = 0; i < 8; ++i) {
    std::snprintf(hex, sizeof hex, "%02x", digest[i]);
    id += hex;
  }
  return id;
}

}  // namespace sanus::tools
