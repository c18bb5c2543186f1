// The shape every clinical score shares, and the helpers that keep "unknown" apart from "no".
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "sanus/scores.h"
#include "sanus/status.h"

namespace sanus::guidance {

// A criterion's outcome: yes, no, or unknown (an input missing).
using Criterion = std::optional<bool>;

// A yes/no input (1 yes, 0 no) as a criterion; unknown when not given.
inline Criterion Flag(std::optional<double> v) {
  if (!v) return std::nullopt;
  return *v != 0;
}

// Accumulates criteria into a ScoreResult.
class ScoreSheet {
 public:
  explicit ScoreSheet(const ScoreInputs& inputs) : inputs_(inputs) {}

  std::optional<double> Get(const std::string& name) const;
  // Adds `points` when the criterion holds; records it as missing when unknown.
  void Add(const std::string& label, Criterion holds, int points);
  // Adds points that are always known (an age adjustment of -1, 0 or +1).
  void AddKnown(const std::string& label, int points);
  // Adds a parameter worth 0 to max_points (a NEWS2 band, a GCS component); unknown when
  // points is empty.
  void AddBand(const std::string& label, std::optional<int> points, int min_points, int max_points);

  // Fills points, range, counted, missing and completeness.
  ScoreResult Finish(const ScoreDefinition& definition) const;

 private:
  const ScoreInputs& inputs_;
  int points_ = 0, unknown_low_ = 0, unknown_high_ = 0;
  std::vector<std::string> counted_, missing_;
};

// A score: its definition, the source ids it rests on, and its pure function.
struct ScoreFunction {
  ScoreDefinition definition;
  std::vector<std::string> source_ids;
  // Fails with kInvalidArgument for inputs out of range or a person the score is not for.
  std::function<Result<ScoreResult>(const ScoreInputs&)> compute;
};

ScoreFunction Curb65();
ScoreFunction McIsaac();
ScoreFunction Qsofa();
ScoreFunction News2();
ScoreFunction Gcs();
ScoreFunction Heart();
ScoreFunction Cha2ds2Vasc();

// Every score, in a stable order.
const std::vector<ScoreFunction>& AllScores();

}  // namespace sanus::guidance
