// Reads a score's inputs from an assessment's evidence: findings the person reported (present
// or denied), measured values, age and sex. An input is filled only when the evidence settles
// it; anything else stays missing, so a score built from a patient's words is "incomplete"
// rather than falsely low, and names what a clinician still has to check.
#pragma once

#include <vector>

#include "sanus/assessment.h"
#include "sanus/scores.h"

namespace sanus::guidance {

ScoreInputs ScoreInputsFromAssessment(const std::string& score_id, const Assessment& assessment);

// The scores with a mapping from evidence: the ones worth computing from an assessment.
std::vector<std::string> ScoresReadableFromEvidence();

}  // namespace sanus::guidance
