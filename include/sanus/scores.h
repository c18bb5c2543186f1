// Clinical scores and decision rules (CURB-65, Wells, Canadian CT Head, PHQ-9, ...): each a
// pure function of named inputs. A criterion not given is never counted as zero: the result is
// then "incomplete", names what is missing and gives the range the score could still take.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "sanus/assessment.h"

namespace sanus {

// One input a score reads: "resp_rate" (breaths a minute), "confusion" (1 yes, 0 no).
struct ScoreInputSpec {
  std::string name;
  std::string meaning;
};

struct ScoreDefinition {
  std::string id;     // "curb65"
  std::string name;   // "CURB-65"
  std::string purpose;
  std::vector<ScoreInputSpec> inputs;
};

struct ScoreResult {
  std::string id;
  std::string name;
  bool complete = false;
  // Points are whole for most scores; Wells PE counts halves (heart rate > 100/min: 1.5).
  double points = 0;        // the sum over the criteria that are known
  double min_possible = 0;  // the range the full score could take, given what is missing
  double max_possible = 0;
  std::vector<std::string> counted;  // "respiratory rate 32 >= 30: +1"
  std::vector<std::string> missing;  // criteria whose inputs were not given
  // Set when complete; also set while incomplete when the criteria known already settle it
  // (a decision rule met by one criterion, a PHQ-9 answer about self-harm). Empty otherwise.
  std::string interpretation;
  std::vector<Citation> citations;
};

// Named input values: booleans as 1 (yes) or 0 (no), measurements in the unit the spec says.
using ScoreInputs = std::map<std::string, double>;

}  // namespace sanus
