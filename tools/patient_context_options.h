// The command-line options that describe a patient's context (age, pregnancy, allergies,
// current medicines, kidney and liver function), shared by `guide`, `meds check` and `assess`.
#pragma once

#include <CLI/CLI.hpp>

#include <optional>
#include <string>
#include <vector>

#include "sanus/guidance.h"
#include "sanus/status.h"

namespace sanus::tools {

struct ContextArgs {
  std::optional<double> age, weight, egfr, creatinine;
  std::string sex, creatinine_unit = "umol/L";
  bool pregnant = false, breastfeeding = false, liver_disease = false;
  std::vector<std::string> allergies, medicines;
};

// Adds the options to a subcommand; the medicine option is --meds (comma-separated or repeated).
// Without demographics, --age and --sex are left to the command (assess has its own).
void AddContextOptions(CLI::App* command, ContextArgs& args, bool with_demographics = true);

// The context the options describe; kInvalidArgument for an unknown creatinine unit.
Result<PatientContext> ToPatientContext(const ContextArgs& args);

}  // namespace sanus::tools
