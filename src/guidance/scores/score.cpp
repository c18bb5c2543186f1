#include "guidance/scores/score.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace sanus::guidance {

Criterion AnyOf(std::initializer_list<Criterion> criteria) {
  bool unknown = false;
  for (const auto& c : criteria) {
    if (c && *c) return true;
    if (!c) unknown = true;
  }
  if (unknown) return std::nullopt;
  return false;
}

Status CheckFlags(const ScoreInputs& inputs, std::initializer_list<const char*> names) {
  for (const char* name : names) {
    auto it = inputs.find(name);
    if (it != inputs.end() && it->second != 0 && it->second != 1) {
      return Status::InvalidArgument(std::string(name) + " must be 1 (yes) or 0 (no)");
    }
  }
  return Status::Ok();
}

Status CheckWhole(const ScoreInputs& inputs, const char* name, int lo, int hi) {
  auto it = inputs.find(name);
  if (it == inputs.end()) return Status::Ok();
  const double v = it->second;
  if (v < lo || v > hi || std::floor(v) != v) {
    return Status::InvalidArgument(std::string(name) + " must be a whole number from " + std::to_string(lo) +
                                   " to " + std::to_string(hi));
  }
  return Status::Ok();
}

Status CheckRange(const ScoreInputs& inputs, const char* name, double lo, double hi, const char* unit) {
  auto it = inputs.find(name);
  if (it == inputs.end() || (it->second >= lo && it->second <= hi)) return Status::Ok();
  return Status::InvalidArgument(std::string(name) + " must be from " + FormatNumber(lo) + " to " +
                                 FormatNumber(hi) + " " + unit);
}

std::string FormatNumber(double value) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%g", value);
  return buffer;
}

std::string MetCriteria(const ScoreResult& result) {
  std::string out;
  for (const auto& c : result.counted) out += (out.empty() ? "" : "; ") + c.substr(0, c.rfind(':'));
  return out;
}

std::optional<double> ScoreSheet::Get(const std::string& name) const {
  auto it = inputs_.find(name);
  if (it == inputs_.end()) return std::nullopt;
  return it->second;
}

void ScoreSheet::Add(const std::string& label, Criterion holds, double points) {
  if (!holds) {
    missing_.push_back(label);
    unknown_low_ += std::min(0.0, points);
    unknown_high_ += std::max(0.0, points);
    return;
  }
  if (*holds) {
    points_ += points;
    counted_.push_back(label + ": " + (points > 0 ? "+" : "") + FormatNumber(points));
  }
}

void ScoreSheet::AddKnown(const std::string& label, int points) {
  points_ += points;
  if (points != 0) counted_.push_back(label + ": " + (points > 0 ? "+" : "") + std::to_string(points));
}

void ScoreSheet::AddBand(const std::string& label, std::optional<int> points, int min_points, int max_points) {
  if (!points) {
    missing_.push_back(label);
    unknown_low_ += min_points;
    unknown_high_ += max_points;
    return;
  }
  points_ += *points;
  counted_.push_back(label + ": " + std::to_string(*points));
}

ScoreResult ScoreSheet::Finish(const ScoreDefinition& definition) const {
  ScoreResult r;
  r.id = definition.id;
  r.name = definition.name;
  r.complete = missing_.empty();
  r.points = points_;
  r.min_possible = points_ + unknown_low_;
  r.max_possible = points_ + unknown_high_;
  r.counted = counted_;
  r.missing = missing_;
  return r;
}

const std::vector<ScoreFunction>& AllScores() {
  static const std::vector<ScoreFunction> scores{
      Curb65(),  McIsaac(),  Qsofa(), News2(),     Gcs(),     Heart(),          Cha2ds2Vasc(),
      WellsPe(), WellsDvt(), Perc(),  FeverPain(), HasBled(), CanadianCtHead(), OttawaAnkle(),
      Phq9(),    Alvarado()};
  return scores;
}

}  // namespace sanus::guidance
