// The PE rule-out criteria (PERC; Kline et al., J Thromb Haemost 2004 and 2008): eight
// criteria, each present or not: age >= 50, pulse >= 100/min, SaO2 < 95%, haemoptysis, oestrogen
// use, surgery or trauma needing hospital care within 4 weeks, prior DVT or PE, unilateral leg
// swelling. The rule means something only when the clinician's gestalt puts the probability of
// PE below 15%; then none of the eight present ("PERC negative") took the 45-day rate of VTE or
// death below 2% in the 2008 validation. Any one present: PERC positive, the rule does not
// rule PE out. Points are the number of criteria present (0-8).
#include "guidance/scores/score.h"

namespace sanus::guidance {
namespace {

constexpr const char* kGestalt =
    "only when clinical gestalt puts the probability of PE below 15%; with a higher suspicion the "
    "rule does not apply";

}  // namespace

ScoreFunction Perc() {
  ScoreDefinition d{"perc",
                    "PERC rule",
                    "whether PE can be ruled out without testing when suspicion is low",
                    {{"low_gestalt",
                      "clinical gestalt puts the probability of PE below 15%: 1 yes, 0 no "
                      "(0 is refused: the rule is not for that person)"},
                     {"age", "years"},
                     {"heart_rate", "beats a minute"},
                     {"spo2", "oxygen saturation on air, %"},
                     {"haemoptysis", "1 yes, 0 no"},
                     {"oestrogen_use", "oestrogen (hormone) use: 1 yes, 0 no"},
                     {"recent_surgery_or_trauma",
                      "surgery or trauma needing hospital care within 4 weeks: 1 yes, 0 no"},
                     {"previous_vte", "previous DVT or PE: 1 yes, 0 no"},
                     {"unilateral_leg_swelling", "1 yes, 0 no"}}};
  auto compute = [d](const ScoreInputs& in) -> Result<ScoreResult> {
    if (auto s =
            CheckFlags(in, {"low_gestalt", "haemoptysis", "oestrogen_use",
                            "recent_surgery_or_trauma", "previous_vte", "unilateral_leg_swelling"});
        !s.ok()) {
      return s;
    }
    if (auto s = CheckRange(in, "age", 0, 130, "years"); !s.ok()) return s;
    if (auto s = CheckRange(in, "heart_rate", 20, 300, "beats a minute"); !s.ok()) return s;
    if (auto s = CheckRange(in, "spo2", 0, 100, "%"); !s.ok()) return s;
    ScoreSheet sheet(in);
    if (sheet.Get("low_gestalt") == 0.0) {
      return Status::InvalidArgument(std::string("the PERC rule applies ") + kGestalt);
    }
    const Criterion met =
        AnyOf({AtLeast(sheet.Get("age"), 50), AtLeast(sheet.Get("heart_rate"), 100),
               Below(sheet.Get("spo2"), 95), Flag(sheet.Get("haemoptysis")),
               Flag(sheet.Get("oestrogen_use")), Flag(sheet.Get("recent_surgery_or_trauma")),
               Flag(sheet.Get("previous_vte")), Flag(sheet.Get("unilateral_leg_swelling"))});
    sheet.Add("age >= 50", AtLeast(sheet.Get("age"), 50), 1);
    sheet.Add("heart rate >= 100/min", AtLeast(sheet.Get("heart_rate"), 100), 1);
    sheet.Add("SaO2 < 95%", Below(sheet.Get("spo2"), 95), 1);
    sheet.Add("haemoptysis", Flag(sheet.Get("haemoptysis")), 1);
    sheet.Add("oestrogen use", Flag(sheet.Get("oestrogen_use")), 1);
    sheet.Add("surgery or trauma within 4 weeks", Flag(sheet.Get("recent_surgery_or_trauma")), 1);
    sheet.Add("previous DVT or PE", Flag(sheet.Get("previous_vte")), 1);
    sheet.Add("unilateral leg swelling", Flag(sheet.Get("unilateral_leg_swelling")), 1);
    ScoreResult r = sheet.Finish(d);
    // Positive is settled by one criterion; negative needs all eight known to be absent.
    if (met && *met) {
      r.interpretation = "PERC positive (met: " + MetCriteria(r) +
                         "): PE is not ruled out by this rule; meaningful " + kGestalt;
    } else if (met) {
      r.interpretation =
          std::string(
              "PERC negative: none of the eight criteria; with low gestalt the 45-day rate of "
              "VTE or death was below 2% in the validation study. Meaningful ") +
          kGestalt;
    }
    return r;
  };
  return {d, {"perc_kline_2008"}, compute};
}

}  // namespace sanus::guidance
