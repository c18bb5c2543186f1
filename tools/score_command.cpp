#include "score_command.h"

#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <iostream>
#include <sstream>

#include <nlohmann/json.hpp>

namespace sanus::tools {

bool ParseScoreInput(const std::string& text, std::string& name, double& value) {
  const auto eq = text.find('=');
  if (eq == std::string::npos || eq == 0 || eq + 1 == text.size()) return false;
  name = text.substr(0, eq);
  const std::string v = text.substr(eq + 1);
  if (v == "yes" || v == "y" || v == "true") value = 1;
  else if (v == "no" || v == "n" || v == "false") value = 0;
  else {
    char* end = nullptr;
    value = std::strtod(v.c_str(), &end);
    if (end == v.c_str() || *end != '\0') return false;
  }
  return true;
}

namespace {

void PrintList(const Engine& engine, std::ostream& out) {
  for (const auto& s : engine.Scores()) {
    out << s.id << "  " << s.name << ": " << s.purpose << "\n";
    for (const auto& in : s.inputs) out << "    " << in.name << "  " << in.meaning << "\n";
  }
}

// Whole points stay integers in JSON (5, not 5.0); Wells PE's halves stay fractions (4.5).
nlohmann::json Points(double v) {
  if (std::floor(v) == v) return static_cast<std::int64_t>(v);
  return v;
}

}  // namespace

nlohmann::json ScoreJson(const ScoreResult& r) {
  nlohmann::json citations = nlohmann::json::array();
  for (const auto& c : r.citations) citations.push_back({{"id", c.source_id}, {"title", c.title}, {"url", c.url}});
  return {{"score", r.id},
          {"name", r.name},
          {"complete", r.complete},
          {"points", Points(r.points)},
          {"min_possible", Points(r.min_possible)},
          {"max_possible", Points(r.max_possible)},
          {"counted", r.counted},
          {"missing", r.missing},
          {"interpretation", r.interpretation},
          {"citations", citations}};
}

std::string ScoreText(const ScoreResult& r) {
  std::ostringstream out;
  if (r.complete) {
    out << r.name << " = " << r.points << ": " << r.interpretation << "\n";
  } else {
    out << r.name << " incomplete: " << r.points << " so far, between " << r.min_possible << " and "
        << r.max_possible << " once known\n  missing:";
    for (const auto& m : r.missing) out << " [" << m << "]";
    out << "\n";
    // A rule already met, or a self-harm answer, is reported even while other inputs are missing.
    if (!r.interpretation.empty()) out << "  already settled: " << r.interpretation << "\n";
  }
  for (const auto& c : r.counted) out << "  " << c << "\n";
  for (const auto& c : r.citations) out << "  source: " << c.title << " " << c.url << "\n";
  return out.str();
}

int RunScore(const Engine& engine, const std::string& id, const std::vector<std::string>& inputs, bool list,
             bool json, std::ostream& out) {
  if (list || id.empty()) {
    PrintList(engine, out);
    return 0;
  }
  ScoreInputs values;
  for (const auto& text : inputs) {
    std::string name;
    double value = 0;
    if (!ParseScoreInput(text, name, value)) {
      std::cerr << "sanus score: '" << text << "' is not name=value (value a number, yes or no)\n";
      return 2;
    }
    values[name] = value;
  }
  auto result = engine.ComputeScore(id, values);
  if (!result.ok()) {
    std::cerr << "sanus score: " << result.status().message() << "\n";
    return 2;
  }
  if (json) out << ScoreJson(*result).dump(2) << "\n";
  else out << ScoreText(*result);
  return 0;
}

}  // namespace sanus::tools
