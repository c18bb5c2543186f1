// The Ottawa ankle and foot rules (Stiell et al., Ann Emerg Med 1992; JAMA 1993) after an ankle
// or midfoot injury. Ankle X-ray only with pain in the malleolar zone and any of: bone
// tenderness at the posterior edge or tip of the lateral malleolus (distal 6 cm), the same at the
// medial malleolus, or inability to bear weight (four steps) both immediately and in the
// emergency department. Foot X-ray only with midfoot pain and any of: bone tenderness at the base
// of the fifth metatarsal, at the navicular, or the same inability to bear weight. Points are the
// number of findings met (0-5); a zone without pain needs none of its findings.
#include "guidance/scores/score.h"

namespace sanus::guidance {
namespace {

// A region's rule: positive when its zone hurts and any finding holds; negative when the zone
// does not hurt or no finding holds; unknown otherwise.
Criterion RegionRule(Criterion zone_pain, Criterion any_finding) {
  if (zone_pain && !*zone_pain) return false;
  if (any_finding && !*any_finding) return false;
  if (zone_pain && any_finding) return true;
  return std::nullopt;
}

}  // namespace

ScoreFunction OttawaAnkle() {
  ScoreDefinition d{
      "ottawa_ankle",
      "Ottawa ankle and foot rules",
      "whether an ankle or midfoot injury needs an X-ray",
      {{"malleolar_pain", "pain in the malleolar (ankle) zone: 1 yes, 0 no"},
       {"midfoot_pain", "pain in the midfoot zone: 1 yes, 0 no"},
       {"lateral_malleolus_tender",
        "bone tenderness at the posterior edge or tip of the lateral malleolus (distal "
        "6 cm): 1 yes, 0 no"},
       {"medial_malleolus_tender",
        "bone tenderness at the posterior edge or tip of the medial malleolus (distal 6 cm): "
        "1 yes, 0 no"},
       {"fifth_metatarsal_tender",
        "bone tenderness at the base of the fifth metatarsal: 1 yes, 0 no"},
       {"navicular_tender", "bone tenderness at the navicular: 1 yes, 0 no"},
       {"unable_to_bear_weight",
        "unable to take four steps both immediately and in the emergency department: "
        "1 yes, 0 no"},
       {"age", "years (optional; the rules are for age 2 and over)"}}};
  auto compute = [d](const ScoreInputs& in) -> Result<ScoreResult> {
    if (auto s = CheckFlags(in, {"malleolar_pain", "midfoot_pain", "lateral_malleolus_tender",
                                 "medial_malleolus_tender", "fifth_metatarsal_tender",
                                 "navicular_tender", "unable_to_bear_weight"});
        !s.ok()) {
      return s;
    }
    if (auto s = CheckRange(in, "age", 0, 130, "years"); !s.ok()) return s;
    ScoreSheet sheet(in);
    auto age = sheet.Get("age");
    if (age && *age < 2)
      return Status::InvalidArgument("the Ottawa ankle rules are for age 2 and over");
    const Criterion ankle_zone = Flag(sheet.Get("malleolar_pain")),
                    foot_zone = Flag(sheet.Get("midfoot_pain"));
    if (ankle_zone == false && foot_zone == false) {
      return Status::InvalidArgument(
          "the Ottawa rules apply only with pain in the malleolar or midfoot zone");
    }
    const Criterion lateral = Flag(sheet.Get("lateral_malleolus_tender")),
                    medial = Flag(sheet.Get("medial_malleolus_tender")),
                    fifth = Flag(sheet.Get("fifth_metatarsal_tender")),
                    navicular = Flag(sheet.Get("navicular_tender")),
                    weight = Flag(sheet.Get("unable_to_bear_weight"));
    // Whether a zone hurts is a gate, not a point: unknown, it is named as missing.
    if (!ankle_zone) sheet.Add("pain in the malleolar zone", std::nullopt, 0);
    if (!foot_zone) sheet.Add("pain in the midfoot zone", std::nullopt, 0);
    if (ankle_zone != false) {
      sheet.Add("lateral malleolus bone tenderness", lateral, 1);
      sheet.Add("medial malleolus bone tenderness", medial, 1);
    }
    if (foot_zone != false) {
      sheet.Add("base of fifth metatarsal bone tenderness", fifth, 1);
      sheet.Add("navicular bone tenderness", navicular, 1);
    }
    sheet.Add("unable to bear weight for four steps", weight, 1);
    ScoreResult r = sheet.Finish(d);
    const Criterion ankle = RegionRule(ankle_zone, AnyOf({lateral, medial, weight}));
    const Criterion foot = RegionRule(foot_zone, AnyOf({fifth, navicular, weight}));
    if ((ankle && *ankle) || (foot && *foot)) {
      std::string series = ankle && *ankle && foot && *foot ? "ankle and foot X-ray series"
                           : ankle && *ankle                ? "ankle X-ray series"
                                                            : "foot X-ray series";
      r.interpretation = "rule positive: " + series + " indicated (met: " + MetCriteria(r) + ")";
      if (!ankle) r.interpretation += "; the ankle rule is not yet settled";
      if (!foot) r.interpretation += "; the foot rule is not yet settled";
    } else if (ankle && foot) {
      r.interpretation =
          "rule negative: no ankle or foot X-ray needed by the rule (its negative likelihood ratio "
          "for fracture was 0.08 in a systematic review)";
    }
    return r;
  };
  return {d,
          {"ottawa_mdcalc_advice", "ottawa_mdcalc", "ottawa_foot_rcemlearning", "bmj_ottawa_2003"},
          compute};
}

}  // namespace sanus::guidance
