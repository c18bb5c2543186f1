// The Glasgow Coma Scale (Teasdale and Jennett, 1974): best eye (1-4), verbal (1-5) and motor
// (1-6) responses, 3-15. 13-15 mild, 9-12 moderate, 8 or less severe (the airway is at risk).
// A component that cannot be tested is left out: the total is then incomplete, never guessed.
#include "guidance/scores/score.h"

#include <cmath>

namespace sanus::guidance {

ScoreFunction Gcs() {
  ScoreDefinition d{"gcs", "Glasgow Coma Scale", "level of consciousness",
                    {{"eye", "best eye response, 1 (none) to 4 (spontaneous)"},
                     {"verbal", "best verbal response, 1 (none) to 5 (oriented)"},
                     {"motor", "best motor response, 1 (none) to 6 (obeys commands)"}}};
  auto compute = [d](const ScoreInputs& in) -> Result<ScoreResult> {
    ScoreSheet sheet(in);
    const std::pair<const char*, int> components[] = {{"eye", 4}, {"verbal", 5}, {"motor", 6}};
    for (const auto& [name, top] : components) {
      auto v = sheet.Get(name);
      if (v && (*v < 1 || *v > top || std::floor(*v) != *v)) {
        return Status::InvalidArgument(std::string(name) + " must be a whole number from 1 to " + std::to_string(top));
      }
      sheet.AddBand(name, v ? std::optional<int>(static_cast<int>(*v)) : std::nullopt, 1, top);
    }
    ScoreResult r = sheet.Finish(d);
    if (r.complete) {
      r.interpretation = r.points <= 8 ? "severe (8 or less): the airway is at risk"
                         : r.points <= 12 ? "moderate (9-12)" : "mild (13-15)";
    }
    return r;
  };
  return {d, {"gcs_radiowiki"}, compute};
}

}  // namespace sanus::guidance
