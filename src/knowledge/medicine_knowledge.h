// Medicines, their classes and their interactions, as the knowledge base states them
// (docs/guidance-format.md, "Medicines"). Plain data, built by the loader.
#pragma once

#include <optional>
#include <string>
#include <vector>

namespace sanus::knowledge {

// How strongly a rule speaks against a medicine, strongest first.
enum class CautionSeverity { kContraindicated, kAvoid, kCaution, kAdjustDose };

// Where a caution applies: the part of the patient's context it reads.
enum class CautionContext { kPregnancy, kBreastfeeding, kRenal, kLiver, kChild, kOlderAdult };

enum class InteractionSeverity { kContraindicated, kMajor, kModerate, kMinor };

// People allergic to one class may react to another (penicillins and cephalosporins).
struct CrossReactivity {
  std::string class_id;
  CautionSeverity severity = CautionSeverity::kCaution;  // contraindicated or caution
  std::string text, source_id;
};

struct MedicineClass {
  std::string id, name;
  std::vector<std::string> other_names;  // what people call it: "sulfa drugs"
  // An allergy to one member is an allergy to all (penicillins), unlike property classes
  // such as strong_cyp3a4_inhibitor, which say nothing about allergy.
  bool allergy_group = false;
  std::vector<CrossReactivity> cross_reactive;
  std::string origin;
};

// A patient-context rule: "avoid in pregnancy", "reduce the dose below eGFR 30".
struct MedicineCaution {
  CautionContext context = CautionContext::kPregnancy;
  CautionSeverity severity = CautionSeverity::kCaution;
  std::optional<double> egfr_below;  // renal: applies when eGFR < this
  std::optional<double> age_below;   // child: applies when age (years) < this
  std::string text, source_id;
};

struct Medicine {
  std::string id, name;
  std::vector<std::string> brands;
  std::vector<std::string> other_names;  // other generic names: acetaminophen for paracetamol
  std::vector<std::string> classes;
  std::vector<MedicineCaution> cautions;
  std::vector<std::string> source_ids;
  std::string origin;
};

// Two sides of medicine or class ids: any member of a with any member of b.
struct Interaction {
  std::string id;
  std::vector<std::string> a, b;
  InteractionSeverity severity = InteractionSeverity::kModerate;
  bool onc_high_priority = false;
  std::string effect, action, source_id;
  std::string origin;
};

const char* ToString(CautionSeverity severity);
const char* ToString(CautionContext context);
const char* ToString(InteractionSeverity severity);
std::optional<CautionSeverity> ParseCautionSeverity(const std::string& text);
std::optional<CautionContext> ParseCautionContext(const std::string& text);
std::optional<InteractionSeverity> ParseInteractionSeverity(const std::string& text);

}  // namespace sanus::knowledge
