// `sanus serve`: the JSON API over HTTP (docs/api.md).
#pragma once

#include <string>

#include "http_api.h"

namespace sanus::tools {

// Serves until the process is stopped; returns 2 when the address cannot be bound or the audit
// log cannot be opened.
int RunServe(const Engine& engine, const std::string& host, int port, const ApiOptions& options);

}  // namespace sanus::tools
