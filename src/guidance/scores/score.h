// The shape every clinical score shares, and the helpers that keep "unknown" apart from "no".
#pragma once

#include <functional>
#include <initializer_list>
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

// A measurement compared with a threshold; unknown when not given.
inline Criterion AtLeast(std::optional<double> v, double threshold) {
  if (!v) return std::nullopt;
  return *v >= threshold;
}
inline Criterion Above(std::optional<double> v, double threshold) {
  if (!v) return std::nullopt;
  return *v > threshold;
}
inline Criterion Below(std::optional<double> v, double threshold) {
  if (!v) return std::nullopt;
  return *v < threshold;
}

// The criterion that is the negation of another ("no cough"); unknown stays unknown.
inline Criterion Not(Criterion c) {
  if (!c) return std::nullopt;
  return !*c;
}

// True when any criterion holds, false when all are known not to, unknown otherwise: how a
// decision rule that is positive on any one criterion settles with inputs missing.
Criterion AnyOf(std::initializer_list<Criterion> criteria);

// Refuses (kInvalidArgument) a yes/no input given as anything but 0 or 1.
Status CheckFlags(const ScoreInputs& inputs, std::initializer_list<const char*> names);
// Refuses (kInvalidArgument) an input that is not a whole number from lo to hi.
Status CheckWhole(const ScoreInputs& inputs, const char* name, int lo, int hi);
// Refuses (kInvalidArgument) a measurement outside [lo, hi]; `unit` is named in the message.
Status CheckRange(const ScoreInputs& inputs, const char* name, double lo, double hi, const char* unit);

// "1.5", "3", "-2": a number (points, a threshold) as a person would write it.
std::string FormatNumber(double value);

// The criteria a result counted, without their points: "age >= 65; vomiting twice or more".
std::string MetCriteria(const ScoreResult& result);

// Accumulates criteria into a ScoreResult.
class ScoreSheet {
 public:
  explicit ScoreSheet(const ScoreInputs& inputs) : inputs_(inputs) {}

  std::optional<double> Get(const std::string& name) const;
  // Adds `points` when the criterion holds; records it as missing when unknown.
  void Add(const std::string& label, Criterion holds, double points);
  // Adds points that are always known (an age adjustment of -1, 0 or +1).
  void AddKnown(const std::string& label, int points);
  // Adds a parameter worth 0 to max_points (a NEWS2 band, a GCS component); unknown when
  // points is empty.
  void AddBand(const std::string& label, std::optional<int> points, int min_points, int max_points);

  // Fills points, range, counted, missing and completeness.
  ScoreResult Finish(const ScoreDefinition& definition) const;

 private:
  const ScoreInputs& inputs_;
  double points_ = 0, unknown_low_ = 0, unknown_high_ = 0;
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
ScoreFunction WellsPe();
ScoreFunction WellsDvt();
ScoreFunction Perc();
ScoreFunction FeverPain();
ScoreFunction HasBled();
ScoreFunction CanadianCtHead();
ScoreFunction OttawaAnkle();
ScoreFunction Phq9();
ScoreFunction Alvarado();

// Every score, in a stable order.
const std::vector<ScoreFunction>& AllScores();

}  // namespace sanus::guidance
