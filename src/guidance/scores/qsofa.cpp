// qSOFA (Seymour et al., JAMA 2016; Sepsis-3): one point each for respiratory rate >= 22/min,
// altered mentation, systolic blood pressure <= 100 mmHg. Two or more in suspected infection
// marks a higher risk of death or a prolonged intensive-care stay; it is not a sepsis screen.
#include "guidance/scores/score.h"

namespace sanus::guidance {

ScoreFunction Qsofa() {
  ScoreDefinition d{"qsofa", "qSOFA", "risk of a poor outcome in suspected infection",
                    {{"resp_rate", "breaths a minute"},
                     {"altered_mentation", "altered mental state (GCS below 15): 1 yes, 0 no"},
                     {"systolic_bp", "systolic blood pressure, mmHg"}}};
  auto compute = [d](const ScoreInputs& in) -> Result<ScoreResult> {
    ScoreSheet sheet(in);
    auto rr = sheet.Get("resp_rate");

    auto sbp = sheet.Get("systolic_bp");
    sheet.Add("respiratory rate >= 22/min", rr ? Criterion(*rr >= 22) : std::nullopt, 1);
    sheet.Add("altered mentation", Flag(sheet.Get("altered_mentation")), 1);
    sheet.Add("systolic blood pressure <= 100 mmHg", sbp ? Criterion(*sbp <= 100) : std::nullopt, 1);
    ScoreResult r = sheet.Finish(d);
    if (r.complete) {
      r.interpretation = r.points >= 2
                             ? "2 or more: higher risk of death or prolonged intensive care; assess for organ dysfunction now"
                             : "below 2: lower risk on this score alone; it does not rule out sepsis";
    }
    return r;
  };
  return {d, {"qsofa_seymour_2016"}, compute};
}

}  // namespace sanus::guidance
