#include "interview_command.h"

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <iostream>

#include "json_output.h"
#include "sanus/session_store.h"
#include "text_report.h"

namespace sanus::tools {
namespace {

std::string Trimmed(const std::string& s) {
  std::string out;
  for (char c : s) {
    if (c != '\'') out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  }
  const auto b = out.find_first_not_of(" \t\r\n");
  if (b == std::string::npos) return "";
  return out.substr(b, out.find_last_not_of(" \t\r\n") - b + 1);
}

const char* UnitHint(const std::string& value_name) {
  if (value_name == "temperature_c") return " (or type the temperature, e.g. 38.5)";
  if (value_name == "heart_rate") return " (or type the pulse, beats a minute)";
  if (value_name == "spo2") return " (or type the oxygen level, %)";
  return "";
}

// Loads or creates the session; prints its id so it can be resumed.
Result<StoredSession> OpenSession(SessionStore& store, const Engine& engine, const InterviewArgs& args,
                                  std::ostream& out) {
  if (!args.resume_id.empty()) return store.Load(args.resume_id);
  AssessRequest request{args.text, args.age, args.sex, args.mode, {}, {}};
  // Validate the complaint before storing it.
  if (auto check = engine.Assess(request); !check.ok()) return check.status();
  auto id = store.Create(request, engine.KnowledgeVersion());
  if (!id.ok()) return id.status();
  out << "Session " << *id << " (resume with: sanus interview --resume " << *id << ")\n";
  return StoredSession{*id, request, {}, false, engine.KnowledgeVersion()};
}

void PrintEnd(const InterviewStep& step, const StoredSession& session, bool json, std::ostream& out) {
  if (json) {
    auto j = ToJson(step.assessment);
    j["interview"] = {{"session", session.id}, {"questions_answered", step.questions_answered},
                      {"stop_reason", step.stop_reason}, {"moved_by", step.moved_by}};
    out << j.dump(2) << "\n";
    return;
  }
  out << "\nDone after " << step.questions_answered << " question(s): " << step.stop_reason << "\n";
  for (const auto& m : step.moved_by) out << "  " << m << "\n";
  out << "\n" << TextReport(step.assessment, session.request.mode);
}

}  // namespace

std::optional<InterviewAnswer> ParseAnswer(const std::string& line, const Question& question) {
  const std::string a = Trimmed(line);
  InterviewAnswer answer{question.finding_id, Answer::kDontKnow, std::nullopt};
  if (!question.choices.empty()) {
    if (a == "?" || a == "dk" || a == "dont know" || a == "not sure" || a == "skip") return answer;
    char* end = nullptr;
    const long n = std::strtol(a.c_str(), &end, 10);
    if (end == a.c_str() || *end != '\0' || n < 1 || n > static_cast<long>(question.choices.size())) {
      return std::nullopt;
    }
    answer.answer = Answer::kYes;
    answer.value = question.choices[static_cast<size_t>(n - 1)].value;
    return answer;
  }
  if (a == "y" || a == "yes" || a == "yeah" || a == "yep") answer.answer = Answer::kYes;
  else if (a == "n" || a == "no" || a == "nope") answer.answer = Answer::kNo;
  else if (a == "?" || a == "dk" || a == "dont know" || a == "not sure" || a == "skip" || a == "unknown") {
    answer.answer = Answer::kDontKnow;
  } else if (!question.value_name.empty() && !a.empty()) {
    char* end = nullptr;
    const double v = std::strtod(a.c_str(), &end);
    if (end == a.c_str() || Trimmed(end).find_first_not_of("c°f%") != std::string::npos) return std::nullopt;
    answer.answer = Answer::kYes;
    answer.value = v;
  } else {
    return std::nullopt;
  }
  return answer;
}

int RunInterview(const Engine& engine, const InterviewArgs& args, std::istream& in, std::ostream& out) {
  auto store = SessionStore::Open(args.db_path);
  if (!store.ok()) {
    std::cerr << "sanus interview: " << store.status().message() << "\n";
    return 2;
  }
  auto session = OpenSession(**store, engine, args, out);
  if (!session.ok()) {
    std::cerr << "sanus interview: " << session.status().message() << "\n";
    return 2;
  }
  InterviewOptions options;
  options.max_questions = args.max_questions;
  while (true) {
    auto step = engine.Interview(session->request, session->answers, options);
    if (!step.ok()) {
      std::cerr << "sanus interview: " << step.status().message() << "\n";
      return 2;
    }
    if (!step->next) {
      (void)(*store)->Finish(session->id);
      PrintEnd(*step, *session, args.json, out);
      return 0;
    }
    const Question& q = *step->next;
    out << "\nQ" << session->answers.size() + 1 << ". " << q.text;
    if (q.choices.empty()) {
      out << " [y/n/?]" << UnitHint(q.value_name);
    } else {
      for (size_t i = 0; i < q.choices.size(); ++i) out << "\n   " << i + 1 << ") " << q.choices[i].label;
      out << "\n   ?) don't know";
    }
    out << "\n   why: " << q.why << "\n> " << std::flush;
    std::optional<InterviewAnswer> answer;
    std::string line;
    while (!answer) {
      if (!std::getline(in, line)) {
        out << "\nInput ended; the session is saved: sanus interview --resume " << session->id << "\n";
        return 3;
      }
      answer = ParseAnswer(line, q);
      if (!answer) {
        if (q.choices.empty()) out << "Please answer y, n or ? (don't know)" << UnitHint(q.value_name);
        else out << "Please answer with the number of a choice, or ?";
        out << "\n> " << std::flush;
      }
    }
    // Stored before the next question is chosen: a kill from here on loses nothing given.
    if (Status s = (*store)->AddAnswer(session->id, *answer); !s.ok()) {
      std::cerr << "sanus interview: " << s.message() << "\n";
      return 2;
    }
    session->answers.push_back(*answer);
  }
}

}  // namespace sanus::tools
