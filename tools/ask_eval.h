// `sanus eval --ask FILE`: how well `sanus ask` answers the team's questions: retrieval recall@5
// and MRR against the topics that answer each question, key facts found in the answer, correct
// abstention, and escalation of emergencies (and none of the rest).
#pragma once

#include <string>

#include "sanus/engine.h"

namespace sanus::tools {

// Returns the process exit code: 0 ok, 2 the questions could not be read.
int RunAskEval(const Engine& engine, const std::string& path, bool json, bool show_failures);

}  // namespace sanus::tools
