// Text understanding: from a person's words to findings (present or absent, with the words
// they came from), measured values and stated demographics.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "knowledge/knowledge_base.h"
#include "sanus/assessment.h"
#include "text/lexicon.h"
#include "text/values.h"

namespace sanus::text {

struct FoundFinding {
  knowledge::FindingIndex finding;
  Presence presence = Presence::kPresent;
  std::string span;  // the words; empty when derived from a value
  int begin = -1, end = -1;
  bool implied = false;  // present only because another present finding implies it
  bool denied = false;   // implied, though the person had denied it ("no cough", then coughing blood)
};

struct UnderstoodText {
  std::vector<FoundFinding> findings;  // one entry per finding; present wins over absent
  std::vector<MeasuredValue> values;
  Demographics demographics;
};

// Thread-safety: immutable after Create; Understand may run on many threads. Keeps a
// reference to the knowledge base, which must outlive it.
class TextUnderstanding {
 public:
  // problems receives synonym collisions found while building the lexicon.
  static std::unique_ptr<TextUnderstanding> Create(const knowledge::KnowledgeBase& kb,
                                                   std::vector<std::string>* problems);

  // age_override: the age given with the request, which wins over an age in the text.
  UnderstoodText Understand(std::string_view text, std::optional<double> age_override = std::nullopt) const;

  // Findings implied by measured values: "temp 39.2" -> fever present; "temp 37" -> absent.
  std::vector<FoundFinding> FindingsFromValues(const std::vector<MeasuredValue>& values,
                                               std::optional<double> age_years) const;

  int synonym_count() const { return lexicon_->synonym_count(); }

 private:
  TextUnderstanding(const knowledge::KnowledgeBase& kb, std::unique_ptr<Lexicon> lexicon)
      : kb_(kb), lexicon_(std::move(lexicon)) {}

  const knowledge::KnowledgeBase& kb_;
  std::unique_ptr<Lexicon> lexicon_;
};

// Adds one finding, keeping one entry per finding: a present statement beats an absent one,
// because a symptom mentioned anywhere must not be cancelled by a denial elsewhere.
void MergeFinding(std::vector<FoundFinding>& findings, FoundFinding found);

}  // namespace sanus::text
