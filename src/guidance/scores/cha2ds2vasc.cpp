// CHA2DS2-VASc (Lip et al., Chest 2010): stroke risk in non-valvular atrial fibrillation.
// Congestive heart failure 1, Hypertension 1, Age >= 75 2, Diabetes 1, prior Stroke/TIA/
// thromboembolism 2, Vascular disease 1, Age 65-74 1, Sex category female 1 (0-9).
#include "guidance/scores/score.h"

namespace sanus::guidance {
ScoreFunction Cha2ds2Vasc() {
  ScoreDefinition d{"cha2ds2vasc", "CHA2DS2-VASc", "stroke risk in non-valvular atrial fibrillation",
                    {{"heart_failure", "congestive heart failure or LV dysfunction: 1 yes, 0 no"},
                     {"hypertension", "1 yes, 0 no"},
                     {"age", "years"},
                     {"diabetes", "1 yes, 0 no"},
                     {"stroke_tia", "previous stroke, TIA or thromboembolism: 1 yes, 0 no"},
                     {"vascular_disease", "previous MI, peripheral arterial disease or aortic plaque: 1 yes, 0 no"},
                     {"female", "1 female, 0 male"}}};
  auto compute = [d](const ScoreInputs& in) -> Result<ScoreResult> {
    ScoreSheet sheet(in);
    sheet.Add("congestive heart failure", Flag(sheet.Get("heart_failure")), 1);
    sheet.Add("hypertension", Flag(sheet.Get("hypertension")), 1);
    auto age = sheet.Get("age");
    sheet.AddBand("age", age ? std::optional<int>(*age >= 75 ? 2 : *age >= 65 ? 1 : 0) : std::nullopt, 0, 2);
    sheet.Add("diabetes", Flag(sheet.Get("diabetes")), 1);
    sheet.Add("stroke, TIA or thromboembolism", Flag(sheet.Get("stroke_tia")), 2);
    sheet.Add("vascular disease", Flag(sheet.Get("vascular_disease")), 1);
    sheet.Add("female sex", Flag(sheet.Get("female")), 1);
    ScoreResult r = sheet.Finish(d);
    if (r.complete) {
      // The registered source gives the points, not treatment thresholds: say only what the
      // score means, and leave the anticoagulation decision to current AF guidance.
      const bool female = sheet.Get("female").value_or(0) != 0;
      const double other = r.points - (female ? 1 : 0);
      r.interpretation = other == 0 ? "low: no stroke risk factor besides sex"
                                    : "higher scores mean a higher yearly stroke risk; decide on anticoagulation "
                                      "with current atrial fibrillation guidance";
    }
    return r;
  };
  return {d, {"cha2ds2vasc_globalrph"}, compute};
}

}  // namespace sanus::guidance
