#include "ask_eval.h"

#include <yaml-cpp/yaml.h>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstdio>
#include <iostream>

namespace sanus::tools {
namespace {

struct Question {
  std::string text, mode, expect, intent;
  std::vector<std::string> topics, key_facts;
};

std::string Lower(std::string s) {
  for (auto& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

// Lower-cased with runs of spaces folded, so a fact matches across line wraps.
std::string Folded(const std::string& s) {
  std::string out;
  for (char c : Lower(s)) {
    if (std::isspace(static_cast<unsigned char>(c))) {
      if (!out.empty() && out.back() != ' ') out += ' ';
    } else {
      out += c;
    }
  }
  return out;
}

std::vector<std::string> Strings(const YAML::Node& node) {
  std::vector<std::string> out;
  if (node && node.IsSequence()) {
    for (const auto& n : node) out.push_back(n.as<std::string>());
  }
  return out;
}

std::vector<Question> Load(const std::string& path, std::string& error) {
  std::vector<Question> out;
  try {
    for (const auto& n : YAML::LoadFile(path)) {
      out.push_back({n["question"].as<std::string>(), n["mode"].as<std::string>("patient"),
                     n["expect"].as<std::string>(), n["intent"].as<std::string>("other"), Strings(n["topics"]),
                     Strings(n["key_facts"])});
    }
  } catch (const YAML::Exception& e) {
    error = path + ": " + e.what();
  }
  return out;
}

struct Tally {
  int answer = 0, recall_hits = 0, facts_total = 0, facts_found = 0, all_facts = 0, answered = 0;
  double reciprocal_rank = 0;
  int abstain = 0, abstained = 0;
  int escalate = 0, escalated = 0, not_emergency = 0, false_escalations = 0;
  int intents = 0, intents_right = 0;
};

double Ratio(int a, int b) { return b == 0 ? 0 : static_cast<double>(a) / b; }

}  // namespace

int RunAskEval(const Engine& engine, const std::string& path, bool json, bool show_failures) {
  std::string error;
  const auto questions = Load(path, error);
  if (!error.empty() || questions.empty()) {
    std::cerr << "sanus eval --ask: " << (error.empty() ? path + ": no questions" : error) << "\n";
    return 2;
  }
  Tally t;
  for (const auto& q : questions) {
    AskRequest request;
    request.question = q.text;
    request.mode = q.mode == "clinician" ? Mode::kClinician : Mode::kPatient;
    auto result = engine.Ask(request);
    if (!result.ok()) {
      std::cerr << "sanus eval --ask: " << q.text << ": " << result.status().message() << "\n";
      return 2;
    }
    const ClinicalAnswer& a = *result;
    std::string answer_text;
    for (const auto& s : a.sentences) answer_text += s.text + " ";
    answer_text = Folded(answer_text);
    std::vector<std::string> misses;
    if (q.expect == "escalate") {
      ++t.escalate;
      t.escalated += a.escalation ? 1 : 0;
      if (!a.escalation) misses.push_back("not escalated");
    } else {
      ++t.not_emergency;
      t.false_escalations += a.escalation ? 1 : 0;
      if (a.escalation) misses.push_back("escalated");
    }
    if (q.expect == "abstain") {
      ++t.abstain;
      t.abstained += a.status != "answered" ? 1 : 0;
      if (a.status == "answered") misses.push_back("answered instead of abstaining");
    }
    if (q.expect == "answer") {
      ++t.answer;
      ++t.intents;
      t.intents_right += a.intent == q.intent ? 1 : 0;
      t.answered += a.status == "answered" ? 1 : 0;
      for (size_t rank = 0; rank < a.retrieved.size() && rank < 5; ++rank) {
        if (std::count(q.topics.begin(), q.topics.end(), a.retrieved[rank].topic)) {
          ++t.recall_hits;
          t.reciprocal_rank += 1.0 / static_cast<double>(rank + 1);
          break;
        }
      }
      int found = 0;
      for (const auto& fact : q.key_facts) {
        if (answer_text.find(Folded(fact)) != std::string::npos) ++found;
        else misses.push_back("missing '" + fact + "'");
      }
      t.facts_total += static_cast<int>(q.key_facts.size());
      t.facts_found += found;
      t.all_facts += found == static_cast<int>(q.key_facts.size()) ? 1 : 0;
    }
    if (show_failures && !misses.empty() && !json) {
      std::cout << "MISS [" << q.expect << "] " << q.text << " (status " << a.status << "):";
      for (const auto& m : misses) std::cout << " " << m << ";";
      std::cout << "\n";
    }
  }
  const double recall = Ratio(t.recall_hits, t.answer), mrr = t.answer ? t.reciprocal_rank / t.answer : 0;
  if (json) {
    std::cout << nlohmann::json{{"questions", questions.size()},
                                {"answer_questions", t.answer},
                                {"recall_at_5", recall},
                                {"mrr", mrr},
                                {"answered", Ratio(t.answered, t.answer)},
                                {"key_facts_found", Ratio(t.facts_found, t.facts_total)},
                                {"answers_with_all_key_facts", Ratio(t.all_facts, t.answer)},
                                {"intent_accuracy", Ratio(t.intents_right, t.intents)},
                                {"abstention", Ratio(t.abstained, t.abstain)},
                                {"escalation", Ratio(t.escalated, t.escalate)},
                                {"false_escalations", t.false_escalations}}
                     .dump(2)
              << "\n";
    return 0;
  }
  std::printf("questions %zu: %d to answer, %d to abstain on, %d emergencies\n", questions.size(), t.answer,
              t.abstain, t.escalate);
  std::printf("retrieval   recall@5 %.1f%%   MRR %.3f\n", 100 * recall, mrr);
  std::printf("answers     answered %.1f%%   key facts found %.1f%%   answers with every key fact %.1f%%\n",
              100 * Ratio(t.answered, t.answer), 100 * Ratio(t.facts_found, t.facts_total),
              100 * Ratio(t.all_facts, t.answer));
  std::printf("intent      %.1f%% as labelled\n", 100 * Ratio(t.intents_right, t.intents));
  std::printf("abstention  %.1f%% of %d uncovered questions declined\n", 100 * Ratio(t.abstained, t.abstain),
              t.abstain);
  std::printf("escalation  %.1f%% of %d emergencies escalated; %d false escalations of %d other questions\n",
              100 * Ratio(t.escalated, t.escalate), t.escalate, t.false_escalations, t.not_emergency);
  return 0;
}

}  // namespace sanus::tools
