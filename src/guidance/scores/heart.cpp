// The HEART score (Six et al. 2008; validated by Backus et al., Int J Cardiol 2013) for chest
// pain in the emergency department: History, ECG, Age, Risk factors, Troponin, each 0-2.
// 0-3: 6-week major cardiac events 1.7%; 4-6: 16.6%; 7-10: 50.1% (the 2013 cohort).
#include "guidance/scores/score.h"

#include <cmath>

namespace sanus::guidance {
namespace {

std::optional<int> ZeroToTwo(std::optional<double> v) {
  if (!v) return std::nullopt;
  return static_cast<int>(*v);
}

std::optional<int> AgePoints(std::optional<double> age) {
  if (!age) return std::nullopt;
  return *age < 45 ? 0 : *age < 65 ? 1 : 2;
}

// 0 none, 1 one or two, 2 three or more or known atherosclerotic disease.
std::optional<int> RiskFactorPoints(std::optional<double> count, std::optional<double> atherosclerosis) {
  if (atherosclerosis && *atherosclerosis != 0) return 2;
  if (!count) return std::nullopt;
  return *count == 0 ? 0 : *count <= 2 ? 1 : 2;
}

// Troponin as a multiple of the normal limit: at or below 0, up to three times 1, above 2.
std::optional<int> TroponinPoints(std::optional<double> ratio) {
  if (!ratio) return std::nullopt;
  return *ratio <= 1 ? 0 : *ratio <= 3 ? 1 : 2;
}

}  // namespace

ScoreFunction Heart() {
  ScoreDefinition d{"heart", "HEART", "6-week risk of a major cardiac event in chest pain",
                    {{"history", "0 slightly, 1 moderately, 2 highly suspicious"},
                     {"ecg", "0 normal, 1 non-specific repolarisation change (or LBBB, paced, LVH), 2 significant ST deviation"},
                     {"age", "years"},
                     {"risk_factors", "how many of: high cholesterol, hypertension, diabetes, smoking, family history, obesity"},
                     {"known_atherosclerosis", "known atherosclerotic disease: 1 yes, 0 no"},
                     {"troponin_ratio", "initial troponin as a multiple of the normal limit"}}};
  auto compute = [d](const ScoreInputs& in) -> Result<ScoreResult> {
    ScoreSheet sheet(in);
    for (const char* name : {"history", "ecg"}) {
      auto v = sheet.Get(name);
      if (v && (*v < 0 || *v > 2 || std::floor(*v) != *v)) {
        return Status::InvalidArgument(std::string(name) + " must be 0, 1 or 2");
      }
    }
    sheet.AddBand("history", ZeroToTwo(sheet.Get("history")), 0, 2);
    sheet.AddBand("ECG", ZeroToTwo(sheet.Get("ecg")), 0, 2);
    sheet.AddBand("age", AgePoints(sheet.Get("age")), 0, 2);
    sheet.AddBand("risk factors", RiskFactorPoints(sheet.Get("risk_factors"), sheet.Get("known_atherosclerosis")), 0, 2);
    sheet.AddBand("troponin", TroponinPoints(sheet.Get("troponin_ratio")), 0, 2);
    ScoreResult r = sheet.Finish(d);
    if (r.complete) {
      // Event rates from Backus 2013; the actions as RCEMLearning states them.
      r.interpretation =
          r.points <= 3   ? "low (0-3): 6-week major cardiac events 1.7%; with a negative repeat troponin, "
                            "discharge with outpatient follow-up can be considered"
          : r.points <= 6 ? "moderate (4-6): 6-week major cardiac events 16.6%"
                          : "high (7-10): 6-week major cardiac events 50.1%; admit for serial assessment";
    }
    return r;
  };
  return {d, {"heart_backus_2013", "heart_rcemlearning"}, compute};
}

}  // namespace sanus::guidance
