// The Alvarado (MANTRELS) score (Alvarado, Ann Emerg Med 1986) for suspected acute appendicitis:
// Migration of pain to the right lower quadrant 1, Anorexia 1, Nausea or vomiting 1, right lower
// quadrant Tenderness 2, Rebound tenderness 1, Elevated temperature 1, Leukocytosis (white cells
// above 10 x 10^9/L) 2, Shift to the left of the neutrophils 1 (0-10). WSES 2016: 0-4 appendicitis
// not likely, 5-6 equivocal, 7-8 probable, 9-10 highly likely; below 5 is sensitive enough to
// exclude it, but the score is not specific enough to diagnose it. The temperature and the
// neutrophil proportion that count as raised differ between sources, so those two are yes/no.
#include "guidance/scores/score.h"

namespace sanus::guidance {
namespace {

const char* Interpretation(double points) {
  if (points <= 4) {
    return "0-4: appendicitis not likely (WSES: a score below 5 is sensitive enough to exclude "
           "acute appendicitis)";
  }
  if (points <= 6) return "5-6: equivocal";
  if (points <= 8)
    return "7-8: appendicitis probable (the score is not specific enough to diagnose it on its "
           "own)";
  return "9-10: appendicitis highly likely (the score is not specific enough to diagnose it on its "
         "own)";
}

}  // namespace

ScoreFunction Alvarado() {
  ScoreDefinition d{"alvarado",
                    "Alvarado (MANTRELS)",
                    "likelihood of acute appendicitis",
                    {{"migration", "pain migrating to the right lower quadrant: 1 yes, 0 no"},
                     {"anorexia", "loss of appetite: 1 yes, 0 no"},
                     {"nausea_vomiting", "nausea or vomiting: 1 yes, 0 no"},
                     {"rlq_tenderness", "tenderness in the right lower quadrant: 1 yes, 0 no"},
                     {"rebound", "rebound tenderness: 1 yes, 0 no"},
                     {"elevated_temperature", "raised temperature: 1 yes, 0 no"},
                     {"wbc", "white cell count, x 10^9/L (or give leukocytosis)"},
                     {"leukocytosis", "white cell count above 10 x 10^9/L: 1 yes, 0 no"},
                     {"left_shift", "neutrophil shift to the left: 1 yes, 0 no"}}};
  auto compute = [d](const ScoreInputs& in) -> Result<ScoreResult> {
    if (auto s = CheckFlags(in, {"migration", "anorexia", "nausea_vomiting", "rlq_tenderness",
                                 "rebound", "elevated_temperature", "leukocytosis", "left_shift"});
        !s.ok()) {
      return s;
    }
    if (auto s = CheckRange(in, "wbc", 0, 500, "x 10^9/L"); !s.ok()) return s;
    ScoreSheet sheet(in);
    auto wbc = sheet.Get("wbc");
    sheet.Add("migration of pain to the right lower quadrant", Flag(sheet.Get("migration")), 1);
    sheet.Add("anorexia", Flag(sheet.Get("anorexia")), 1);
    sheet.Add("nausea or vomiting", Flag(sheet.Get("nausea_vomiting")), 1);
    sheet.Add("right lower quadrant tenderness", Flag(sheet.Get("rlq_tenderness")), 2);
    sheet.Add("rebound tenderness", Flag(sheet.Get("rebound")), 1);
    sheet.Add("elevated temperature", Flag(sheet.Get("elevated_temperature")), 1);
    sheet.Add("leukocytosis (white cells > 10 x 10^9/L)",
              wbc ? Above(wbc, 10) : Flag(sheet.Get("leukocytosis")), 2);
    sheet.Add("shift to the left", Flag(sheet.Get("left_shift")), 1);
    ScoreResult r = sheet.Finish(d);
    if (r.complete) r.interpretation = Interpretation(r.points);
    return r;
  };
  return {
      d,
      {"alvarado_bmj_best_practice", "alvarado_wses_2016_table", "alvarado_wses_2016_statements"},
      compute};
}

}  // namespace sanus::guidance
