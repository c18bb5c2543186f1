// HAS-BLED (Pisters et al., Chest 2010): 1-year risk of major bleeding in atrial fibrillation
// on anticoagulation. One point each: Hypertension (uncontrolled, systolic > 160 mmHg),
// Abnormal renal function, Abnormal liver function, Stroke, Bleeding history or predisposition,
// Labile INR (time in range < 60%), Elderly (> 65 years), Drugs (antiplatelets or NSAIDs),
// alcohol (>= 8 drinks a week) (0-9). 3 or more marks a high risk of major bleeding.
#include "guidance/scores/score.h"

namespace sanus::guidance {
namespace {

// Major bleeding, % a year, by score (the table in hasbled_pmc_table; none given above 5).
constexpr const char* kBleedRate[] = {"1.13", "1.02", "1.88", "3.74", "8.70", "12.50"};

std::string Interpretation(double points) {
  const int score = static_cast<int>(points);
  std::string rate = score <= 5 ? std::string("major bleeding ") + kBleedRate[score] + "% a year"
                                : std::string("no bleeding rate given above 5");
  if (score >= 3) return "high risk of major bleeding (3 or more): " + rate;
  return "below 3: " + rate;
}

}  // namespace

ScoreFunction HasBled() {
  ScoreDefinition d{
      "hasbled",
      "HAS-BLED",
      "1-year risk of major bleeding on anticoagulation in atrial fibrillation",
      {{"systolic_bp", "systolic blood pressure, mmHg (or give uncontrolled_hypertension)"},
       {"uncontrolled_hypertension",
        "uncontrolled hypertension, systolic above 160 mmHg: 1 yes, 0 no"},
       {"abnormal_renal",
        "dialysis, renal transplant or serum creatinine > 200 umol/L: 1 yes, 0 no"},
       {"abnormal_liver",
        "cirrhosis, or bilirubin > 2x normal with AST/ALT/ALP > 3x normal: 1 yes, 0 no"},
       {"stroke", "previous stroke: 1 yes, 0 no"},
       {"bleeding", "previous major bleeding or a predisposition to bleeding: 1 yes, 0 no"},
       {"labile_inr", "unstable or high INRs, time in therapeutic range below 60%: 1 yes, 0 no"},
       {"age", "years"},
       {"drugs", "antiplatelet drug or NSAID: 1 yes, 0 no"},
       {"alcohol", "8 or more drinks a week: 1 yes, 0 no"}}};
  auto compute = [d](const ScoreInputs& in) -> Result<ScoreResult> {
    if (auto s = CheckFlags(in, {"uncontrolled_hypertension", "abnormal_renal", "abnormal_liver",
                                 "stroke", "bleeding", "labile_inr", "drugs", "alcohol"});
        !s.ok()) {
      return s;
    }
    if (auto s = CheckRange(in, "systolic_bp", 40, 300, "mmHg"); !s.ok()) return s;
    if (auto s = CheckRange(in, "age", 0, 130, "years"); !s.ok()) return s;
    ScoreSheet sheet(in);
    auto sbp = sheet.Get("systolic_bp");
    sheet.Add("uncontrolled hypertension (systolic > 160 mmHg)",
              sbp ? Above(sbp, 160) : Flag(sheet.Get("uncontrolled_hypertension")), 1);
    sheet.Add("abnormal renal function", Flag(sheet.Get("abnormal_renal")), 1);
    sheet.Add("abnormal liver function", Flag(sheet.Get("abnormal_liver")), 1);
    sheet.Add("stroke", Flag(sheet.Get("stroke")), 1);
    sheet.Add("bleeding history or predisposition", Flag(sheet.Get("bleeding")), 1);
    sheet.Add("labile INR", Flag(sheet.Get("labile_inr")), 1);
    sheet.Add("elderly (age > 65)", Above(sheet.Get("age"), 65), 1);
    sheet.Add("antiplatelet drug or NSAID", Flag(sheet.Get("drugs")), 1);
    sheet.Add("alcohol 8 or more drinks a week", Flag(sheet.Get("alcohol")), 1);
    ScoreResult r = sheet.Finish(d);
    if (r.complete) r.interpretation = Interpretation(r.points);
    return r;
  };
  return {d, {"hasbled_pisters_2010", "hasbled_pmc_table"}, compute};
}

}  // namespace sanus::guidance
