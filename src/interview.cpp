// Engine::Impl::Interview: one stateless step of the adaptive interview.
#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdio>

#include "engine_impl.h"
#include "wording.h"

namespace sanus {
namespace {

Status CheckOptions(const InterviewOptions& o) {
  if (o.max_questions < 1 || o.max_questions > 50) {
    return Status::InvalidArgument("max_questions must be between 1 and 50");
  }
  if (!(o.confident > 0 && o.confident <= 1)) return Status::InvalidArgument("confident must be in (0, 1]");
  if (!(o.min_information >= 0)) return Status::InvalidArgument("min_information must be 0 or more");
  return Status::Ok();
}

// True when a must-not-miss condition other than the leading one sets the triage level
// ("cannot rule out anaphylaxis" for hives): the interview goes on to settle it rather than
// stopping on a confident but less dangerous diagnosis.
bool LevelSetByAnother(const Assessment& a) {
  if (a.conditions.empty()) return false;
  const std::string top = "condition:" + a.conditions.front().id;
  return std::any_of(a.triage.reasons.begin(), a.triage.reasons.end(), [&](const TriageReason& r) {
    return r.rule_id.rfind("condition:", 0) == 0 && r.rule_id != top;
  });
}

// The request with the answers added as structured findings and values.
AssessRequest WithAnswers(AssessRequest request, const std::vector<InterviewAnswer>& answers) {
  for (const auto& a : answers) {
    if (a.value) continue;  // the value decides the finding (Finding::value)
    if (a.answer == Answer::kYes) request.findings.push_back({a.finding_id, Presence::kPresent});
    if (a.answer == Answer::kNo) request.findings.push_back({a.finding_id, Presence::kAbsent});
  }
  return request;
}

}  // namespace

Question Engine::Impl::MakeQuestion(const reasoning::QuestionChoice& choice, Mode mode) const {
  const auto& f = kb_.finding(choice.finding);
  Question q;
  q.finding_id = f.id;
  q.text = mode == Mode::kClinician ? Capitalised(f.name) + "?" : f.question;
  q.red_flag_screen = choice.rule != nullptr;
  if (f.value) q.value_name = f.value->name;
  // A finding read from the duration is asked as "how long?", which people answer more
  // easily (and more truly) than "has it lasted over two weeks?".
  if (q.value_name == "duration_hours") {
    q.text = mode == Mode::kClinician ? "Duration?" : "How long has this been going on?";
    q.choices = {{"less than a day", 12},  {"1 to 3 days", 48},          {"4 to 7 days", 132},
                 {"1 to 2 weeks", 252},    {"more than 2 weeks", 720}};
  }
  if (choice.rule) {
    q.why = "it checks for a warning sign: " + choice.rule->reason;
  } else if (choice.first && choice.second) {
    q.why = "it helps tell apart " + SentenceCase(kb_.condition(*choice.first).lay_name) + " and " +
            SentenceCase(kb_.condition(*choice.second).lay_name);
  } else {
    q.why = "it helps narrow down the cause";
  }
  return q;
}

std::vector<std::string> Engine::Impl::MovedBy(const Detailed& final_state,
                                               const std::vector<InterviewAnswer>& answers,
                                               Mode mode) const {
  std::vector<std::string> out;
  if (final_state.posterior.ranked.empty()) return out;
  const auto top = final_state.posterior.ranked.front().condition;
  std::vector<std::pair<double, std::string>> moves;
  for (const auto& effect : inference_->Explain(top, final_state.evidence)) {
    const auto& f = kb_.finding(effect.finding);
    const bool answered = std::any_of(answers.begin(), answers.end(),
                                      [&](const InterviewAnswer& a) { return a.finding_id == f.id; });
    if (!answered || std::abs(effect.log_likelihood_ratio) < 0.1) continue;
    const bool present = final_state.evidence.IsPresent(effect.finding);
    const std::string label = mode == Mode::kClinician ? f.name : f.lay;
    moves.emplace_back(std::abs(effect.log_likelihood_ratio),
                       std::string(present ? "yes" : "no") + " to " + label + " made " +
                           kb_.condition(top).lay_name +
                           (effect.log_likelihood_ratio > 0 ? " more likely" : " less likely"));
  }
  std::sort(moves.begin(), moves.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
  for (size_t i = 0; i < moves.size() && i < 3; ++i) out.push_back(moves[i].second);
  return out;
}

Result<InterviewStep> Engine::Impl::Interview(const AssessRequest& request,
                                              const std::vector<InterviewAnswer>& answers,
                                              const InterviewOptions& options) const {
  if (Status s = CheckOptions(options); !s.ok()) return s;
  std::vector<knowledge::FindingIndex> asked;
  AssessRequest full = WithAnswers(request, answers);
  for (const auto& a : answers) {
    auto f = kb_.FindFinding(a.finding_id);
    if (!f) return Status::InvalidArgument("answer about unknown finding '" + a.finding_id + "'");
    asked.push_back(*f);
    if (a.value) {
      const auto& rule = kb_.finding(*f).value;
      if (!rule) return Status::InvalidArgument("'" + a.finding_id + "' takes no measured value");
      full.values.push_back({rule->name, *a.value});
    }
  }
  auto state = AssessDetailed(full);
  if (!state.ok()) return state.status();

  InterviewStep step;
  step.questions_answered = static_cast<int>(answers.size());
  const TriageLevel level = state->assessment.triage.level;
  // A patient cannot answer "is the CSF neutrophil count raised?"; a clinician can.
  const bool ask_results = request.mode == Mode::kClinician;
  auto screening = questions_->NextScreening(state->evidence, state->posterior, asked, level, ask_results);
  const double top = state->posterior.ranked.empty() ? 0 : state->posterior.ranked.front().probability;

  if (step.questions_answered >= options.max_questions) {
    step.stop_reason = "reached the limit of " + std::to_string(options.max_questions) + " questions";
  } else if (screening) {
    step.next = MakeQuestion(*screening, request.mode);  // the red-flag screen comes first
  } else if (top >= options.confident && !LevelSetByAnother(state->assessment)) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.2f", top);
    step.stop_reason = "confident: " + state->assessment.conditions.front().lay_name + " at " + buffer;
  } else if (auto best = questions_->MostInformative(state->evidence, state->posterior, asked, ask_results);
             best && best->information >= options.min_information) {
    step.next = MakeQuestion(*best, request.mode);
  } else {
    step.stop_reason = "no further question would change the result";
  }
  if (!step.next) step.moved_by = MovedBy(*state, answers, request.mode);
  step.assessment = std::move(state->assessment);
  return step;
}

}  // namespace sanus
