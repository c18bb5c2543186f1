#include "text/understanding.h"

#include "text/context.h"
#include "text/terms.h"
#include "text/tokenizer.h"

namespace sanus::text {

void MergeFinding(std::vector<FoundFinding>& findings, FoundFinding found) {
  for (auto& existing : findings) {
    if (existing.finding == found.finding) {
      if (existing.presence == Presence::kAbsent && found.presence == Presence::kPresent) {
        found.denied = found.implied;
        existing = std::move(found);
      }
      return;
    }
  }
  findings.push_back(std::move(found));
}

std::unique_ptr<TextUnderstanding> TextUnderstanding::Create(const knowledge::KnowledgeBase& kb,
                                                             std::vector<std::string>* problems) {
  return std::unique_ptr<TextUnderstanding>(new TextUnderstanding(kb, Lexicon::Build(kb, problems)));
}

std::vector<FoundFinding> TextUnderstanding::FindingsFromValues(
    const std::vector<MeasuredValue>& values, std::optional<double> age_years) const {
  std::vector<FoundFinding> out;
  for (size_t i = 0; i < kb_.findings.size(); ++i) {
    const auto& rule = kb_.findings[i].value;
    if (!rule) continue;
    // With the age unknown the adult thresholds apply: they are the lower, so the safer.
    if (rule->min_age && age_years && *age_years < *rule->min_age) continue;
    for (const auto& v : values) {
      if (v.name != rule->name) continue;
      MergeFinding(out, {knowledge::FindingIndex{static_cast<int32_t>(i)},
                         rule->Holds(v.value) ? Presence::kPresent : Presence::kAbsent, "", -1, -1});
    }
  }
  return out;
}

namespace {

// True when [begin, end) lies inside the words of a measured value: "temp" in "temp 37.1"
// is the value's label, not a report of fever. A value beats a vague word.
bool InsideValue(int begin, int end, const std::vector<MeasuredValue>& values) {
  for (const auto& v : values) {
    if (v.begin >= 0 && begin >= v.begin && end <= v.end) return true;
  }
  return false;
}

}  // namespace

UnderstoodText TextUnderstanding::Understand(std::string_view text,
                                             std::optional<double> age_override) const {
  UnderstoodText out;
  out.values = ExtractValues(text);
  const auto tokens = Tokenize(text);
  auto terms = ToTerms(tokens);
  const auto matches = lexicon_->Match(terms, tokens);
  const auto statuses = ClassifyContext(tokens, terms, matches);
  for (size_t m = 0; m < matches.size(); ++m) {
    const auto& match = matches[m];
    const auto& finding = kb_.finding(match.finding);
    // A denial reads the other way round: "afebrile" is no fever, "not talking in full
    // sentences" is severe breathlessness.
    Presence presence = match.denial ? Presence::kAbsent : Presence::kPresent;
    switch (statuses[m]) {
      case ContextStatus::kAffirmed: break;
      case ContextStatus::kNegated:
        presence = match.denial ? Presence::kPresent : Presence::kAbsent;
        break;
      case ContextStatus::kHistorical:
        // A past illness is still a risk factor ("history of diabetes"); a past symptom is not
        // a current one.
        if (finding.kind != "risk_factor") continue;
        break;
      case ContextStatus::kOtherPerson:
      case ContextStatus::kHypothetical: continue;
    }
    const int begin = tokens[static_cast<size_t>(terms[static_cast<size_t>(match.first_term)].token)].begin;
    const int end = tokens[static_cast<size_t>(terms[static_cast<size_t>(match.last_term)].token)].end;
    if (InsideValue(begin, end, out.values)) continue;
    MergeFinding(out.findings, {match.finding, presence,
                                std::string(text.substr(static_cast<size_t>(begin),
                                                        static_cast<size_t>(end - begin))),
                                begin, end});
  }
  out.demographics = ExtractDemographics(text);
  const auto age = age_override ? age_override : out.demographics.age_years;
  for (auto& derived : FindingsFromValues(out.values, age)) MergeFinding(out.findings, std::move(derived));
  return out;
}

}  // namespace sanus::text
