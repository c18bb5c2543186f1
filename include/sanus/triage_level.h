// The five triage levels, from the most to the least urgent.
#pragma once

#include <optional>
#include <string_view>

namespace sanus {

// Ordered by urgency: a larger value is more urgent, so std::max picks the safer level.
enum class TriageLevel {
  kSelfCare = 0,            // care at home; the advice says when to seek help
  kConsultation = 1,        // book an appointment with a doctor
  kUrgent = 2,              // see a doctor within 24 hours
  kEmergency = 3,           // go to an emergency department now
  kEmergencyAmbulance = 4,  // call an ambulance now
};

// "emergency_ambulance", "emergency", "urgent", "consultation", "self_care".
std::string_view TriageLevelName(TriageLevel level);
// What the level tells a patient to do, e.g. "call an ambulance now".
std::string_view TriageLevelAdvice(TriageLevel level);
// Parses a level name; nullopt when the name is not one of the five.
std::optional<TriageLevel> ParseTriageLevel(std::string_view name);
// True for the two emergency levels.
inline bool IsEmergency(TriageLevel level) { return level >= TriageLevel::kEmergency; }

}  // namespace sanus
