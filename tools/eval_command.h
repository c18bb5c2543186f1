// `sanus eval`: runs the evaluation cases and reports diagnostic and triage accuracy.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "sanus/engine.h"

namespace sanus::tools {

struct EvalOptions {
  std::vector<std::string> paths;
  bool json = false;
  bool show_failures = false;
  bool interview = false;  // also run the interview simulation and report before/after
  std::string report_path;  // write the Markdown report (and its calibration SVG) here
  // Gates: the command fails (exit 1) when a figure is worse than these.
  std::optional<double> min_top3, min_triage;
  std::optional<int> max_emergency_under_triage;
};

// Returns the process exit code: 0 ok, 1 a gate failed, 2 the cases could not be read.
int RunEval(const Engine& engine, const EvalOptions& options);

}  // namespace sanus::tools
