#include "sanus/triage_level.h"

#include <array>

namespace sanus {
namespace {

struct LevelText {
  TriageLevel level;
  std::string_view name;
  std::string_view advice;
};

constexpr std::array<LevelText, 5> kLevels{{
    {TriageLevel::kSelfCare, "self_care", "care for yourself at home, and seek help if it gets worse"},
    {TriageLevel::kConsultation, "consultation", "book an appointment with a doctor"},
    {TriageLevel::kUrgent, "urgent", "see a doctor within 24 hours"},
    {TriageLevel::kEmergency, "emergency", "go to an emergency department now"},
    {TriageLevel::kEmergencyAmbulance, "emergency_ambulance", "call an ambulance now"},
}};

}  // namespace

std::string_view TriageLevelName(TriageLevel level) {
  return kLevels[static_cast<size_t>(level)].name;
}

std::string_view TriageLevelAdvice(TriageLevel level) {
  return kLevels[static_cast<size_t>(level)].advice;
}

std::optional<TriageLevel> ParseTriageLevel(std::string_view name) {
  for (const auto& entry : kLevels) {
    if (entry.name == name) return entry.level;
  }
  return std::nullopt;
}

}  // namespace sanus
