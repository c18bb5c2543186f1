// The `sanus` command: assess, batch, interview, guide, meds check, score, kb, eval.
#include <CLI/CLI.hpp>

#include <algorithm>
#include <cstdlib>
#include <iostream>
#include <memory>

#include "ask_command.h"
#include "ask_eval.h"
#include "assess_command.h"
#include "batch_command.h"
#include "eval_command.h"
#include "guidance_report.h"
#include "guide_command.h"
#include "interview_command.h"
#include "score_command.h"
#include "serve_command.h"
#include "json_output.h"
#include "sanus/engine.h"
#include "text_report.h"

namespace {

using sanus::Engine;

std::unique_ptr<Engine> LoadEngine(const std::string& kb_dir) {
  auto engine = kb_dir.empty() ? Engine::CreateDefault() : Engine::CreateFromDirectory(kb_dir);
  if (!engine.ok()) {
    std::cerr << "sanus: cannot load the knowledge base: " << engine.status().message() << "\n";
    return nullptr;
  }
  return std::move(*engine);
}

int RunKbCheck(const std::string& kb_dir) {
  const auto problems = Engine::CheckKnowledge(kb_dir);
  if (problems.empty()) {
    std::cout << "knowledge base OK\n";
    return 0;
  }
  std::cout << problems.size() << " problem(s):\n";
  for (const auto& p : problems) std::cout << "  " << p << "\n";
  return 1;
}

int RunKbStats(const Engine& engine, bool json) {
  const auto s = engine.Stats();
  if (json) {
    std::cout << sanus::tools::ToJson(s).dump(2) << "\n";
  } else {
    std::cout << "conditions      " << s.conditions << "\nfindings        " << s.findings
              << "\nsynonyms        " << s.synonyms << "\nred-flag rules  " << s.red_flag_rules
              << "\nsources         " << s.sources << "\nguidance        " << s.guidance
              << "\nmedicines       " << s.medicines << "\ninteractions    " << s.interactions
              << "\nsourced priors  " << s.sourced_priors << " of " << s.conditions << " conditions"
              << "\nversion         " << engine.KnowledgeVersion() << "\n";
  }
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"Sanus: clinical symptom assessment and triage from verified knowledge"};
  app.require_subcommand(1);
  std::string kb_dir;
  app.add_option("--kb", kb_dir, "knowledge directory (default: the embedded knowledge base)");

  sanus::tools::AssessArgs assess_args;
  auto* assess = app.add_subcommand("assess", "assess a complaint in the person's own words");
  assess->add_option("--age", assess_args.age, "age in years (fractional for infants)")->check(CLI::Range(0.0, 130.0));
  assess->add_option("--sex", assess_args.sex, "female or male")->check(CLI::IsMember({"female", "male"}));
  assess->add_option("--mode", assess_args.mode, "patient or clinician")->check(CLI::IsMember({"patient", "clinician"}));
  assess->add_flag("--json", assess_args.json, "print one JSON object");
  assess->add_option("text", assess_args.text, "the complaint")->required();
  sanus::tools::AddContextOptions(assess, assess_args.context, /*with_demographics=*/false);

  auto* guide = app.add_subcommand("guide", "treatment guidance for a condition, checked for one person");
  std::string guide_condition, guide_mode = "patient";
  bool guide_json = false;
  sanus::tools::ContextArgs guide_args;
  guide->add_option("condition", guide_condition, "condition id or name (e.g. pneumonia)")->required();
  guide->add_option("--mode", guide_mode, "patient or clinician")->check(CLI::IsMember({"patient", "clinician"}));
  guide->add_flag("--json", guide_json, "print JSON");
  sanus::tools::AddContextOptions(guide, guide_args);

  auto* ask = app.add_subcommand("ask", "answer a clinical question from verified sources, with citations");
  sanus::AskRequest ask_request;
  std::string ask_mode = "patient";
  bool ask_json = false;
  ask->add_option("question", ask_request.question, "the question")->required();
  ask->add_option("--mode", ask_mode, "patient or clinician")->check(CLI::IsMember({"patient", "clinician"}));
  ask->add_option("--index", ask_request.index_dir, "a passage index made with sanus index add");
  ask->add_option("--passages", ask_request.max_passages, "at most this many cited passages (1-20)");
  ask->add_flag("--json", ask_json, "print JSON");

  auto* index = app.add_subcommand("index", "passage indexes for sanus ask");
  index->require_subcommand(1);
  auto* index_add = index->add_subcommand("add", "add PubMed XML, Markdown, HTML or text files to an index");
  std::string index_dir = "sanus-index";
  std::vector<std::string> index_files;
  index_add->add_option("files", index_files, "the files to add")->required();
  index_add->add_option("--index", index_dir, "the index directory (default ./sanus-index)");

  auto* serve = app.add_subcommand("serve", "serve the JSON API over HTTP");
  std::string serve_host = "127.0.0.1";
  int serve_port = 8080;
  sanus::tools::ApiOptions api_options;
  serve->add_option("--host", serve_host, "address to listen on (default 127.0.0.1)");
  serve->add_option("--port", serve_port, "port (default 8080)")->check(CLI::Range(1, 65535));
  if (const char* key = std::getenv("SANUS_API_KEY")) api_options.api_key = key;
  if (const char* db = std::getenv("SANUS_DB")) api_options.session_db = db;
  serve->add_option("--db", api_options.session_db, "interview session database (default $SANUS_DB or ./sanus-sessions.db)");
  if (const char* audit = std::getenv("SANUS_AUDIT_DB")) api_options.audit_target = audit;
  serve->add_option("--audit-db", api_options.audit_target,
                    "audit log: a SQLite file or a postgresql:// URI (default $SANUS_AUDIT_DB or ./sanus-audit.db)");
  serve->add_option("--rate-limit", api_options.rate_limit_per_minute,
                    "requests a minute per client (API key, else address); 0 for no limit (default 300)")
      ->check(CLI::Range(0.0, 1e9));
  serve->add_option("--rate-burst", api_options.rate_burst, "requests a client may send at once (default 30)")
      ->check(CLI::Range(1.0, 1e9));
  serve->add_option("--max-text", api_options.max_text_chars,
                    "longest complaint or question accepted, in characters (default 5000)")
      ->check(CLI::Range(1, 20000));
  serve->add_flag("--log-patient-text", api_options.log_patient_text,
                  "write request bodies (patient text) in the access log; off by default");

  auto* meds = app.add_subcommand("meds", "medication safety tools");
  meds->require_subcommand(1);
  auto* meds_check = meds->add_subcommand("check", "check medicines against each other and the person");
  bool meds_json = false;
  sanus::tools::ContextArgs meds_args;
  sanus::tools::AddContextOptions(meds_check, meds_args);
  meds_check->add_flag("--json", meds_json, "print JSON");

  auto* batch = app.add_subcommand("batch", "JSON Lines in on stdin, JSON Lines out");

  sanus::tools::InterviewArgs interview_args;
  std::string interview_sex, interview_mode = "patient";
  const char* db_env = std::getenv("SANUS_DB");
  interview_args.db_path = db_env ? db_env : "sanus-sessions.db";
  auto* interview = app.add_subcommand("interview", "ask questions until the picture is clear");
  interview->add_option("--age", interview_args.age, "age in years")->check(CLI::Range(0.0, 130.0));
  interview->add_option("--sex", interview_sex, "female or male")->check(CLI::IsMember({"female", "male"}));
  interview->add_option("--mode", interview_mode, "patient or clinician")->check(CLI::IsMember({"patient", "clinician"}));
  interview->add_option("--resume", interview_args.resume_id, "resume the session with this id");
  interview->add_option("--db", interview_args.db_path, "session database (default $SANUS_DB or ./sanus-sessions.db)");
  interview->add_option("--max-questions", interview_args.max_questions, "stop after this many questions")
      ->check(CLI::Range(1, 50));
  interview->add_flag("--json", interview_args.json, "print the final assessment as JSON");
  interview->add_option("text", interview_args.text, "the first complaint");

  std::string score_id;
  std::vector<std::string> score_inputs;
  bool score_list = false, score_json = false;
  auto* score = app.add_subcommand("score", "compute a clinical score from named inputs");
  score->add_option("name", score_id, "the score (see --list)");
  score->add_option("--input", score_inputs, "name=value (a number, yes or no); repeat for each input");
  score->add_flag("--list", score_list, "list the scores and their inputs");
  score->add_flag("--json", score_json, "print JSON");

  auto* kb = app.add_subcommand("kb", "knowledge base tools");
  kb->require_subcommand(1);
  auto* kb_check = kb->add_subcommand("check", "validate the knowledge base");
  bool stats_json = false;
  auto* kb_conditions = kb->add_subcommand("conditions", "list the conditions: id, triage level, name");
  auto* kb_stats = kb->add_subcommand("stats", "count what the knowledge base holds");
  kb_stats->add_flag("--json", stats_json, "print JSON");

  sanus::tools::EvalOptions eval_options;
  auto* eval = app.add_subcommand("eval", "run evaluation cases and report accuracy");
  eval->add_option("paths", eval_options.paths, "case files or directories")->required();
  eval->add_flag("--json", eval_options.json, "print JSON");
  eval->add_option("--report", eval_options.report_path, "write a Markdown report with a calibration plot here");
  bool eval_ask = false;
  eval->add_flag("--ask", eval_ask, "the file holds questions for sanus ask (tests/ask/questions.yaml)");
  eval->add_flag("--failures", eval_options.show_failures, "list the cases that miss");
  eval->add_flag("--interview", eval_options.interview,
                 "simulate the interview from each case's first sentence and report before/after");
  eval->add_option("--min-top3", eval_options.min_top3, "fail below this top-3 accuracy (0-1)");
  eval->add_option("--min-triage", eval_options.min_triage, "fail below this exact triage accuracy (0-1)");
  eval->add_option("--max-emergency-under-triage", eval_options.max_emergency_under_triage,
                   "fail when more emergencies than this are under-triaged");

  CLI11_PARSE(app, argc, argv);

  if (kb_check->parsed()) return RunKbCheck(kb_dir);
  auto engine = LoadEngine(kb_dir);
  if (!engine) return 2;
  if (assess->parsed()) return sanus::tools::RunAssess(*engine, assess_args);
  if (batch->parsed()) return sanus::tools::RunBatch(*engine, std::cin, std::cout);
  if (interview->parsed()) {
    if (interview_args.text.empty() == interview_args.resume_id.empty()) {
      std::cerr << "sanus interview: give a complaint, or --resume ID\n";
      return 2;
    }
    interview_args.sex = interview_sex == "female" ? sanus::Sex::kFemale
                         : interview_sex == "male" ? sanus::Sex::kMale : sanus::Sex::kUnknown;
    interview_args.mode = interview_mode == "clinician" ? sanus::Mode::kClinician : sanus::Mode::kPatient;
    return sanus::tools::RunInterview(*engine, interview_args, std::cin, std::cout);
  }
  if (kb_stats->parsed()) return RunKbStats(*engine, stats_json);
  if (kb_conditions->parsed()) {
    for (const auto& c : engine->Conditions()) {
      std::cout << c.id << "\t" << sanus::TriageLevelName(c.triage) << "\t" << c.name << "\n";
    }
    return 0;
  }
  if (guide->parsed()) {
    const auto mode = guide_mode == "clinician" ? sanus::Mode::kClinician : sanus::Mode::kPatient;
    return sanus::tools::RunGuide(*engine, guide_condition, guide_args, mode, guide_json, std::cout, std::cerr);
  }
  if (serve->parsed()) return sanus::tools::RunServe(*engine, serve_host, serve_port, api_options);
  if (index_add->parsed()) return sanus::tools::RunIndexAdd(*engine, index_dir, index_files, std::cout, std::cerr);
  if (ask->parsed()) {
    ask_request.mode = ask_mode == "clinician" ? sanus::Mode::kClinician : sanus::Mode::kPatient;
    return sanus::tools::RunAsk(*engine, ask_request, ask_json, std::cout, std::cerr);
  }
  if (meds_check->parsed()) return sanus::tools::RunMedsCheck(*engine, meds_args, meds_json, std::cout, std::cerr);
  if (score->parsed()) return sanus::tools::RunScore(*engine, score_id, score_inputs, score_list, score_json, std::cout);
  if (eval->parsed() && eval_ask) {
    if (eval_options.paths.size() != 1) {
      std::cerr << "sanus eval --ask: give one questions file\n";
      return 2;
    }
    return sanus::tools::RunAskEval(*engine, eval_options.paths.front(), eval_options.json, eval_options.show_failures);
  }
  if (eval->parsed()) return sanus::tools::RunEval(*engine, eval_options);
  return 2;
}
