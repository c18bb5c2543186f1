// `sanus ask QUESTION`: an answer from verified sources with a citation for every sentence,
// emergencies first, and "I don't know" when the sources do not cover it.
#pragma once

#include <nlohmann/json.hpp>

#include <iosfwd>
#include <string>
#include <vector>

#include "sanus/engine.h"

namespace sanus::tools {

nlohmann::json ToJson(const ClinicalAnswer& answer);
std::string AnswerText(const ClinicalAnswer& answer);

// `sanus index add FILE...`: adds documents to a passage index, with a progress bar on err
// (a terminal's stderr) for long files. Returns 0, or 2 with the reason.
int RunIndexAdd(const Engine& engine, const std::string& index_dir, const std::vector<std::string>& files,
                std::ostream& out, std::ostream& err);

// Returns 0 when answered (or honestly not), 2 for bad input or a missing index.
int RunAsk(const Engine& engine, const AskRequest& request, bool json, std::ostream& out, std::ostream& err);

}  // namespace sanus::tools
