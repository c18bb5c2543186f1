// The two-level Wells score for deep vein thrombosis (Wells et al., NEJM 2003), as NICE NG158
// tabulates it: one point each for active cancer; paralysis, paresis or a recent leg cast;
// bedridden 3 days or more or major surgery within 12 weeks; localised deep-vein tenderness; the
// entire leg swollen; calf swelling at least 3 cm more than the other side; pitting oedema of
// the symptomatic leg; collateral (non-varicose) superficial veins; previously documented DVT;
// minus 2 when an alternative diagnosis is at least as likely (-2 to 9). 2 or more DVT likely.
#include "guidance/scores/score.h"

namespace sanus::guidance {

ScoreFunction WellsDvt() {
  ScoreDefinition d{
      "wells_dvt",
      "Wells score for DVT (two-level)",
      "clinical probability of deep vein thrombosis",
      {{"active_cancer", "cancer on treatment, within 6 months, or palliative: 1 yes, 0 no"},
       {"paralysis_or_cast",
        "paralysis, paresis or recent plaster immobilisation of the leg: 1 yes, 0 no"},
       {"bedridden_or_surgery",
        "bedridden 3 days or more, or major surgery within 12 weeks under general "
        "or regional anaesthesia: 1 yes, 0 no"},
       {"deep_vein_tenderness", "localised tenderness along the deep venous system: 1 yes, 0 no"},
       {"entire_leg_swollen", "1 yes, 0 no"},
       {"calf_swelling_3cm", "calf at least 3 cm larger than the other side: 1 yes, 0 no"},
       {"pitting_oedema", "pitting oedema confined to the symptomatic leg: 1 yes, 0 no"},
       {"collateral_veins", "collateral superficial (non-varicose) veins: 1 yes, 0 no"},
       {"previous_dvt", "previously documented DVT: 1 yes, 0 no"},
       {"alternative_diagnosis",
        "an alternative diagnosis at least as likely as DVT: 1 yes, 0 no"}}};
  auto compute = [d](const ScoreInputs& in) -> Result<ScoreResult> {
    if (auto s = CheckFlags(
            in, {"active_cancer", "paralysis_or_cast", "bedridden_or_surgery",
                 "deep_vein_tenderness", "entire_leg_swollen", "calf_swelling_3cm",
                 "pitting_oedema", "collateral_veins", "previous_dvt", "alternative_diagnosis"});
        !s.ok()) {
      return s;
    }
    ScoreSheet sheet(in);
    sheet.Add("active cancer", Flag(sheet.Get("active_cancer")), 1);
    sheet.Add("paralysis, paresis or recent leg cast", Flag(sheet.Get("paralysis_or_cast")), 1);
    sheet.Add("bedridden 3 days or more, or major surgery within 12 weeks",
              Flag(sheet.Get("bedridden_or_surgery")), 1);
    sheet.Add("localised deep-vein tenderness", Flag(sheet.Get("deep_vein_tenderness")), 1);
    sheet.Add("entire leg swollen", Flag(sheet.Get("entire_leg_swollen")), 1);
    sheet.Add("calf swelling at least 3 cm", Flag(sheet.Get("calf_swelling_3cm")), 1);
    sheet.Add("pitting oedema of the symptomatic leg", Flag(sheet.Get("pitting_oedema")), 1);
    sheet.Add("collateral superficial veins", Flag(sheet.Get("collateral_veins")), 1);
    sheet.Add("previously documented DVT", Flag(sheet.Get("previous_dvt")), 1);
    sheet.Add("alternative diagnosis at least as likely", Flag(sheet.Get("alternative_diagnosis")),
              -2);
    ScoreResult r = sheet.Finish(d);
    if (r.complete) {
      r.interpretation = r.points >= 2
                             ? "DVT likely (2 or more): NICE NG158 offers a proximal leg vein "
                               "ultrasound scan, and a "
                               "D-dimer test if the scan is negative"
                             : "DVT unlikely (1 or less): NICE NG158 offers a D-dimer test";
    }
    return r;
  };
  return {d, {"nice_ng158"}, compute};
}

}  // namespace sanus::guidance
