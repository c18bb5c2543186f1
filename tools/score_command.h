// `sanus score NAME --input key=value ...`: one clinical score, exactly; `sanus score --list`.
#pragma once

#include <iosfwd>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "sanus/engine.h"

namespace sanus::tools {

// Returns 0 on success (complete or incomplete), 2 for bad input or an unknown score.
int RunScore(const Engine& engine, const std::string& id, const std::vector<std::string>& inputs, bool list,
             bool json, std::ostream& out);

nlohmann::json ScoreJson(const ScoreResult& result);
std::string ScoreText(const ScoreResult& result);

// Parses "resp_rate=32", "confusion=yes", "cough=no" into a value; false when malformed.
bool ParseScoreInput(const std::string& text, std::string& name, double& value);

}  // namespace sanus::tools
