#include "sanus/engine.h"

#include <algorithm>
#include <cctype>
#include <cmath>

#include "engine_impl.h"
#include "wording.h"
#include "knowledge/citations.h"
#include "knowledge/loader.h"
#include "guidance/scores/score.h"
#include "knowledge/validator.h"
#include "reasoning/red_flags.h"

namespace sanus {
namespace {

constexpr size_t kMaxTextBytes = 20000;
constexpr size_t kMaxConditionsShown = 10;

std::string JoinProblems(const std::vector<std::string>& problems) {
  std::string out = "the knowledge base has " + std::to_string(problems.size()) + " problem(s):";
  for (const auto& p : problems) out += "\n  " + p;
  return out;
}

}  // namespace

// ---- Impl: loading -----------------------------------------------------------------------

std::unique_ptr<Engine::Impl> Engine::Impl::Load(const std::vector<knowledge::KnowledgeFileView>& files,
                                                 std::vector<std::string>& problems) {
  auto outcome = knowledge::LoadKnowledge(files);
  problems = std::move(outcome.problems);
  for (auto& p : knowledge::Validate(outcome.kb)) problems.push_back(std::move(p));
  std::unique_ptr<Impl> impl(new Impl());
  impl->kb_ = std::move(outcome.kb);
  impl->understanding_ = text::TextUnderstanding::Create(impl->kb_, &problems);
  return impl;
}

std::vector<std::string> Engine::Impl::Check(const std::vector<knowledge::KnowledgeFileView>& files) {
  std::vector<std::string> problems;
  Load(files, problems);
  return problems;
}

Result<std::unique_ptr<Engine::Impl>> Engine::Impl::Create(
    const std::vector<knowledge::KnowledgeFileView>& files) {
  std::vector<std::string> problems;
  auto impl = Load(files, problems);
  if (!problems.empty()) return Status::FailedPrecondition(JoinProblems(problems));
  impl->inference_ = std::make_unique<reasoning::Inference>(impl->kb_);
  impl->triage_ = std::make_unique<reasoning::TriagePolicy>(impl->kb_, *impl->inference_);
  impl->questions_ = std::make_unique<reasoning::QuestionSelector>(impl->kb_, *impl->inference_);
  impl->medicines_ = std::make_unique<guidance::MedicineDirectory>(impl->kb_);
  impl->question_reader_ = std::make_unique<ask::QuestionReader>(impl->kb_, *impl->medicines_);
  return impl;
}

// ---- Impl: assessing ---------------------------------------------------------------------

std::vector<Citation> Engine::Impl::Cite(const std::vector<std::string>& source_ids) const {
  return knowledge::Cite(kb_, source_ids);
}

void Engine::Impl::AddImpliedFindings(std::vector<text::FoundFinding>& findings) const {
  // Breadth-first over "implies" edges; the list grows as it is read, and MergeFinding keeps
  // one entry per finding, so a cycle cannot loop.
  for (size_t i = 0; i < findings.size(); ++i) {
    if (findings[i].presence != Presence::kPresent) continue;
    for (auto implied : kb_.finding(findings[i].finding).implies) {
      const text::FoundFinding source = findings[i];
      text::MergeFinding(findings, {implied, Presence::kPresent, source.span, source.begin, source.end, true});
    }
  }
}

Result<reasoning::EvidenceSet> Engine::Impl::BuildEvidence(const AssessRequest& request,
                                                           Assessment& assessment) const {
  text::UnderstoodText understood = understanding_->Understand(request.text, request.age_years);
  std::vector<MeasuredValue> stated_values;
  for (const auto& v : request.values) {
    if (!knowledge::IsKnownValueName(v.name)) {
      return Status::InvalidArgument("unknown value name '" + v.name + "'");
    }
    if (!std::isfinite(v.value)) return Status::InvalidArgument("value '" + v.name + "' is not a number");
    stated_values.push_back({v.name, v.value, "", -1, -1});
  }
  const auto age = request.age_years ? request.age_years : understood.demographics.age_years;
  for (auto& f : understanding_->FindingsFromValues(stated_values, age)) {
    text::MergeFinding(understood.findings, std::move(f));
  }
  for (const auto& stated : request.findings) {
    auto index = kb_.FindFinding(stated.finding_id);
    if (!index) return Status::InvalidArgument("unknown finding '" + stated.finding_id + "'");
    text::MergeFinding(understood.findings, {*index, stated.presence, "", -1, -1});
  }
  understood.values.insert(understood.values.end(), stated_values.begin(), stated_values.end());
  AddImpliedFindings(understood.findings);

  reasoning::EvidenceSet evidence;
  evidence.values = understood.values;
  evidence.age_years = request.age_years ? request.age_years : understood.demographics.age_years;
  evidence.sex = request.sex != Sex::kUnknown ? request.sex : understood.demographics.sex;
  for (const auto& found : understood.findings) {
    evidence.items.push_back({found.finding, found.presence, found.implied, found.denied});
    const auto& f = kb_.finding(found.finding);
    assessment.findings.push_back({f.id, f.name, f.lay, f.kind, found.presence, found.span, found.begin, found.end});
    // Only women can be pregnant: a stated pregnancy settles an unknown sex.
    if (f.id == "pregnant" && found.presence == Presence::kPresent && evidence.sex == Sex::kUnknown) {
      evidence.sex = Sex::kFemale;
    }
  }
  assessment.values = understood.values;
  assessment.age_years = evidence.age_years;
  assessment.sex = evidence.sex;
  return evidence;
}

void Engine::Impl::FillTriage(const reasoning::EvidenceSet& evidence,
                              const reasoning::Posterior& posterior, Assessment& assessment) const {
  const reasoning::TriageOutcome outcome = triage_->Decide(evidence, posterior);
  assessment.triage.level = outcome.level;
  for (const auto* rule : outcome.rules) {
    assessment.triage.reasons.push_back({rule->reason + " (red flag)", rule->id, Cite(rule->source_ids)});
  }
  for (auto index : outcome.conditions) {
    const auto& c = kb_.condition(index);
    if (c.triage != outcome.level && !outcome.rules.empty()) continue;
    const char* qualifier = outcome.from_subset ? "cannot rule out " : c.dangerous ? "possible " : "likely ";
    const std::string text = std::string(qualifier) + SentenceCase(c.lay_name) +
                             ", which needs: " + std::string(TriageLevelAdvice(c.triage));
    assessment.triage.reasons.push_back({text, "condition:" + c.id, Cite(c.source_ids)});
  }
  if (outcome.nothing_understood) {
    assessment.triage.reasons.push_back(
        {"no symptoms were recognised in the description, so a doctor should assess it", "unrecognised", {}});
  }
}

void Engine::Impl::FillConditions(const reasoning::EvidenceSet& evidence,
                                  const reasoning::Posterior& posterior, Mode mode,
                                  Assessment& assessment) const {
  for (const auto& entry : posterior.ranked) {
    if (assessment.conditions.size() >= kMaxConditionsShown) break;
    const auto& c = kb_.condition(entry.condition);
    RankedCondition ranked{c.id, c.name, c.lay_name, c.icd10, entry.probability, c.triage, c.dangerous,
                           {}, {}, mode == Mode::kClinician ? c.clinician_text : c.patient_text,
                           Cite(c.source_ids)};
    for (const auto& effect : inference_->Explain(entry.condition, evidence)) {
      const auto& f = kb_.finding(effect.finding);
      const bool present = evidence.IsPresent(effect.finding);
      const std::string& label = mode == Mode::kClinician ? f.name : f.lay;
      const std::string name = present ? label : "no " + label;
      if (effect.log_likelihood_ratio > 0.1) ranked.supporting.push_back(name);
      else if (effect.log_likelihood_ratio < -0.1) ranked.against.push_back(name);
    }
    assessment.conditions.push_back(std::move(ranked));
  }
}

Result<Assessment> Engine::Impl::Assess(const AssessRequest& request) const {
  auto detailed = AssessDetailed(request);
  if (!detailed.ok()) return detailed.status();
  return std::move(detailed->assessment);
}

Result<Engine::Impl::Detailed> Engine::Impl::AssessDetailed(const AssessRequest& request) const {
  if (request.text.size() > kMaxTextBytes) {
    return Status::InvalidArgument("text is longer than 20000 characters");
  }
  if (request.text.find_first_not_of(" \t\r\n") == std::string::npos && request.findings.empty() &&
      request.values.empty()) {
    return Status::InvalidArgument("nothing to assess: give text, findings or values");
  }
  if (request.age_years && !(*request.age_years >= 0 && *request.age_years <= 130)) {
    return Status::InvalidArgument("age must be between 0 and 130 years");
  }
  Detailed out;
  out.assessment.knowledge_version = kb_.version;
  auto evidence = BuildEvidence(request, out.assessment);
  if (!evidence.ok()) return evidence.status();
  out.evidence = std::move(*evidence);
  out.posterior = inference_->Infer(out.evidence);
  FillTriage(out.evidence, out.posterior, out.assessment);
  FillConditions(out.evidence, out.posterior, request.mode, out.assessment);
  return out;
}

// ---- Engine ------------------------------------------------------------------------------

Engine::Engine(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Engine::~Engine() = default;

Result<std::unique_ptr<Engine>> Engine::CreateDefault() {
  auto impl = Impl::Create(knowledge::EmbeddedKnowledgeFileViews());
  if (!impl.ok()) return impl.status();
  return std::unique_ptr<Engine>(new Engine(std::move(*impl)));
}

Result<std::unique_ptr<Engine>> Engine::CreateFromDirectory(const std::string& dir) {
  auto files = knowledge::ReadKnowledgeDirectory(dir);
  if (!files.ok()) return files.status();
  auto impl = Impl::Create(knowledge::ViewsOf(*files));
  if (!impl.ok()) return impl.status();
  return std::unique_ptr<Engine>(new Engine(std::move(*impl)));
}

std::vector<std::string> Engine::CheckKnowledge(const std::string& dir) {
  if (dir.empty()) return Impl::Check(knowledge::EmbeddedKnowledgeFileViews());
  auto files = knowledge::ReadKnowledgeDirectory(dir);
  if (!files.ok()) return {files.status().message()};
  return Impl::Check(knowledge::ViewsOf(*files));
}

Result<Assessment> Engine::Assess(const AssessRequest& request) const { return impl_->Assess(request); }

Result<InterviewStep> Engine::Interview(const AssessRequest& request,
                                        const std::vector<InterviewAnswer>& answers,
                                        const InterviewOptions& options) const {
  return impl_->Interview(request, answers, options);
}

KnowledgeStats Engine::Stats() const {
  const auto& kb = impl_->kb();
  return {static_cast<int>(kb.conditions.size()), static_cast<int>(kb.findings.size()),
          impl_->understanding().synonym_count(), static_cast<int>(kb.red_flags.size()),
          static_cast<int>(kb.sources.size()), static_cast<int>(kb.guidance.size()),
          static_cast<int>(kb.medicines.size()), static_cast<int>(kb.interactions.size()),
          static_cast<int>(std::count_if(kb.conditions.begin(), kb.conditions.end(),
                                         [](const auto& c) { return c.epidemiology.has_value(); }))};
}

std::vector<RedFlagRuleSummary> Engine::RedFlagRules() const {
  const auto& kb = impl_->kb();
  std::vector<RedFlagRuleSummary> out;
  for (const auto& r : kb.red_flags) {
    RedFlagRuleSummary s{r.id, r.level, {}, {}, r.age_from, r.age_to, Sex::kUnknown, std::nullopt, std::nullopt,
                         std::nullopt};
    if (r.sex != knowledge::SexRestriction::kAny) {
      s.sex = r.sex == knowledge::SexRestriction::kFemale ? Sex::kFemale : Sex::kMale;
    }
    for (auto f : r.all) s.all.push_back(kb.finding(f).id);
    for (auto f : r.any) s.any.push_back(kb.finding(f).id);
    if (r.vital) {
      s.vital = r.vital->name;
      s.vital_min = r.vital->min;
      s.vital_max = r.vital->max;
    }
    out.push_back(std::move(s));
  }
  return out;
}

std::vector<std::string> Engine::RedFlagFindings() const {
  const auto& kb = impl_->kb();
  std::vector<std::string> out;
  for (const auto& f : kb.findings) {
    if (f.red_flag) out.push_back(f.id);
  }
  return out;
}

std::vector<ScoreDefinition> Engine::Scores() const {
  std::vector<ScoreDefinition> out;
  for (const auto& s : guidance::AllScores()) out.push_back(s.definition);
  return out;
}

Result<ScoreResult> Engine::ComputeScore(const std::string& id, const ScoreInputs& inputs) const {
  for (const auto& s : guidance::AllScores()) {
    if (s.definition.id != id) continue;
    for (const auto& [name, value] : inputs) {
      const bool known = std::any_of(s.definition.inputs.begin(), s.definition.inputs.end(),
                                     [&](const ScoreInputSpec& spec) { return spec.name == name; });
      if (!known) return Status::InvalidArgument(s.definition.name + " does not read '" + name + "'");
      if (!std::isfinite(value) || value < 0 || value > 1000) {
        return Status::InvalidArgument("'" + name + "' is out of range");
      }
    }
    auto result = s.compute(inputs);
    if (!result.ok()) return result;
    result->citations = impl_->Cite(s.source_ids);
    return result;
  }
  return Status::NotFound("no score '" + id + "'");
}

std::string Engine::KnowledgeVersion() const { return impl_->kb().version; }

}  // namespace sanus
