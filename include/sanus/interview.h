// The adaptive interview: from a first complaint, the next most useful question, until the
// picture is clear. Stateless: each call takes the first request and every answer so far
// (sessions are stored apart, see store/session_store.h), so any node can serve any step.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "sanus/assessment.h"

namespace sanus {

enum class Answer { kYes, kNo, kDontKnow };

// One answer to a question: about a finding, with a measured value when the question asked
// for one ("What is the temperature?" -> 38.6).
struct InterviewAnswer {
  std::string finding_id;
  Answer answer = Answer::kDontKnow;
  std::optional<double> value;  // in the unit of Question::value_name
};

// One option of a choice question, with the measured value it stands for.
struct Choice {
  std::string label;  // "1 to 3 days"
  double value = 0;   // in the unit of Question::value_name (48 hours)
};

struct Question {
  std::string finding_id;
  std::string text;        // patient or clinician wording, by the request's mode
  std::string why;         // why it is asked, in plain words
  bool red_flag_screen = false;  // asked because the answer could change the triage level
  // When set, the question also accepts a number in this value's unit (temperature_c,
  // heart_rate, ...); yes / no / don't know are always accepted.
  std::string value_name;
  // When not empty, a one-of-a-group question ("How long has this been going on?"): the
  // answer is the chosen option's value, given as InterviewAnswer::value.
  std::vector<Choice> choices;
};

struct InterviewOptions {
  int max_questions = 15;         // stop after this many answered questions (1 to 50)
  double confident = 0.80;        // stop when the top condition reaches this probability
  double min_information = 0.1;  // stop when no question would gain this much (nats)
};

struct InterviewStep {
  Assessment assessment;          // with every answer so far
  std::optional<Question> next;   // empty when the interview has stopped
  std::string stop_reason;        // why it stopped; empty while it goes on
  int questions_answered = 0;
  // After it stops: the answers that moved the result most, in plain words.
  std::vector<std::string> moved_by;
};

}  // namespace sanus
