#include "interview_simulation.h"

#include <algorithm>
#include <cctype>

namespace sanus::tools {

std::string FirstSentence(const std::string& text, size_t from) {
  for (size_t i = from; i < text.size(); ++i) {
    const char c = text[i];
    const bool end = c == '\n' || ((c == '.' || c == '!' || c == '?') &&
                                   (i + 1 == text.size() || std::isspace(static_cast<unsigned char>(text[i + 1]))));
    // A sentence shorter than a few words ("45F.") is joined to the next.
    if (end && i >= from + 20) return text.substr(0, i + 1);
  }
  return text;
}

Result<SimulatedInterview> SimulateInterview(const Engine& engine, const EvalCase& c,
                                             const InterviewOptions& options) {
  const AssessRequest full{c.text, c.age, c.sex, Mode::kClinician, {}, {}};
  auto truth = engine.Assess(full);
  if (!truth.ok()) return truth.status();
  AssessRequest first = full;
  // The opening complaint: the first sentence, or as many as it takes to say one symptom
  // ("58M RA on methotrexate." is context, not a complaint; a symptom checker asks for one).
  first.text = FirstSentence(c.text);
  while (first.text.size() < c.text.size()) {
    auto opening = engine.Assess(first);
    if (!opening.ok()) return opening.status();
    const bool has_symptom = std::any_of(opening->findings.begin(), opening->findings.end(), [](const Evidence& e) {
      return e.presence == Presence::kPresent && (e.kind == "symptom" || e.kind == "sign");
    });
    if (has_symptom) break;
    first.text = FirstSentence(c.text, first.text.size());
  }
  // A symptom checker's form asks age and sex before the complaint: give what the case says.
  if (!first.age_years) first.age_years = truth->age_years;
  if (first.sex == Sex::kUnknown) first.sex = truth->sex;

  SimulatedInterview out;
  auto before = engine.Assess(first);
  if (!before.ok()) return before.status();
  out.before = *before;

  std::vector<InterviewAnswer> answers;
  while (true) {
    auto step = engine.Interview(first, answers, options);
    if (!step.ok()) return step.status();
    if (!step->next) {
      out.after = step->assessment;
      out.questions = step->questions_answered;
      out.stop_reason = step->stop_reason;
      return out;
    }
    const Question& q = *step->next;
    InterviewAnswer answer{q.finding_id, Answer::kDontKnow, std::nullopt};
    for (const auto& f : truth->findings) {
      if (f.finding_id == q.finding_id) {
        answer.answer = f.presence == Presence::kPresent ? Answer::kYes : Answer::kNo;
      }
    }
    for (const auto& v : truth->values) {
      if (!q.value_name.empty() && v.name == q.value_name) {
        answer.value = v.value;
        answer.answer = Answer::kYes;
      }
    }
    answers.push_back(answer);
    out.transcript.push_back(q.finding_id + "=" +
                             (answer.answer == Answer::kYes ? "yes" : answer.answer == Answer::kNo ? "no" : "?"));
  }
}

}  // namespace sanus::tools
