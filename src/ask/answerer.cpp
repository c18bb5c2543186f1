#include "ask/answerer.h"

#include <algorithm>
#include <map>
#include <set>

namespace sanus::ask {
namespace {

// Question words that say what is asked, not what about: a passage sharing only these with the
// question is not an answer to it.
const std::set<std::string>& GenericTerms() {
  static const std::set<std::string> terms = [] {
    std::set<std::string> out;
    for (const auto& t : PassageIndex::Terms(
             "treat treatment treatments cure dose dosage doses symptom symptoms sign signs cause causes take taking "
             "medicine medicines medication tablet tablets drug drugs doctor doctors gp long last lasting help safe "
             "pregnant pregnancy breastfeeding child children kid kids baby adult adults day days week weeks best good "
             "bad normal first line second much many often way ways stop start use used using go away better worse abx "
             "risk risks serious side effects effect test tests diagnosis diagnose manage management prevent "
             "prevention spread contagious home care self see when should need mg")) {
      out.insert(t);
    }
    return out;
  }();
  return terms;
}

// The terms that say what the question is about: not generic, not a bare number.
std::vector<std::string> ContentTerms(const std::string& question) {
  std::vector<std::string> out;
  for (const auto& t : PassageIndex::Terms(question)) {
    const bool number = t.find_first_not_of("Z0123456789.") == std::string::npos;
    if (!GenericTerms().count(t) && !number) out.push_back(t);
  }
  return out;
}

// Sections an intent prefers (their first word, see SectionKind).
std::vector<std::string> SectionsFor(const std::string& intent) {
  if (intent == "treatment" || intent == "dose") return {"treatment"};
  if (intent == "interactions") return {"interactions"};
  if (intent == "safety") return {"cautions", "interactions"};
  if (intent == "self_care") return {"self"};
  if (intent == "when_to_see_doctor") return {"when", "watch"};
  if (intent == "diagnosis") return {"tests", "clinical"};
  if (intent == "symptoms" || intent == "causes" || intent == "prognosis" || intent == "prevention") {
    return {"about", "clinical"};
  }
  return {};
}

// Whether a passage carries most of what the question is about: two thirds of its content
// terms (all of one or two), so "capital of France" does not find "capital femoral epiphysis".
bool SharesContent(const PassageHit& hit, const std::vector<std::string>& content) {
  const auto shared = std::count_if(content.begin(), content.end(), [&](const std::string& t) {
    return std::find(hit.matched_terms.begin(), hit.matched_terms.end(), t) != hit.matched_terms.end();
  });
  return shared > 0 && 3 * static_cast<size_t>(shared) >= 2 * content.size();
}

// The sentences of a long passage that carry most of the question's terms, in their order.
std::string BestSentences(const std::string& text, const std::vector<std::string>& terms, size_t keep) {
  std::vector<std::string> sentences;
  std::string current;
  for (size_t i = 0; i < text.size(); ++i) {
    current += text[i];
    if ((text[i] == '.' || text[i] == '?' || text[i] == '!') && (i + 1 == text.size() || text[i + 1] == ' ')) {
      sentences.push_back(current);
      current.clear();
      if (i + 1 < text.size()) ++i;
    }
  }
  if (!current.empty()) sentences.push_back(current);
  if (sentences.size() <= keep) return text;
  std::vector<std::pair<int, size_t>> scored;
  for (size_t i = 0; i < sentences.size(); ++i) {
    int score = 0;
    for (const auto& t : PassageIndex::Terms(sentences[i])) score += std::count(terms.begin(), terms.end(), t) ? 1 : 0;
    scored.emplace_back(-score, i);
  }
  std::stable_sort(scored.begin(), scored.end());
  std::vector<size_t> chosen;
  for (size_t k = 0; k < keep; ++k) chosen.push_back(scored[k].second);
  std::sort(chosen.begin(), chosen.end());
  std::string out;
  for (size_t i : chosen) out += (out.empty() ? "" : " ") + sentences[i];
  return out;
}

CitedPassage ToCited(const PassageHit& hit) {
  const auto& p = hit.passage;
  return {0, p.id, p.text, p.section, p.topic, p.meta.title, p.meta.publisher, p.meta.url, p.meta.year, hit.score};
}

std::vector<PassageHit> Retrieve(const AskRequest& request, const QuestionAnalysis& analysis,
                                 const AnswerSources& sources) {
  SearchBoost boost;
  boost.topics = analysis.conditions;
  boost.topics.insert(boost.topics.end(), analysis.medicines.begin(), analysis.medicines.end());
  boost.sections = SectionsFor(analysis.intent);
  const int limit = std::max(request.max_passages * 3, 10);
  std::vector<PassageHit> hits;
  for (const PassageIndex* index : {sources.knowledge, sources.corpus}) {
    if (!index) continue;
    for (auto& h : index->Search(request.question, boost, limit)) hits.push_back(std::move(h));
  }
  std::stable_sort(hits.begin(), hits.end(), [](const PassageHit& a, const PassageHit& b) { return a.score > b.score; });
  return hits;
}

bool AboutTopic(const PassageHit& hit, const QuestionAnalysis& analysis) {
  const auto& t = hit.passage.topic;
  return std::count(analysis.conditions.begin(), analysis.conditions.end(), t) ||
         std::count(analysis.medicines.begin(), analysis.medicines.end(), t);
}

}  // namespace

ClinicalAnswer ComposeAnswer(const AskRequest& request, const QuestionAnalysis& analysis, const AnswerSources& sources,
                     const TriageFn& triage) {
  ClinicalAnswer answer;
  answer.intent = analysis.intent;
  answer.topics = analysis.conditions;
  answer.topics.insert(answer.topics.end(), analysis.medicines.begin(), analysis.medicines.end());

  // An emergency happening now is answered with what to do now, before anything else.
  if (analysis.personal && !analysis.asks_about_condition && triage) {
    if (auto t = triage(request.question, request.mode); t && t->level >= TriageLevel::kEmergency) {
      answer.escalation = *t;
    }
  }

  const auto content = ContentTerms(request.question);
  auto hits = Retrieve(request, analysis, sources);
  for (const auto& h : hits) {
    if (answer.retrieved.size() < static_cast<size_t>(request.max_passages)) answer.retrieved.push_back(ToCited(h));
  }
  // An answer must be about what was asked: a passage on a named topic, or one sharing a word
  // of the question's subject (not just "treatment" or "dose").
  std::vector<const PassageHit*> relevant;
  for (const auto& h : hits) {
    const bool on_topic = AboutTopic(h, analysis);
    const bool named_topics = !analysis.conditions.empty() || !analysis.medicines.empty();
    // An added document has no topic: it counts when it carries the question's subject words.
    const bool open_topic = !named_topics || h.passage.topic.empty();
    if (on_topic || (open_topic && !content.empty() && SharesContent(h, content))) relevant.push_back(&h);
  }
  // A question about two medicines is answered first by what names both (their interaction).
  if (analysis.medicines.size() >= 2) {
    std::vector<std::vector<std::string>> names;
    for (const auto& id : analysis.medicines) names.push_back(PassageIndex::Terms(id));
    auto covered = [&](const PassageHit* h) {
      return std::count_if(names.begin(), names.end(), [&](const std::vector<std::string>& terms) {
        return std::any_of(terms.begin(), terms.end(), [&](const std::string& t) {
          return std::find(h->matched_terms.begin(), h->matched_terms.end(), t) != h->matched_terms.end();
        });
      });
    };
    std::stable_sort(relevant.begin(), relevant.end(),
                     [&](const PassageHit* a, const PassageHit* b) { return covered(a) > covered(b); });
  }
  if (relevant.empty()) {
    answer.status = analysis.medical_words ? "not_found" : "out_of_scope";
    return answer;
  }
  answer.status = "answered";
  const double best = relevant.front()->score;
  const auto terms = PassageIndex::Terms(request.question);
  // One number per source document: several passages of one page share its number.
  std::map<std::string, int> numbers;
  for (const auto* h : relevant) {
    if (answer.sentences.size() >= static_cast<size_t>(request.max_passages)) break;
    if (h->score < 0.6 * best && !answer.sentences.empty()) continue;
    const auto& meta = h->passage.meta;
    const std::string source_key = meta.url.empty() ? meta.title + "|" + meta.publisher : meta.url;
    auto [it, added] = numbers.emplace(source_key, static_cast<int>(numbers.size()) + 1);
    if (added) {
      CitedPassage cited = ToCited(*h);
      cited.number = it->second;
      answer.sources.push_back(std::move(cited));
    }
    std::string sentence = BestSentences(h->passage.text, terms, 2);
    const bool repeated = std::any_of(answer.sentences.begin(), answer.sentences.end(),
                                      [&](const AnswerSentence& s) { return s.text == sentence; });
    if (!repeated) answer.sentences.push_back({std::move(sentence), {it->second}});
  }
  return answer;
}

}  // namespace sanus::ask
