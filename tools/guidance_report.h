// Text and JSON forms of treatment guidance and medication checks. The JSON field names are a
// contract like the assessment's (docs/json-output.md): add fields, never rename them.
#pragma once

#include <nlohmann/json.hpp>

#include <string>

#include "sanus/assessment.h"
#include "sanus/guidance.h"
#include "source_list.h"

namespace sanus::tools {

nlohmann::json ToJson(const ConditionGuidance& guidance);
nlohmann::json ToJson(const MedicationReview& review);
nlohmann::json ToJson(const SafetyIssue& issue);

// Patients read self-care, what to watch for and when to get help; clinicians read tests,
// scores, treatments (withdrawn ones with their reasons) and referral.
void PrintGuidance(const ConditionGuidance& guidance, Mode mode, SourceList& sources, std::ostringstream& out);
std::string GuidanceReport(const ConditionGuidance& guidance, Mode mode);
std::string MedicationReport(const MedicationReview& review);

}  // namespace sanus::tools
