#include "assess_command.h"

#include <algorithm>
#include <iostream>
#include <vector>

#include "guidance_report.h"
#include "json_output.h"
#include "score_command.h"
#include "text_report.h"

namespace sanus::tools {
namespace {

// How many leading conditions get their guidance shown: a patient reads the likeliest one,
// a clinician the top three.
constexpr size_t kGuidedPatient = 1, kGuidedClinician = 3;

// The guidance of the leading conditions that have one, for this person. An emergency shows
// none to a patient: the only advice then is to get help now.
std::vector<ConditionGuidance> LeadingGuidance(const Engine& engine, const Assessment& assessment,
                                                      const PatientContext& context, Mode mode) {
  std::vector<ConditionGuidance> out;
  if (mode == Mode::kPatient && assessment.triage.level >= TriageLevel::kEmergency) return out;
  const size_t wanted = mode == Mode::kClinician ? kGuidedClinician : kGuidedPatient;
  for (size_t i = 0; i < assessment.conditions.size() && i < wanted; ++i) {
    auto g = engine.Guide(assessment.conditions[i].id, context);
    if (g.ok()) out.push_back(std::move(*g));
  }
  return out;
}

// For a clinician: the scores the leading conditions' guidance names, and the early-warning
// scores when vital signs were given, each read from the evidence.
std::vector<ScoreResult> ScoresWorthShowing(const Engine& engine, const Assessment& assessment,
                                                   const std::vector<ConditionGuidance>& guidance) {
  std::vector<std::string> ids;
  auto add = [&](const std::string& id) {
    if (std::find(ids.begin(), ids.end(), id) == ids.end()) ids.push_back(id);
  };
  for (const auto& g : guidance) {
    for (const auto& id : g.score_ids) add(id);
  }
  for (const auto& v : assessment.values) {
    if (v.name == "resp_rate" || v.name == "systolic_bp" || v.name == "heart_rate" || v.name == "spo2") {
      add("news2");
      add("qsofa");
    }
  }
  return engine.ScoresFromAssessment(assessment, ids);
}

}  // namespace

int RunAssess(const Engine& engine, const AssessArgs& args) {
  AssessRequest request;
  request.text = args.text;
  request.age_years = args.age;
  request.sex = args.sex == "female" ? Sex::kFemale
                : args.sex == "male" ? Sex::kMale : Sex::kUnknown;
  request.mode = args.mode == "clinician" ? Mode::kClinician : Mode::kPatient;
  // A pregnancy stated as context is also a finding: it changes the differential and triage.
  if (args.context.pregnant) request.findings.push_back({"pregnant", Presence::kPresent});
  auto assessment = engine.Assess(request);
  if (!assessment.ok()) {
    std::cerr << "sanus assess: " << assessment.status().message() << "\n";
    return 2;
  }
  ContextArgs context_args = args.context;
  context_args.age = args.age ? args.age : assessment->age_years;
  context_args.sex = SexName(assessment->sex);
  if (context_args.sex == "unknown") context_args.sex.clear();
  auto context = ToPatientContext(context_args);
  if (!context.ok()) {
    std::cerr << "sanus assess: " << context.status().message() << "\n";
    return 2;
  }
  const auto guidance = LeadingGuidance(engine, *assessment, *context, request.mode);
  const auto scores = request.mode == Mode::kClinician ? ScoresWorthShowing(engine, *assessment, guidance)
                                                              : std::vector<ScoreResult>{};
  if (args.json) {
    auto json = ToJson(*assessment);
    json["guidance"] = nlohmann::json::array();
    for (const auto& g : guidance) json["guidance"].push_back(ToJson(g));
    json["scores"] = nlohmann::json::array();
    for (const auto& s : scores) json["scores"].push_back(ScoreJson(s));
    std::cout << json.dump(2) << "\n";
  } else {
    std::cout << TextReport(*assessment, request.mode, guidance);
    if (!scores.empty()) std::cout << "SCORES (from what was reported; a clinician completes the missing criteria)\n";
    for (const auto& s : scores) std::cout << "  " << ScoreText(s);
  }
  return 0;
}


}  // namespace sanus::tools
