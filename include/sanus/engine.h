// Engine: the one facade of the Sanus library. Load a knowledge base, then assess.
//
//   auto engine = sanus::Engine::CreateDefault();        // the embedded knowledge base
//   if (!engine.ok()) { ... engine.status().message() ... }
//   sanus::AssessRequest request{.text = "crushing chest pain and sweating", .age_years = 58};
//   sanus::Result<sanus::Assessment> assessment = (*engine)->Assess(request);
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "sanus/ask.h"
#include "sanus/assessment.h"
#include "sanus/catalog.h"
#include "sanus/guidance.h"
#include "sanus/interview.h"
#include "sanus/scores.h"
#include "sanus/status.h"

namespace sanus {

// Counts of what a knowledge base holds.
struct KnowledgeStats {
  int conditions = 0;
  int findings = 0;
  int synonyms = 0;
  int red_flag_rules = 0;
  int sources = 0;
  int guidance = 0;      // conditions with treatment guidance
  int medicines = 0;
  int interactions = 0;
  int sourced_priors = 0;  // conditions whose epidemiology (age, sex, incidence) cites a source
};

// A red-flag rule as the knowledge base states it (for listings and the safety tests).
struct RedFlagRuleSummary {
  std::string id;
  TriageLevel level = TriageLevel::kEmergency;
  std::vector<std::string> all;  // every one present
  std::vector<std::string> any;  // at least one present (empty: no such condition)
  std::optional<double> age_from, age_to;  // years, [from, to)
  Sex sex = Sex::kUnknown;                 // the rule's sex, or kUnknown for either
  std::optional<std::string> vital;        // value name
  std::optional<double> vital_min, vital_max;
};

// Thread-safety: after creation an Engine is immutable; Assess may be called from many
// threads at once. Owns its knowledge base.
class Engine {
 public:
  // Loads the knowledge base embedded in the binary. Fails with kFailedPrecondition and the
  // list of problems when it does not validate.
  static Result<std::unique_ptr<Engine>> CreateDefault();
  // Loads a knowledge base from a directory with the layout of docs/knowledge-format.md.
  // Fails with kNotFound for a missing directory, kInvalidArgument for a parse error and
  // kFailedPrecondition when it does not validate.
  static Result<std::unique_ptr<Engine>> CreateFromDirectory(const std::string& dir);
  // Checks a knowledge base without building an engine: the readable problems, empty when
  // valid. A directory that cannot be read is one problem. An empty dir means the embedded one.
  static std::vector<std::string> CheckKnowledge(const std::string& dir);

  ~Engine();
  Engine(const Engine&) = delete;
  Engine& operator=(const Engine&) = delete;

  // Assesses one complaint. Fails with kInvalidArgument for empty or over-long text, or an
  // age outside 0-130. Never lowers the level for input it does not understand.
  Result<Assessment> Assess(const AssessRequest& request) const;

  // One step of the adaptive interview: the assessment with the answers so far, and the next
  // question or why it stopped. Fails with kInvalidArgument for a bad request, an answer
  // about an unknown finding, or options out of range.
  Result<InterviewStep> Interview(const AssessRequest& request,
                                  const std::vector<InterviewAnswer>& answers,
                                  const InterviewOptions& options = {}) const;

  // Guidance for a condition (by id, name or lay name), every treatment option checked against
  // the person's context. kNotFound for an unknown condition or one without guidance;
  // kInvalidArgument for a context out of range.
  Result<ConditionGuidance> Guide(const std::string& condition, const PatientContext& context = {}) const;
  // Checks the context's current medicines against each other, the allergies, pregnancy,
  // age, kidney and liver function. kInvalidArgument when no medicine is given.
  Result<MedicationReview> CheckMedicines(const PatientContext& context) const;

  // Answers a clinical question from the knowledge base's own texts (and an added passage
  // index), citing every sentence; escalates first when it describes an emergency now.
  // kInvalidArgument for an empty or over-long question; kNotFound for a missing index_dir.
  Result<ClinicalAnswer> Ask(const AskRequest& request) const;

  // Adds documents (PubMed XML, Markdown, HTML, plain text, by extension) to a passage index
  // directory, created when missing, for Ask's index_dir. A file that cannot be read adds
  // nothing and fails the call with its reason; files before it stay added.
  Result<IndexAddResult> AddToIndex(const std::string& index_dir, const std::vector<std::string>& files,
                                    const IndexProgress& progress = {}) const;

  // The clinical scores Sanus computes.
  std::vector<ScoreDefinition> Scores() const;
  // Computes one score by id ("curb65"). kNotFound for an unknown score; kInvalidArgument for
  // an input the score does not read, a value out of range, or a person it is not for.
  Result<ScoreResult> ComputeScore(const std::string& id, const ScoreInputs& inputs) const;

  // Scores read from an assessment's evidence (the person's findings, values, age and sex). Each
  // id is tried, and kept when the evidence gives at least one of its inputs besides age and
  // sex; a criterion the evidence does not settle stays missing (never counted as zero). Unknown
  // ids and scores not meant for this person are left out.
  std::vector<ScoreResult> ScoresFromAssessment(const Assessment& assessment,
                                                const std::vector<std::string>& score_ids) const;

  KnowledgeStats Stats() const;
  std::vector<ConditionSummary> Conditions() const;
  // One condition by its exact id; kNotFound for an unknown id.
  Result<ConditionDetail> ConditionById(const std::string& id) const;
  std::vector<FindingSummary> Findings() const;
  // One finding by its exact id; kNotFound for an unknown id.
  Result<FindingSummary> FindingById(const std::string& id) const;
  // The registered sources every statement cites.
  std::vector<Citation> Sources() const;
  // One source by its exact id; kNotFound for an unknown id.
  Result<Citation> SourceById(const std::string& id) const;
  std::vector<RedFlagRuleSummary> RedFlagRules() const;
  // The ids of the red-flag findings: alarm features marked in the knowledge base. Adding one
  // (with what it implies) to any assessment never lowers its triage level.
  std::vector<std::string> RedFlagFindings() const;
  // A version string of the loaded knowledge base (a content hash).
  std::string KnowledgeVersion() const;

  class Impl;

 private:
  explicit Engine(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace sanus
