// The safety checks of a medicine for one person: their allergies (and classes that
// cross-react), their pregnancy, breastfeeding, age, kidney and liver function, and the
// medicines they already take. Each problem carries its severity, what to do and its source.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "guidance/medicine_directory.h"
#include "knowledge/knowledge_base.h"
#include "sanus/guidance.h"

namespace sanus::guidance {

// Orders severities, most serious first: contraindicated, avoid, major, caution, moderate,
// adjust_dose, minor.
int SeverityRank(const std::string& severity);
// True when a problem of this severity takes an option off the table.
bool Withdraws(const SafetyIssue& issue);

class MedicationSafety {
 public:
  // Resolves the context's allergies and current medicines; the directory and kb must
  // outlive this object.
  MedicationSafety(const knowledge::KnowledgeBase& kb, const MedicineDirectory& directory,
                   const PatientContext& context, std::optional<KidneyFunction> kidney);

  // Allergy and patient-context problems of one medicine.
  std::vector<SafetyIssue> ForMedicine(const knowledge::Medicine& medicine) const;
  // Interactions between two medicines (either order), strongest first.
  std::vector<SafetyIssue> Between(const knowledge::Medicine& a, const knowledge::Medicine& b) const;
  // ForMedicine plus interactions with every current medicine, and a note if already taken.
  std::vector<SafetyIssue> ForCandidate(const knowledge::Medicine& medicine) const;

  const std::vector<const knowledge::Medicine*>& current() const { return current_; }
  const std::vector<std::string>& unrecognised_medicines() const { return unrecognised_medicines_; }
  const std::vector<std::string>& unrecognised_allergies() const { return unrecognised_allergies_; }

 private:
  struct Allergy {
    std::string stated;                    // the person's words
    const knowledge::Medicine* medicine;   // when they named a medicine
    std::vector<std::string> class_ids;    // the allergy groups it stands for
  };
  void AddAllergy(const std::string& stated);
  void AllergyIssues(const knowledge::Medicine& m, std::vector<SafetyIssue>& out) const;
  void ContextIssues(const knowledge::Medicine& m, std::vector<SafetyIssue>& out) const;
  bool Applies(const knowledge::MedicineCaution& caution) const;
  bool Covers(const std::vector<std::string>& side, const knowledge::Medicine& m) const;

  const knowledge::KnowledgeBase& kb_;
  const MedicineDirectory& directory_;
  PatientContext context_;
  std::optional<KidneyFunction> kidney_;
  std::vector<Allergy> allergies_;
  std::vector<const knowledge::Medicine*> current_;
  std::vector<std::string> unrecognised_medicines_, unrecognised_allergies_;
};

// True when this context rule applies to the person (pregnant, eGFR below the threshold...).
bool ContextApplies(knowledge::CautionContext context, const std::optional<double>& egfr_below,
                    const std::optional<double>& age_below, const PatientContext& person,
                    const std::optional<KidneyFunction>& kidney);

}  // namespace sanus::guidance
