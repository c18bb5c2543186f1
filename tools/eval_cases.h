// Evaluation cases: the team's own vignettes in tests/cases/*.yaml (format in
// docs/evaluation.md), each with the gold condition and the gold triage level.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "sanus/assessment.h"
#include "sanus/status.h"

namespace sanus::tools {

struct EvalCase {
  std::string name, group, description, text, gold;
  std::optional<double> age;
  Sex sex = Sex::kUnknown;
  TriageLevel triage = TriageLevel::kConsultation;
  std::string origin;  // file
};

// Reads cases from files or directories (every *.yaml inside). kInvalidArgument names the
// file and case at fault.
Result<std::vector<EvalCase>> LoadEvalCases(const std::vector<std::string>& paths);

}  // namespace sanus::tools
