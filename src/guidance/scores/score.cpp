#include "guidance/scores/score.h"

#include <algorithm>

namespace sanus::guidance {

std::optional<double> ScoreSheet::Get(const std::string& name) const {
  auto it = inputs_.find(name);
  if (it == inputs_.end()) return std::nullopt;
  return it->second;
}

void ScoreSheet::Add(const std::string& label, Criterion holds, int points) {
  if (!holds) {
    missing_.push_back(label);
    unknown_low_ += std::min(0, points);
    unknown_high_ += std::max(0, points);
    return;
  }
  if (*holds) {
    points_ += points;
    counted_.push_back(label + ": " + (points > 0 ? "+" : "") + std::to_string(points));
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
  static const std::vector<ScoreFunction> scores{Curb65(), McIsaac(), Qsofa(), News2(), Gcs(), Heart(), Cha2ds2Vasc()};
  return scores;
}

}  // namespace sanus::guidance
