#include "patient_context_options.h"

namespace sanus::tools {

void AddContextOptions(CLI::App* command, ContextArgs& args, bool with_demographics) {
  if (with_demographics) {
    command->add_option("--age", args.age, "age in years (fractional for infants)")->check(CLI::Range(0.0, 130.0));
    command->add_option("--sex", args.sex, "female or male")->check(CLI::IsMember({"female", "male"}));
  }
  command->add_flag("--pregnant", args.pregnant, "the person is pregnant");
  command->add_flag("--breastfeeding", args.breastfeeding, "the person is breastfeeding");
  command->add_option("--weight", args.weight, "weight in kg")->check(CLI::Range(0.3, 400.0));
  command->add_option("--allergy", args.allergies, "a medicine or class the person is allergic to; repeat or comma-separate")
      ->delimiter(',');
  command->add_option("--meds", args.medicines, "current medicines, comma-separated or repeated")->delimiter(',');
  command->add_option("--egfr", args.egfr, "eGFR in mL/min/1.73 m2")->check(CLI::Range(0.0, 200.0));
  command->add_option("--creatinine", args.creatinine, "serum creatinine (with age, weight and sex: Cockcroft-Gault)");
  command->add_option("--creatinine-unit", args.creatinine_unit, "umol/L (default) or mg/dL")
      ->check(CLI::IsMember({"umol/L", "mg/dL"}));
  command->add_flag("--liver-disease", args.liver_disease, "the person has liver disease");
}

Result<PatientContext> ToPatientContext(const ContextArgs& args) {
  PatientContext c;
  c.age_years = args.age;
  c.sex = args.sex == "female" ? Sex::kFemale : args.sex == "male" ? Sex::kMale : Sex::kUnknown;
  c.pregnant = args.pregnant;
  c.breastfeeding = args.breastfeeding;
  c.weight_kg = args.weight;
  c.egfr = args.egfr;
  c.liver_disease = args.liver_disease;
  if (args.creatinine) {
    if (args.creatinine_unit == "mg/dL") c.creatinine_umol_l = *args.creatinine * 88.4;
    else if (args.creatinine_unit == "umol/L") c.creatinine_umol_l = *args.creatinine;
    else return Status::InvalidArgument("creatinine unit must be umol/L or mg/dL");
  }
  for (const auto& a : args.allergies) {
    if (!a.empty()) c.allergies.push_back(a);
  }
  for (const auto& m : args.medicines) {
    if (!m.empty()) c.medicines.push_back(m);
  }
  return c;
}

}  // namespace sanus::tools
