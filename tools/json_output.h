// JSON forms of Sanus results, for `--json`, `sanus batch` and evaluation tools.
// The field names are a contract (docs/json-output.md): add fields, never rename them.
#pragma once

#include <nlohmann/json.hpp>

#include "sanus/assessment.h"
#include "sanus/engine.h"

namespace sanus::tools {

nlohmann::json ToJson(const Assessment& assessment);
nlohmann::json ToJson(const KnowledgeStats& stats);
const char* SexName(Sex sex);
nlohmann::json CitationsJson(const std::vector<Citation>& citations);

}  // namespace sanus::tools
