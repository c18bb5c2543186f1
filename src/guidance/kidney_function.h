// Kidney function for medicine safety: an eGFR as given, or a creatinine clearance estimated
// from serum creatinine with the Cockcroft-Gault formula (Nephron 1976), which drug labels
// and kidney dose bands were largely written against.
#pragma once

#include <optional>

#include "knowledge/knowledge_base.h"
#include "sanus/guidance.h"
#include "sanus/status.h"

namespace sanus::guidance {

// CrCl (mL/min) = (140 - age) x weight (kg) / (72 x creatinine (mg/dL)), x 0.85 for women.
// Creatinine in umol/L is converted at 88.4 umol/L per mg/dL.
double CockcroftGault(double age_years, double weight_kg, double creatinine_umol_l, bool female);

// The kidney function to judge medicines by: the eGFR when given; otherwise the creatinine
// clearance when creatinine, age, weight and sex are all known; otherwise nothing (never a
// guess). Fails when creatinine is given without what the formula needs, so the caller learns
// why no estimate was made.
Result<std::optional<KidneyFunction>> JudgeKidneyFunction(const PatientContext& context,
                                                           const knowledge::KnowledgeBase& kb);

// Checks the ranges of a context's numbers: kInvalidArgument naming the field.
Status ValidatePatientContext(const PatientContext& context);

}  // namespace sanus::guidance
