// Guidance for one condition, as the knowledge base states it (docs/guidance-format.md,
// "Guidance"): what a patient does and when to get help; what a clinician tests, gives and
// refers. Every item carries its source.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "knowledge/medicine_knowledge.h"
#include "sanus/triage_level.h"

namespace sanus::knowledge {

struct SourcedText {
  std::string text, source_id;
};

struct SeekHelpAdvice {
  TriageLevel level = TriageLevel::kConsultation;
  std::string when, source_id;
};

// A dose change the guideline itself states for a patient context.
struct DoseAdjustment {
  CautionContext context = CautionContext::kRenal;
  std::optional<double> egfr_below;
  std::string text, source_id;
};

enum class TreatmentLine { kFirst, kAlternative, kSecond, kSupportive, kEmergency };
enum class Population { kAdult, kChild, kAll };
// Whom else an option is written for, beyond age: "Pregnancy: nitrofurantoin 7 days".
enum class Audience { kAnyone, kPregnant, kNotPregnant, kMale, kFemale };

struct TreatmentOption {
  TreatmentLine line = TreatmentLine::kFirst;
  std::string medicine_id;  // empty for a treatment without a medicine
  std::vector<std::string> with_medicine_ids;  // given together with it (a combination)
  Population population = Population::kAll;
  std::vector<Audience> audience;  // every one must fit; empty: anyone
  std::optional<double> age_from, age_to;  // years, [from, to)
  std::string dose, duration, text, source_id;
  std::vector<DoseAdjustment> adjustments;
};

struct Guidance {
  std::string condition_id;
  std::vector<SourcedText> self_care, watch_for;
  std::vector<SeekHelpAdvice> seek_help;
  std::vector<SourcedText> tests, refer;
  std::vector<std::string> score_ids;
  std::vector<TreatmentOption> treatments;
  std::string origin;
};

const char* ToString(TreatmentLine line);
const char* ToString(Population population);
const char* ToString(Audience audience);
std::optional<Audience> ParseAudience(const std::string& text);
std::optional<TreatmentLine> ParseTreatmentLine(const std::string& text);
std::optional<Population> ParsePopulation(const std::string& text);

}  // namespace sanus::knowledge
