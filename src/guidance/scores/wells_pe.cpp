// The Wells score for pulmonary embolism (Wells et al., Thromb Haemost 2000; Ann Intern Med
// 2001): clinical signs of DVT 3, PE the most likely diagnosis 3, heart rate > 100/min 1.5,
// immobilisation or surgery in the previous 4 weeks 1.5, previous DVT or PE 1.5, haemoptysis 1,
// malignancy 1 (0-12.5). Two levels (NICE NG158): more than 4 PE likely, 4 or less unlikely.
// Three tiers (the 2001 rule): below 2 low, 2-6 moderate, above 6 high.
#include "guidance/scores/score.h"

namespace sanus::guidance {
namespace {

std::string Interpretation(double points) {
  const std::string tiers = points < 2    ? "three-tier: low (below 2)"
                            : points <= 6 ? "three-tier: moderate (2-6)"
                                          : "three-tier: high (above 6)";
  if (points > 4) {
    return "PE likely (two-level Wells above 4): NICE NG158 goes straight to CT pulmonary "
           "angiography; " +
           tiers;
  }
  return "PE unlikely (two-level Wells 4 or less): NICE NG158 offers a D-dimer test; " + tiers;
}

}  // namespace

ScoreFunction WellsPe() {
  ScoreDefinition d{
      "wells_pe",
      "Wells score for PE",
      "clinical probability of pulmonary embolism",
      {{"dvt_signs",
        "clinical signs and symptoms of DVT (at least leg swelling and pain on palpation "
        "of the deep veins): 1 yes, 0 no"},
       {"pe_most_likely",
        "PE is the most likely diagnosis (no alternative more likely): 1 yes, 0 no"},
       {"heart_rate", "beats a minute"},
       {"immobilisation_or_surgery",
        "immobilised for at least 3 days, or surgery in the previous "
        "4 weeks: 1 yes, 0 no"},
       {"previous_vte", "previous DVT or PE: 1 yes, 0 no"},
       {"haemoptysis", "coughing up blood: 1 yes, 0 no"},
       {"malignancy",
        "cancer on treatment, treated in the last 6 months, or palliative: 1 yes, 0 no"}}};
  auto compute = [d](const ScoreInputs& in) -> Result<ScoreResult> {
    if (auto s = CheckFlags(in, {"dvt_signs", "pe_most_likely", "immobilisation_or_surgery",
                                 "previous_vte", "haemoptysis", "malignancy"});
        !s.ok()) {
      return s;
    }
    if (auto s = CheckRange(in, "heart_rate", 20, 300, "beats a minute"); !s.ok()) return s;
    ScoreSheet sheet(in);
    sheet.Add("clinical signs of DVT", Flag(sheet.Get("dvt_signs")), 3);
    sheet.Add("PE the most likely diagnosis", Flag(sheet.Get("pe_most_likely")), 3);
    sheet.Add("heart rate > 100/min", Above(sheet.Get("heart_rate"), 100), 1.5);
    sheet.Add("immobilisation or surgery in the previous 4 weeks",
              Flag(sheet.Get("immobilisation_or_surgery")), 1.5);
    sheet.Add("previous DVT or PE", Flag(sheet.Get("previous_vte")), 1.5);
    sheet.Add("haemoptysis", Flag(sheet.Get("haemoptysis")), 1);
    sheet.Add("malignancy", Flag(sheet.Get("malignancy")), 1);
    ScoreResult r = sheet.Finish(d);
    if (r.complete) r.interpretation = Interpretation(r.points);
    return r;
  };
  return {d, {"nice_ng158", "wells_pe_medscape"}, compute};
}

}  // namespace sanus::guidance
