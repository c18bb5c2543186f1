// `sanus ask QUESTION`: an answer from verified sources with a citation for every sentence,
// emergencies first, and "I don't know" when the sources do not cover it.
#pragma once

#include <nlohmann/json.hpp>

#include <iosfwd>
#include <string>

#include "sanus/engine.h"

namespace sanus::tools {

nlohmann::json ToJson(const ClinicalAnswer& answer);
std::string AnswerText(const ClinicalAnswer& answer);

// Returns 0 when answered (or honestly not), 2 for bad input or a missing index.
int RunAsk(const Engine& engine, const AskRequest& request, bool json, std::ostream& out, std::ostream& err);

}  // namespace sanus::tools
