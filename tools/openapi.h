// The OpenAPI 3 document of the JSON API, served at /openapi.json.
#pragma once

#include <nlohmann/json.hpp>

#include <string>

namespace sanus::tools {

nlohmann::json OpenApiDocument(const std::string& knowledge_version);

}  // namespace sanus::tools
