// CURB-65 (Lim et al., Thorax 2003): severity of community-acquired pneumonia. One point each
// for Confusion, Urea > 7 mmol/L, Respiratory rate >= 30/min, low Blood pressure (systolic
// < 90 or diastolic <= 60 mmHg), age >= 65. 0-1 low risk, 2 intermediate, 3-5 high.
#include "guidance/scores/score.h"

namespace sanus::guidance {
namespace {

// Low blood pressure is known as soon as either reading is low, or both are normal.
Criterion LowBloodPressure(std::optional<double> systolic, std::optional<double> diastolic) {
  if ((systolic && *systolic < 90) || (diastolic && *diastolic <= 60)) return true;
  if (systolic && diastolic) return false;
  return std::nullopt;
}

}  // namespace

ScoreFunction Curb65() {
  ScoreDefinition d{"curb65", "CURB-65", "severity of community-acquired pneumonia (30-day mortality)",
                    {{"confusion", "new confusion: 1 yes, 0 no"},
                     {"urea_mmol_l", "blood urea, mmol/L"},
                     {"resp_rate", "breaths a minute"},
                     {"systolic_bp", "systolic blood pressure, mmHg"},
                     {"diastolic_bp", "diastolic blood pressure, mmHg"},
                     {"age", "years"}}};
  auto compute = [d](const ScoreInputs& in) -> Result<ScoreResult> {
    ScoreSheet sheet(in);
    sheet.Add("confusion", Flag(sheet.Get("confusion")), 1);
    sheet.Add("urea > 7 mmol/L", Above(sheet.Get("urea_mmol_l"), 7), 1);
    sheet.Add("respiratory rate >= 30/min", AtLeast(sheet.Get("resp_rate"), 30), 1);
    sheet.Add("systolic < 90 or diastolic <= 60 mmHg",
              LowBloodPressure(sheet.Get("systolic_bp"), sheet.Get("diastolic_bp")), 1);
    sheet.Add("age >= 65", AtLeast(sheet.Get("age"), 65), 1);
    ScoreResult r = sheet.Finish(d);
    if (r.complete) {
      r.interpretation = r.points <= 1 ? "low risk (30-day mortality under 2% in the derivation study): consider home treatment"
                         : r.points == 2 ? "intermediate risk (about 9%): consider hospital-supervised treatment"
                                         : "high risk (about 22% or more): manage in hospital; assess for intensive care at 4-5";
    }
    return r;
  };
  return {d, {"curb65_wikijournalclub"}, compute};
}

}  // namespace sanus::guidance
