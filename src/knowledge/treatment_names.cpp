// The YAML spellings of the treatment-knowledge enums, both ways.
#include <array>
#include <utility>

#include "knowledge/guidance_knowledge.h"
#include "knowledge/medicine_knowledge.h"

namespace sanus::knowledge {
namespace {

template <typename E, size_t N>
const char* NameOf(const std::array<std::pair<E, const char*>, N>& names, E value) {
  for (const auto& [e, name] : names) {
    if (e == value) return name;
  }
  return "unknown";
}

template <typename E, size_t N>
std::optional<E> ValueOf(const std::array<std::pair<E, const char*>, N>& names, const std::string& text) {
  for (const auto& [e, name] : names) {
    if (text == name) return e;
  }
  return std::nullopt;
}

constexpr std::array<std::pair<CautionSeverity, const char*>, 4> kCautionSeverities{{
    {CautionSeverity::kContraindicated, "contraindicated"},
    {CautionSeverity::kAvoid, "avoid"},
    {CautionSeverity::kCaution, "caution"},
    {CautionSeverity::kAdjustDose, "adjust_dose"},
}};
constexpr std::array<std::pair<CautionContext, const char*>, 6> kCautionContexts{{
    {CautionContext::kPregnancy, "pregnancy"},
    {CautionContext::kBreastfeeding, "breastfeeding"},
    {CautionContext::kRenal, "renal"},
    {CautionContext::kLiver, "liver"},
    {CautionContext::kChild, "child"},
    {CautionContext::kOlderAdult, "older_adult"},
}};
constexpr std::array<std::pair<InteractionSeverity, const char*>, 4> kInteractionSeverities{{
    {InteractionSeverity::kContraindicated, "contraindicated"},
    {InteractionSeverity::kMajor, "major"},
    {InteractionSeverity::kModerate, "moderate"},
    {InteractionSeverity::kMinor, "minor"},
}};
constexpr std::array<std::pair<TreatmentLine, const char*>, 5> kLines{{
    {TreatmentLine::kFirst, "first"},
    {TreatmentLine::kAlternative, "alternative"},
    {TreatmentLine::kSecond, "second"},
    {TreatmentLine::kSupportive, "supportive"},
    {TreatmentLine::kEmergency, "emergency"},
}};
constexpr std::array<std::pair<Population, const char*>, 3> kPopulations{{
    {Population::kAdult, "adult"},
    {Population::kChild, "child"},
    {Population::kAll, "all"},
}};
constexpr std::array<std::pair<Audience, const char*>, 5> kAudiences{{
    {Audience::kAnyone, "anyone"},
    {Audience::kPregnant, "pregnant"},
    {Audience::kNotPregnant, "not_pregnant"},
    {Audience::kMale, "male"},
    {Audience::kFemale, "female"},
}};

}  // namespace

const char* ToString(CautionSeverity v) { return NameOf(kCautionSeverities, v); }
const char* ToString(CautionContext v) { return NameOf(kCautionContexts, v); }
const char* ToString(InteractionSeverity v) { return NameOf(kInteractionSeverities, v); }
const char* ToString(TreatmentLine v) { return NameOf(kLines, v); }
const char* ToString(Population v) { return NameOf(kPopulations, v); }
std::optional<CautionSeverity> ParseCautionSeverity(const std::string& t) { return ValueOf(kCautionSeverities, t); }
std::optional<CautionContext> ParseCautionContext(const std::string& t) { return ValueOf(kCautionContexts, t); }
std::optional<InteractionSeverity> ParseInteractionSeverity(const std::string& t) {
  return ValueOf(kInteractionSeverities, t);
}
std::optional<TreatmentLine> ParseTreatmentLine(const std::string& t) { return ValueOf(kLines, t); }
std::optional<Population> ParsePopulation(const std::string& t) { return ValueOf(kPopulations, t); }
const char* ToString(Audience v) { return NameOf(kAudiences, v); }
std::optional<Audience> ParseAudience(const std::string& t) { return ValueOf(kAudiences, t); }

}  // namespace sanus::knowledge
