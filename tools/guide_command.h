// `sanus guide CONDITION` and `sanus meds check`: treatment guidance and medication safety
// for one person, as text or JSON.
#pragma once

#include <iosfwd>
#include <string>

#include "patient_context_options.h"
#include "sanus/engine.h"

namespace sanus::tools {

// Returns 0 on success, 2 for an unknown condition, a condition without guidance or bad input.
int RunGuide(const Engine& engine, const std::string& condition, const ContextArgs& args, Mode mode, bool json,
             std::ostream& out, std::ostream& err);

// Returns 0 when the check ran (whatever it found), 2 for bad input.
int RunMedsCheck(const Engine& engine, const ContextArgs& args, bool json, std::ostream& out, std::ostream& err);

}  // namespace sanus::tools
