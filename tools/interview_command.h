// `sanus interview`: asks the adaptive interview's questions in the terminal, or reads the
// answers from standard input when it is not a terminal, storing every answer as it is given.
#pragma once

#include <iosfwd>
#include <optional>
#include <string>

#include "sanus/engine.h"

namespace sanus::tools {

struct InterviewArgs {
  std::string text;
  std::optional<double> age;
  Sex sex = Sex::kUnknown;
  Mode mode = Mode::kPatient;
  std::string resume_id;   // resume this session instead of starting one
  std::string db_path;     // the session database
  int max_questions = 15;
  bool json = false;       // print the final assessment as JSON
};

// Returns 0 when the interview ended, 3 when the input ended first (the session can be
// resumed), 2 for bad arguments or an unreadable session.
int RunInterview(const Engine& engine, const InterviewArgs& args, std::istream& in, std::ostream& out);

// Parses "y", "yes", "n", "no", "?", "dk", "don't know", "skip", or a number (a measured
// value, which also means yes). nullopt when the line is none of these.
std::optional<InterviewAnswer> ParseAnswer(const std::string& line, const Question& question);

}  // namespace sanus::tools
