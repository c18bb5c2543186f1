#include "guidance/kidney_function.h"

#include <cmath>
#include <string>

#include "knowledge/citations.h"

namespace sanus::guidance {
namespace {

constexpr double kUmolPerMgDl = 88.4;  // creatinine: 1 mg/dL = 88.4 umol/L

Status CheckRange(const std::optional<double>& value, double low, double high, const char* what) {
  if (!value) return Status::Ok();
  if (!std::isfinite(*value) || *value < low || *value > high) {
    return Status::InvalidArgument(std::string(what) + " must be between " + std::to_string(static_cast<int>(low)) +
                                   " and " + std::to_string(static_cast<int>(high)));
  }
  return Status::Ok();
}

}  // namespace

double CockcroftGault(double age_years, double weight_kg, double creatinine_umol_l, bool female) {
  const double creatinine_mg_dl = creatinine_umol_l / kUmolPerMgDl;
  const double clearance = (140.0 - age_years) * weight_kg / (72.0 * creatinine_mg_dl);
  return female ? clearance * 0.85 : clearance;
}

Status ValidatePatientContext(const PatientContext& c) {
  for (const Status& s : {CheckRange(c.age_years, 0, 130, "age"), CheckRange(c.weight_kg, 0.3, 400, "weight (kg)"),
                          CheckRange(c.egfr, 0, 200, "eGFR"),
                          CheckRange(c.creatinine_umol_l, 10, 3000, "creatinine (umol/L)")}) {
    if (!s.ok()) return s;
  }
  if (c.pregnant && c.sex == Sex::kMale) return Status::InvalidArgument("pregnant was given for a male patient");
  return Status::Ok();
}

Result<std::optional<KidneyFunction>> JudgeKidneyFunction(const PatientContext& c,
                                                           const knowledge::KnowledgeBase& kb) {
  if (c.egfr) return std::optional<KidneyFunction>(KidneyFunction{*c.egfr, "eGFR as given", {}});
  if (!c.creatinine_umol_l) return std::optional<KidneyFunction>();
  if (!c.age_years || !c.weight_kg || c.sex == Sex::kUnknown) {
    return Status::InvalidArgument(
        "creatinine was given without age, weight and sex, which Cockcroft-Gault needs; give them or an eGFR");
  }
  if (*c.age_years < 18) {
    return Status::InvalidArgument("Cockcroft-Gault is for adults; give an eGFR for a child");
  }
  const double clearance = CockcroftGault(*c.age_years, *c.weight_kg, *c.creatinine_umol_l, c.sex == Sex::kFemale);
  return std::optional<KidneyFunction>(KidneyFunction{
      clearance, "creatinine clearance (Cockcroft-Gault)",
      knowledge::Cite(kb, {"cockcroft_gault_tabers", "cockcroft_gault_limits_bmc_2021"})});
}

}  // namespace sanus::guidance
