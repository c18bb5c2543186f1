// The McIsaac (modified Centor) score for group A streptococcal sore throat: one point each for
// temperature > 38 °C, absence of cough, tender swollen anterior neck glands, tonsillar swelling
// or exudate; age 3-14 +1, 15-44 0, 45 and over -1 (range -1 to 5). Not for children under 3.
#include "guidance/scores/score.h"

namespace sanus::guidance {
namespace {

const char* Interpretation(double points) {
  if (points <= 0) return "group A strep about 1-2.5%: no test or antibiotic needed";
  if (points == 1) return "group A strep about 5-10%: no test or antibiotic needed";
  if (points == 2) return "group A strep about 11-17%: consider a rapid antigen test or culture";
  if (points == 3) return "group A strep about 28-35%: rapid antigen test or culture, treat if positive";
  return "group A strep about 51-53%: test, or treat empirically where local guidance allows";
}

}  // namespace

ScoreFunction McIsaac() {
  ScoreDefinition d{"mcisaac", "McIsaac (modified Centor)", "probability of group A streptococcal sore throat",
                    {{"temperature_c", "highest temperature, °C (or fever: 1 yes, 0 no)"},
                     {"fever", "temperature above 38 °C: 1 yes, 0 no"},
                     {"cough", "cough present: 1 yes, 0 no"},
                     {"tender_nodes", "tender, swollen anterior neck glands: 1 yes, 0 no"},
                     {"tonsils", "tonsillar swelling or exudate: 1 yes, 0 no"},
                     {"age", "years (3 or more)"}}};
  auto compute = [d](const ScoreInputs& in) -> Result<ScoreResult> {
    ScoreSheet sheet(in);
    auto age = sheet.Get("age");
    if (age && *age < 3) return Status::InvalidArgument("the McIsaac score is not for children under 3");
    auto temperature = sheet.Get("temperature_c");
    Criterion fever = temperature ? Criterion(*temperature > 38) : Flag(sheet.Get("fever"));
    sheet.Add("temperature > 38 °C", fever, 1);
    auto cough = Flag(sheet.Get("cough"));
    sheet.Add("no cough", cough ? Criterion(!*cough) : std::nullopt, 1);
    sheet.Add("tender swollen anterior neck glands", Flag(sheet.Get("tender_nodes")), 1);
    sheet.Add("tonsillar swelling or exudate", Flag(sheet.Get("tonsils")), 1);
    if (!age) {
      // The age adjustment is -1, 0 or +1: unknown spans both ways.
      sheet.Add("age 3-14", std::nullopt, 1);
      sheet.Add("age 45 or over", std::nullopt, -1);
    } else {
      sheet.AddKnown(*age < 15 ? "age 3-14" : *age >= 45 ? "age 45 or over" : "age 15-44",
                     *age < 15 ? 1 : *age >= 45 ? -1 : 0);
    }
    ScoreResult r = sheet.Finish(d);
    if (r.complete) r.interpretation = Interpretation(r.points);
    return r;
  };
  return {d, {"mcisaac_centor_cliniborg"}, compute};
}

}  // namespace sanus::guidance
