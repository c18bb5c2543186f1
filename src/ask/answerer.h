// Composes the answer to a question: escalation first when it describes an emergency now, then
// the retrieved passages that share the question's subject, each sentence with its citation;
// and "I don't know" when nothing retrieved is about what was asked.
#pragma once

#include <functional>
#include <vector>

#include "ask/passage_index.h"
#include "ask/question.h"
#include "sanus/ask.h"

namespace sanus::ask {

// The indexes to search, best first: the knowledge base's own, then any added corpus.
struct AnswerSources {
  const PassageIndex* knowledge = nullptr;
  const PassageIndex* corpus = nullptr;
};

// Triage of the question as a complaint (the engine's assessment), for the emergency check.
using TriageFn = std::function<std::optional<Triage>(const std::string& question, Mode mode)>;

ClinicalAnswer ComposeAnswer(const AskRequest& request, const QuestionAnalysis& analysis, const AnswerSources& sources,
                     const TriageFn& triage);

}  // namespace sanus::ask
