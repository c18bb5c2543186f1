// The PHQ-9 (Kroenke, Spitzer and Williams, J Gen Intern Med 2001): the nine DSM-IV criteria for
// depression over the last 2 weeks, each 0 (not at all), 1 (several days), 2 (more than half the
// days) or 3 (nearly every day); 0-27. 5, 10, 15 and 20 mark mild, moderate, moderately severe and
// severe depression; 10 or more had 88% sensitivity and 88% specificity for major depression.
// Item 9 (thoughts of being better off dead or of self-harm) above 0 is flagged for a same-day
// suicide-risk assessment whatever the total, even while other items are missing.
#include "guidance/scores/score.h"

namespace sanus::guidance {
namespace {

// Input name, short label, and the question as the PHQ-9 asks it.
struct Item {
  const char* name;
  const char* label;
  const char* question;
};
constexpr Item kItems[] = {
    {"item1", "item 1, interest", "little interest or pleasure in doing things"},
    {"item2", "item 2, low mood", "feeling down, depressed or hopeless"},
    {"item3", "item 3, sleep", "trouble falling or staying asleep, or sleeping too much"},
    {"item4", "item 4, energy", "feeling tired or having little energy"},
    {"item5", "item 5, appetite", "poor appetite or overeating"},
    {"item6", "item 6, self-worth",
     "feeling bad about yourself, or that you are a failure or have let yourself or your family "
     "down"},
    {"item7", "item 7, concentration", "trouble concentrating on things"},
    {"item8", "item 8, slowed or restless",
     "moving or speaking so slowly that others could notice, or being fidgety or restless"},
    {"item9", "item 9, thoughts of death or self-harm",
     "thoughts that you would be better off dead, or of hurting yourself"},
};

constexpr const char* kSelfHarmFlag =
    "item 9 above 0 (thoughts of being better off dead or of self-harm): assess suicide risk the "
    "same day";

const char* Severity(double points) {
  if (points < 5) return "below 5: under the threshold for mild depression";
  if (points < 10) return "5-9: mild depression";
  if (points < 15)
    return "10-14: moderate depression (10 or more: 88% sensitivity and specificity for major "
           "depression)";
  if (points < 20) return "15-19: moderately severe depression";
  return "20-27: severe depression";
}

}  // namespace

ScoreFunction Phq9() {
  ScoreDefinition d{"phq9", "PHQ-9", "depression severity over the last 2 weeks", {}};
  for (const auto& item : kItems) {
    d.inputs.push_back(
        {item.name,
         std::string(item.question) +
             ": 0 not at all, 1 several days, 2 more than half the days, 3 nearly every day"});
  }
  auto compute = [d](const ScoreInputs& in) -> Result<ScoreResult> {
    for (const auto& item : kItems) {
      if (auto s = CheckWhole(in, item.name, 0, 3); !s.ok()) return s;
    }
    ScoreSheet sheet(in);
    for (const auto& item : kItems) {
      auto v = sheet.Get(item.name);
      sheet.AddBand(item.label, v ? std::optional<int>(static_cast<int>(*v)) : std::nullopt, 0, 3);
    }
    ScoreResult r = sheet.Finish(d);
    const bool self_harm = sheet.Get("item9").value_or(0) > 0;
    if (r.complete) r.interpretation = Severity(r.points);
    if (self_harm)
      r.interpretation =
          r.interpretation.empty() ? kSelfHarmFlag : r.interpretation + "; " + kSelfHarmFlag;
    return r;
  };
  return {d, {"phq9_kroenke_2001", "phq9_item9_simon_2013", "nice_ng225"}, compute};
}

}  // namespace sanus::guidance
