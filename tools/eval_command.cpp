#include "eval_command.h"

#include <algorithm>
#include <cstdio>
#include <iostream>
#include <map>

#include <nlohmann/json.hpp>

#include "eval_cases.h"
#include "eval_report.h"
#include "interview_simulation.h"

namespace sanus::tools {
namespace {

struct Tally {
  int cases = 0, top1 = 0, top3 = 0, top10 = 0, triage_exact = 0;
  int under = 0, over = 0, emergency_under = 0, self_care_cases = 0, self_care_sent = 0;
  int errors = 0;

  double Rate(int n) const { return cases ? static_cast<double>(n) / cases : 0; }
};

// Rank of the gold condition, 1-based; 0 when not in the list.
int GoldRank(const Assessment& a, const std::string& gold) {
  for (size_t i = 0; i < a.conditions.size(); ++i) {
    if (a.conditions[i].id == gold) return static_cast<int>(i) + 1;
  }
  return 0;
}

void Count(Tally& t, const EvalCase& c, const Assessment& a) {
  const int rank = GoldRank(a, c.gold);
  const TriageLevel got = a.triage.level;
  ++t.cases;
  t.top1 += rank == 1;
  t.top3 += rank >= 1 && rank <= 3;
  t.top10 += rank >= 1 && rank <= 10;
  t.triage_exact += got == c.triage;
  t.under += got < c.triage;
  t.over += got > c.triage;
  t.emergency_under += IsEmergency(c.triage) && !IsEmergency(got);
  if (c.triage == TriageLevel::kSelfCare) {
    ++t.self_care_cases;
    t.self_care_sent += got >= TriageLevel::kConsultation;
  }
}

nlohmann::json TallyJson(const Tally& t) {
  return {{"cases", t.cases}, {"top1", t.Rate(t.top1)}, {"top3", t.Rate(t.top3)},
          {"top10", t.Rate(t.top10)}, {"triage_exact", t.Rate(t.triage_exact)},
          {"under_triage", t.under}, {"over_triage", t.over},
          {"emergency_under_triage", t.emergency_under},
          {"self_care_cases", t.self_care_cases}, {"self_care_sent_to_doctor", t.self_care_sent}};
}

void PrintTally(const std::string& label, const Tally& t) {
  std::printf("%-16s %4d  top1 %5.1f%%  top3 %5.1f%%  top10 %5.1f%%  triage %5.1f%%  under %3d  over %3d\n",
              label.c_str(), t.cases, 100 * t.Rate(t.top1), 100 * t.Rate(t.top3), 100 * t.Rate(t.top10),
              100 * t.Rate(t.triage_exact), t.under, t.over);
}

void PrintFailure(const EvalCase& c, const Assessment& a) {
  const int rank = GoldRank(a, c.gold);
  const bool triage_wrong = a.triage.level != c.triage;
  if (rank >= 1 && rank <= 3 && !triage_wrong) return;
  std::printf("MISS %s [%s]: gold %s rank %d, triage %s (gold %s); top: %s\n", c.name.c_str(),
              c.origin.c_str(), c.gold.c_str(), rank, std::string(TriageLevelName(a.triage.level)).c_str(),
              std::string(TriageLevelName(c.triage)).c_str(),
              a.conditions.empty() ? "-" : a.conditions[0].id.c_str());
}

// The interview evaluation: accuracy from the first sentence, then after the interview.
int RunInterviewEval(const Engine& engine, const std::vector<EvalCase>& cases, bool json, bool failures) {
  Tally before, after;
  std::vector<int> counts;
  int emergency_ended_below = 0, errors = 0;
  for (const auto& c : cases) {
    auto sim = SimulateInterview(engine, c, InterviewOptions{});
    if (!sim.ok()) {
      ++errors;
      std::cerr << "case " << c.name << ": " << sim.status().message() << "\n";
      continue;
    }
    Count(before, c, sim->before);
    Count(after, c, sim->after);
    counts.push_back(sim->questions);
    const bool missed = IsEmergency(c.triage) && !IsEmergency(sim->after.triage.level);
    emergency_ended_below += missed;
    if (failures && (missed || GoldRank(sim->after, c.gold) == 0 || GoldRank(sim->after, c.gold) > 3)) {
      std::printf("MISS %s: triage %s (gold %s), gold rank %d; %s\n  asked:", c.name.c_str(),
                  std::string(TriageLevelName(sim->after.triage.level)).c_str(),
                  std::string(TriageLevelName(c.triage)).c_str(), GoldRank(sim->after, c.gold),
                  sim->stop_reason.c_str());
      for (const auto& t : sim->transcript) std::printf(" %s", t.c_str());
      std::printf("\n");
    }
  }
  std::sort(counts.begin(), counts.end());
  const double median = counts.empty() ? 0 : counts.size() % 2 ? counts[counts.size() / 2]
                                                  : (counts[counts.size() / 2 - 1] + counts[counts.size() / 2]) / 2.0;
  double mean = 0;
  for (int n : counts) mean += n;
  if (!counts.empty()) mean /= static_cast<double>(counts.size());
  if (json) {
    std::cout << nlohmann::json{{"before", TallyJson(before)}, {"after", TallyJson(after)},
                                {"mean_questions", mean}, {"median_questions", median},
                                {"emergency_cases_ended_below_emergency", emergency_ended_below}}
                     .dump(2)
              << "\n";
  } else {
    PrintTally("first sentence", before);
    PrintTally("after interview", after);
    std::printf("questions: mean %.1f, median %.1f\n", mean, median);
    std::printf("emergency cases ending below an emergency level: %d\n", emergency_ended_below);
  }
  return errors ? 1 : 0;
}

}  // namespace

int RunEval(const Engine& engine, const EvalOptions& options) {
  auto cases = LoadEvalCases(options.paths);
  if (!cases.ok()) {
    std::cerr << "sanus eval: " << cases.status().message() << "\n";
    return 2;
  }
  if (options.interview) return RunInterviewEval(engine, *cases, options.json, options.show_failures);
  Tally all;
  std::map<std::string, Tally> by_group;
  EvalReport report;
  for (const auto& c : *cases) {
    AssessRequest request{c.text, c.age, c.sex, Mode::kClinician, {}, {}};
    auto a = engine.Assess(request);
    if (!a.ok()) {
      ++all.errors;
      std::cerr << "case " << c.name << ": " << a.status().message() << "\n";
      continue;
    }
    Count(all, c, *a);
    Count(by_group[c.group], c, *a);
    report.Add(c, *a);
    if (options.show_failures) PrintFailure(c, *a);
  }
  if (options.json) {
    nlohmann::json out = TallyJson(all);
    for (const auto& [group, t] : by_group) out["groups"][group] = TallyJson(t);
    std::cout << out.dump(2) << "\n";
  } else {
    for (const auto& [group, t] : by_group) PrintTally(group, t);
    PrintTally("ALL", all);
    std::printf("emergency cases under-triaged to a non-emergency level: %d\n", all.emergency_under);
    std::printf("self-care cases sent to a doctor: %d of %d\n", all.self_care_sent, all.self_care_cases);
  }
  if (!options.report_path.empty()) {
    std::string command = "sanus eval";
    for (const auto& p : options.paths) command += " " + p;
    command += " --report " + options.report_path;
    if (Status s = report.Write(options.report_path, command, engine.KnowledgeVersion()); !s.ok()) {
      std::cerr << "sanus eval: " << s.message() << "\n";
      return 2;
    }
  }
  bool failed = all.errors > 0;
  if (options.min_top3 && all.Rate(all.top3) < *options.min_top3) failed = true;
  if (options.min_triage && all.Rate(all.triage_exact) < *options.min_triage) failed = true;
  if (options.max_emergency_under_triage && all.emergency_under > *options.max_emergency_under_triage) failed = true;
  if (failed) std::cerr << "sanus eval: a quality gate failed\n";
  return failed ? 1 : 0;
}

}  // namespace sanus::tools
