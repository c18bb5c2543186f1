// FeverPAIN (Little et al., PRISM 2013; NICE NG84) for acute sore throat: one point each for
// Fever in the past 24 hours, Purulence (pus on the tonsils), Attending rapidly (within 3 days
// of onset), severely Inflamed tonsils, No cough or coryza (0-5). Derived in adults and children
// aged 3 and over. NICE: 0-1 13-18%, 2-3 34-40%, 4-5 62-65% likelihood of isolating streptococcus.
#include "guidance/scores/score.h"

namespace sanus::guidance {
namespace {

const char* Interpretation(double points) {
  if (points <= 1) {
    return "0-1: 13-18% likelihood of isolating streptococcus; unlikely to benefit from an "
           "antibiotic: NICE NG84 "
           "offers no antibiotic prescription, with advice and safety-netting";
  }
  if (points <= 3) {
    return "2-3: 34-40% likelihood of isolating streptococcus; NICE NG84: consider no antibiotic "
           "prescription with "
           "advice, or a back-up antibiotic prescription";
  }
  return "4-5: 62-65% likelihood of isolating streptococcus; most likely to benefit from an "
         "antibiotic: NICE NG84 "
         "considers an immediate or a back-up antibiotic prescription";
}

}  // namespace

ScoreFunction FeverPain() {
  ScoreDefinition d{
      "feverpain",
      "FeverPAIN",
      "likelihood of streptococcal sore throat and antibiotic benefit",
      {{"fever", "fever in the past 24 hours: 1 yes, 0 no"},
       {"purulence", "pus on the tonsils: 1 yes, 0 no"},
       {"attend_rapidly", "seen within 3 days of the symptoms starting: 1 yes, 0 no"},
       {"inflamed_tonsils", "severely inflamed tonsils: 1 yes, 0 no"},
       {"cough_or_coryza", "cough or coryza (runny, blocked nose) present: 1 yes, 0 no"},
       {"age", "years (optional; the score is for age 3 and over)"}}};
  auto compute = [d](const ScoreInputs& in) -> Result<ScoreResult> {
    if (auto s = CheckFlags(
            in, {"fever", "purulence", "attend_rapidly", "inflamed_tonsils", "cough_or_coryza"});
        !s.ok()) {
      return s;
    }
    if (auto s = CheckRange(in, "age", 0, 130, "years"); !s.ok()) return s;
    ScoreSheet sheet(in);
    auto age = sheet.Get("age");
    if (age && *age < 3) return Status::InvalidArgument("FeverPAIN is for people aged 3 and over");
    sheet.Add("fever in the past 24 hours", Flag(sheet.Get("fever")), 1);
    sheet.Add("purulence", Flag(sheet.Get("purulence")), 1);
    sheet.Add("attended within 3 days", Flag(sheet.Get("attend_rapidly")), 1);
    sheet.Add("severely inflamed tonsils", Flag(sheet.Get("inflamed_tonsils")), 1);
    sheet.Add("no cough or coryza", Not(Flag(sheet.Get("cough_or_coryza"))), 1);
    ScoreResult r = sheet.Finish(d);
    if (r.complete) r.interpretation = Interpretation(r.points);
    return r;
  };
  return {d, {"nice_ng84_sore_throat", "nice_ng84_terms", "feverpain_gcare"}, compute};
}

}  // namespace sanus::guidance
