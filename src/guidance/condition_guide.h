// Builds the guidance for one condition and one person: the knowledge base's advice with
// every treatment option checked against the person's context. An option that must not be
// given is kept, marked withdrawn with the reasons, so a clinician sees what was ruled out.
#pragma once

#include "guidance/medicine_directory.h"
#include "knowledge/knowledge_base.h"
#include "sanus/guidance.h"
#include "sanus/status.h"

namespace sanus::guidance {

// kNotFound when the condition has no guidance; kInvalidArgument for a bad context.
Result<ConditionGuidance> BuildConditionGuidance(const knowledge::KnowledgeBase& kb,
                                                 const MedicineDirectory& directory,
                                                 const knowledge::Condition& condition,
                                                 const PatientContext& context);

// Checks the context's medicines against each other and the context. kInvalidArgument when
// no medicine is given or the context is bad.
Result<MedicationReview> ReviewMedicines(const knowledge::KnowledgeBase& kb, const MedicineDirectory& directory,
                                         const PatientContext& context);

}  // namespace sanus::guidance
