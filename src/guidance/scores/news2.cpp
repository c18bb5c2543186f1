// NEWS2 (Royal College of Physicians, 2017): an aggregate early warning score from seven
// parameters, each banded 0-3 (oxygen 0 or 2). 0-4 low; a single parameter scoring 3 means an
// urgent ward-based review; 5-6 medium (urgent response); 7 or more high (emergency response).
// SpO2 scale 2 is for documented hypercapnic respiratory failure only; scale 1 otherwise.
#include "guidance/scores/score.h"

namespace sanus::guidance {
namespace {

std::optional<int> Band(std::optional<double> v, std::initializer_list<std::pair<double, int>> upper_bounds,
                        int above) {
  if (!v) return std::nullopt;
  for (const auto& [bound, points] : upper_bounds) {
    if (*v <= bound) return points;
  }
  return above;
}

std::optional<int> Spo2Points(std::optional<double> spo2, bool scale2, std::optional<double> on_oxygen) {
  if (!spo2) return std::nullopt;
  if (!scale2) return Band(spo2, {{91, 3}, {93, 2}, {95, 1}}, 0);
  if (*spo2 <= 92) return Band(spo2, {{83, 3}, {85, 2}, {87, 1}}, 0);
  if (!on_oxygen) return std::nullopt;  // 93% and above scores only on oxygen in scale 2
  if (*on_oxygen == 0) return 0;
  return Band(spo2, {{94, 1}, {96, 2}}, 3);
}

std::string Interpretation(int points, bool any_three) {
  if (points >= 7) return "high (7 or more): emergency assessment by a team with critical-care skills";
  if (points >= 5) return "medium (5-6): urgent assessment by a clinician skilled in acute illness";
  if (any_three) return "low-medium (a single parameter scoring 3): urgent ward-based review";
  return "low (0-4): ward-based response; keep observing";
}

}  // namespace

ScoreFunction News2() {
  ScoreDefinition d{"news2", "NEWS2", "early warning of clinical deterioration in adults",
                    {{"resp_rate", "breaths a minute"},
                     {"spo2", "oxygen saturation, %"},
                     {"spo2_scale2", "use SpO2 scale 2 (documented hypercapnic respiratory failure): 1 yes, 0 no (default 0)"},
                     {"on_oxygen", "on supplemental oxygen: 1 yes, 0 no (air)"},
                     {"systolic_bp", "systolic blood pressure, mmHg"},
                     {"heart_rate", "pulse, beats a minute"},
                     {"new_confusion_or_avpu", "new confusion, or responds only to voice or pain, or unresponsive: 1 yes, 0 alert"},
                     {"temperature_c", "°C"}}};
  auto compute = [d](const ScoreInputs& in) -> Result<ScoreResult> {
    ScoreSheet sheet(in);
    const bool scale2 = sheet.Get("spo2_scale2").value_or(0) != 0;
    const auto oxygen = sheet.Get("on_oxygen");
    const auto consciousness = sheet.Get("new_confusion_or_avpu");
    std::vector<std::optional<int>> parts{
        Band(sheet.Get("resp_rate"), {{8, 3}, {11, 1}, {20, 0}, {24, 2}}, 3),
        Spo2Points(sheet.Get("spo2"), scale2, oxygen),
        oxygen ? std::optional<int>(*oxygen != 0 ? 2 : 0) : std::nullopt,
        Band(sheet.Get("systolic_bp"), {{90, 3}, {100, 2}, {110, 1}, {219, 0}}, 3),
        Band(sheet.Get("heart_rate"), {{40, 3}, {50, 1}, {90, 0}, {110, 1}, {130, 2}}, 3),
        consciousness ? std::optional<int>(*consciousness != 0 ? 3 : 0) : std::nullopt,
        Band(sheet.Get("temperature_c"), {{35.0, 3}, {36.0, 1}, {38.0, 0}, {39.0, 1}}, 2)};
    const char* labels[] = {"respiration rate", "SpO2", "air or oxygen", "systolic blood pressure",
                            "pulse", "consciousness", "temperature"};
    bool any_three = false;
    for (size_t i = 0; i < parts.size(); ++i) {
      sheet.AddBand(labels[i], parts[i], 0, i == 2 ? 2 : 3);
      any_three = any_three || (parts[i] && *parts[i] == 3);
    }
    ScoreResult r = sheet.Finish(d);
    if (r.complete) r.interpretation = Interpretation(r.points, any_three);
    return r;
  };
  return {d, {"news2_rcp_report"}, compute};
}

}  // namespace sanus::guidance
