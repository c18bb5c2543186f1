#include "guide_command.h"

#include <ostream>

#include "guidance_report.h"

namespace sanus::tools {

int RunGuide(const Engine& engine, const std::string& condition, const ContextArgs& args, Mode mode, bool json,
             std::ostream& out, std::ostream& err) {
  auto context = ToPatientContext(args);
  if (!context.ok()) {
    err << "sanus guide: " << context.status().message() << "\n";
    return 2;
  }
  auto guidance = engine.Guide(condition, *context);
  if (!guidance.ok()) {
    err << "sanus guide: " << guidance.status().message() << "\n";
    return 2;
  }
  if (json) out << ToJson(*guidance).dump(2) << "\n";
  else out << GuidanceReport(*guidance, mode);
  return 0;
}

int RunMedsCheck(const Engine& engine, const ContextArgs& args, bool json, std::ostream& out, std::ostream& err) {
  auto context = ToPatientContext(args);
  if (!context.ok()) {
    err << "sanus meds check: " << context.status().message() << "\n";
    return 2;
  }
  auto review = engine.CheckMedicines(*context);
  if (!review.ok()) {
    err << "sanus meds check: " << review.status().message() << "\n";
    return 2;
  }
  if (json) out << ToJson(*review).dump(2) << "\n";
  else out << MedicationReport(*review);
  return 0;
}

}  // namespace sanus::tools
