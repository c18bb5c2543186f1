// Engine::Impl: the parts the engine composes. Internal; tests may use it directly.
#pragma once

#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "ask/passage_index.h"
#include "ask/question.h"
#include "guidance/medicine_directory.h"
#include "knowledge/knowledge_base.h"
#include "knowledge/knowledge_files.h"
#include "reasoning/inference.h"
#include "reasoning/question_selector.h"
#include "reasoning/triage_policy.h"
#include "sanus/engine.h"
#include "text/understanding.h"

namespace sanus {

class Engine::Impl {
 public:
  // Loads and validates; the problems are returned instead of an Impl when there are any.
  static Result<std::unique_ptr<Impl>> Create(const std::vector<knowledge::KnowledgeFileView>& files);
  static std::vector<std::string> Check(const std::vector<knowledge::KnowledgeFileView>& files);

  Result<Assessment> Assess(const AssessRequest& request) const;
  Result<InterviewStep> Interview(const AssessRequest& request, const std::vector<InterviewAnswer>& answers,
                                  const InterviewOptions& options) const;
  const knowledge::KnowledgeBase& kb() const { return kb_; }
  const text::TextUnderstanding& understanding() const { return *understanding_; }
  const guidance::MedicineDirectory& medicines() const { return *medicines_; }
  const ask::QuestionReader& questions() const { return *question_reader_; }
  // The knowledge base's texts as a passage index, built on first use (about 0.1 s).
  // Null when it could not be built (no writable temporary directory).
  const ask::PassageIndex* KnowledgeIndex() const;
  // A condition by id, name or lay name, ignoring case, spaces and hyphens.
  const knowledge::Condition* FindCondition(const std::string& id_or_name) const;
  // The registered sources with these ids, as citations (unknown ids are skipped).
  std::vector<Citation> Cite(const std::vector<std::string>& source_ids) const;

 private:
  Impl() = default;
  // Loads, validates and builds the lexicon, collecting every problem; the engine is usable
  // only when problems comes back empty.
  static std::unique_ptr<Impl> Load(const std::vector<knowledge::KnowledgeFileView>& files,
                                    std::vector<std::string>& problems);
  // An assessment with the evidence and posterior it came from, for the interview.
  struct Detailed {
    Assessment assessment;
    reasoning::EvidenceSet evidence;
    reasoning::Posterior posterior;
  };
  Result<Detailed> AssessDetailed(const AssessRequest& request) const;
  Question MakeQuestion(const reasoning::QuestionChoice& choice, Mode mode) const;
  std::vector<std::string> MovedBy(const Detailed& final_state, const std::vector<InterviewAnswer>& answers,
                                   Mode mode) const;
  Result<reasoning::EvidenceSet> BuildEvidence(const AssessRequest& request,
                                               Assessment& assessment) const;
  void FillTriage(const reasoning::EvidenceSet& evidence, const reasoning::Posterior& posterior,
                  Assessment& assessment) const;
  void FillConditions(const reasoning::EvidenceSet& evidence, const reasoning::Posterior& posterior,
                      Mode mode, Assessment& assessment) const;
  // Adds the general findings that present specific ones entail (Finding::implies).
  void AddImpliedFindings(std::vector<text::FoundFinding>& findings) const;

  knowledge::KnowledgeBase kb_;
  std::unique_ptr<text::TextUnderstanding> understanding_;
  std::unique_ptr<reasoning::Inference> inference_;
  std::unique_ptr<reasoning::TriagePolicy> triage_;
  std::unique_ptr<reasoning::QuestionSelector> questions_;
  std::unique_ptr<guidance::MedicineDirectory> medicines_;
  std::unique_ptr<ask::QuestionReader> question_reader_;
  mutable std::once_flag knowledge_index_once_;
  mutable std::unique_ptr<ask::PassageIndex> knowledge_index_;
};

}  // namespace sanus
