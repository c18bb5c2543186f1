// `sanus assess`: one complaint, with the guidance of the leading conditions (checked for the
// person's context) and, for clinicians, the scores the evidence can feed.
#pragma once

#include <optional>
#include <string>

#include "patient_context_options.h"
#include "sanus/engine.h"

namespace sanus::tools {

struct AssessArgs {
  std::optional<double> age;
  std::string sex, mode = "patient", text;
  bool json = false;
  ContextArgs context;  // for the guidance shown with the leading conditions
};

// Prints the report (text or JSON) to stdout; returns 0, or 2 for bad input.
int RunAssess(const Engine& engine, const AssessArgs& args);

}  // namespace sanus::tools
