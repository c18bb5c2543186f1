// The Canadian CT Head Rule (Stiell et al., Lancet 2001) for minor head injury: GCS 13-15 after
// witnessed loss of consciousness, definite amnesia or witnessed disorientation, age 16 or over,
// not on blood thinners, no seizure after the injury. High risk (neurosurgical intervention):
// GCS < 15 two hours after injury, suspected open or depressed skull fracture, any sign of basal
// skull fracture, vomiting twice or more, age >= 65. Medium risk (brain injury on CT): amnesia
// for 30 minutes or more before impact, dangerous mechanism. Any one: CT head. Points are the
// number of criteria met (0-7).
#include "guidance/scores/score.h"

namespace sanus::guidance {
namespace {

Status CheckApplies(const ScoreSheet& sheet) {
  auto age = sheet.Get("age");
  auto gcs = sheet.Get("gcs");
  if (age && *age < 16)
    return Status::InvalidArgument("the Canadian CT Head Rule is for age 16 and over");
  if (gcs && (*gcs < 13 || *gcs > 15)) {
    return Status::InvalidArgument(
        "the Canadian CT Head Rule is for minor head injury with GCS 13-15");
  }
  if (sheet.Get("minor_head_injury") == 0.0) {
    return Status::InvalidArgument(
        "the Canadian CT Head Rule applies only after witnessed loss of consciousness, "
        "definite amnesia or witnessed disorientation");
  }
  if (sheet.Get("anticoagulant") == 1.0) {
    return Status::InvalidArgument(
        "the Canadian CT Head Rule does not apply to people on blood thinners");
  }
  if (sheet.Get("seizure") == 1.0) {
    return Status::InvalidArgument(
        "the Canadian CT Head Rule does not apply after a seizure following the injury");
  }
  return Status::Ok();
}

}  // namespace

ScoreFunction CanadianCtHead() {
  ScoreDefinition d{
      "canadian_ct_head",
      "Canadian CT Head Rule",
      "whether a minor head injury needs a CT head scan",
      {{"age", "years (16 or over)"},
       {"gcs", "GCS at assessment (13-15)"},
       {"minor_head_injury",
        "witnessed loss of consciousness, definite amnesia or witnessed disorientation: 1 yes, 0 "
        "no"},
       {"anticoagulant",
        "on blood thinners or with a bleeding disorder: 1 yes, 0 no (1 is refused)"},
       {"seizure", "seizure after the injury: 1 yes, 0 no (1 is refused)"},
       {"gcs_2h", "GCS 2 hours after the injury (3-15)"},
       {"open_or_depressed_fracture", "suspected open or depressed skull fracture: 1 yes, 0 no"},
       {"basal_skull_fracture",
        "any sign of basal skull fracture (haemotympanum, raccoon eyes, CSF from ear or nose, "
        "Battle's sign): 1 yes, 0 no"},
       {"vomiting_episodes", "episodes of vomiting since the injury"},
       {"amnesia_before_impact_min", "minutes of amnesia for events before the impact"},
       {"dangerous_mechanism",
        "pedestrian struck by a vehicle, occupant ejected from a vehicle, or fall from more than "
        "3 feet or 5 stairs: 1 yes, 0 no"}}};
  auto compute = [d](const ScoreInputs& in) -> Result<ScoreResult> {
    if (auto s = CheckFlags(
            in, {"minor_head_injury", "anticoagulant", "seizure", "open_or_depressed_fracture",
                 "basal_skull_fracture", "dangerous_mechanism"});
        !s.ok()) {
      return s;
    }
    for (auto s : {CheckRange(in, "age", 0, 130, "years"), CheckWhole(in, "gcs", 3, 15),
                   CheckWhole(in, "gcs_2h", 3, 15), CheckWhole(in, "vomiting_episodes", 0, 100),
                   CheckRange(in, "amnesia_before_impact_min", 0, 10080, "minutes")}) {
      if (!s.ok()) return s;
    }
    ScoreSheet sheet(in);
    if (auto s = CheckApplies(sheet); !s.ok()) return s;
    const Criterion gcs_2h = Below(sheet.Get("gcs_2h"), 15),
                    open = Flag(sheet.Get("open_or_depressed_fracture")),
                    basal = Flag(sheet.Get("basal_skull_fracture")),
                    vomiting = AtLeast(sheet.Get("vomiting_episodes"), 2),
                    old = AtLeast(sheet.Get("age"), 65),
                    amnesia = AtLeast(sheet.Get("amnesia_before_impact_min"), 30),
                    mechanism = Flag(sheet.Get("dangerous_mechanism"));
    sheet.Add("GCS < 15 at 2 hours (high risk)", gcs_2h, 1);
    sheet.Add("suspected open or depressed skull fracture (high risk)", open, 1);
    sheet.Add("sign of basal skull fracture (high risk)", basal, 1);
    sheet.Add("vomiting twice or more (high risk)", vomiting, 1);
    sheet.Add("age >= 65 (high risk)", old, 1);
    sheet.Add("amnesia before impact >= 30 minutes (medium risk)", amnesia, 1);
    sheet.Add("dangerous mechanism (medium risk)", mechanism, 1);
    ScoreResult r = sheet.Finish(d);
    const Criterion high = AnyOf({gcs_2h, open, basal, vomiting, old});
    const Criterion any = AnyOf({high, amnesia, mechanism});
    if (any && *any) {
      const char* risk =
          high && *high ? "high risk for neurosurgical intervention"
          : high        ? "medium risk for brain injury on CT"
                        : "medium risk for brain injury on CT; high-risk criteria not all known";
      r.interpretation = std::string("rule positive: CT head indicated (") + risk +
                         "; met: " + MetCriteria(r) + ")";
    } else if (any) {
      r.interpretation =
          "rule negative: no high- or medium-risk criterion, CT head not required by the rule";
    }
    return r;
  };
  return {d, {"cchr_springerplus_table", "cchr_mdcalc", "cchr_pathway"}, compute};
}

}  // namespace sanus::guidance
