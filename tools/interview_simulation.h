// The interview evaluation: a simulated patient answers from a case's full text while the
// interview starts from its first sentence only.
#pragma once

#include <string>
#include <vector>

#include "eval_cases.h"
#include "sanus/engine.h"

namespace sanus::tools {

struct SimulatedInterview {
  Assessment before;   // from the first sentence alone
  Assessment after;    // at the end of the interview
  int questions = 0;
  std::string stop_reason;
  std::vector<std::string> transcript;  // "finding_id=yes", one per question
};

// The first sentence of a text starting at `from` (up to the first '.', '!', '?' or newline
// that ends a sentence); the rest of the text when there is only one.
std::string FirstSentence(const std::string& text, size_t from = 0);

// Runs the interview for one case. The simulated patient answers yes or no from the findings
// understood in the full text (and gives measured values stated there), and "don't know"
// to anything the text does not say.
Result<SimulatedInterview> SimulateInterview(const Engine& engine, const EvalCase& c,
                                             const InterviewOptions& options);

}  // namespace sanus::tools
