#include "ask_command.h"

#include <ostream>
#include <sstream>

namespace sanus::tools {
namespace {

nlohmann::json PassageJson(const CitedPassage& p) {
  return {{"number", p.number}, {"id", p.passage_id}, {"text", p.text},   {"section", p.section},
          {"topic", p.topic},   {"title", p.title},   {"publisher", p.publisher}, {"url", p.url},
          {"year", p.year},     {"score", p.score}};
}

nlohmann::json TriageJson(const Triage& t) {
  nlohmann::json reasons = nlohmann::json::array();
  for (const auto& r : t.reasons) reasons.push_back({{"text", r.text}, {"rule", r.rule_id}});
  return {{"level", TriageLevelName(t.level)}, {"advice", TriageLevelAdvice(t.level)}, {"reasons", reasons}};
}

}  // namespace

nlohmann::json ToJson(const ClinicalAnswer& a) {
  nlohmann::json sentences = nlohmann::json::array();
  for (const auto& s : a.sentences) sentences.push_back({{"text", s.text}, {"citations", s.citations}});
  nlohmann::json sources = nlohmann::json::array();
  for (const auto& p : a.sources) sources.push_back(PassageJson(p));
  nlohmann::json retrieved = nlohmann::json::array();
  for (const auto& p : a.retrieved) retrieved.push_back(PassageJson(p));
  return {{"status", a.status},
          {"escalation", a.escalation ? TriageJson(*a.escalation) : nlohmann::json(nullptr)},
          {"intent", a.intent},
          {"topics", a.topics},
          {"sentences", sentences},
          {"sources", sources},
          {"retrieved", retrieved}};
}

std::string AnswerText(const ClinicalAnswer& a) {
  std::ostringstream out;
  if (a.escalation) {
    out << "EMERGENCY: " << TriageLevelAdvice(a.escalation->level) << "\n";
    for (const auto& r : a.escalation->reasons) out << "  because: " << r.text << "\n";
    out << "\n";
  }
  if (a.status == "not_found") {
    out << "I don't know: the sources Sanus holds do not answer this question.\n";
  } else if (a.status == "out_of_scope") {
    out << "This does not look like a health question, so Sanus cannot answer it.\n";
  }
  for (const auto& s : a.sentences) {
    out << s.text;
    for (int n : s.citations) out << " [" << n << "]";
    out << "\n";
  }
  if (!a.sources.empty()) out << "SOURCES\n";
  for (const auto& p : a.sources) {
    out << "  [" << p.number << "] " << p.title << " (" << p.publisher;
    if (p.year) out << ", " << p.year;
    out << ") " << p.url << "\n";
  }
  return out.str();
}

int RunIndexAdd(const Engine& engine, const std::string& index_dir, const std::vector<std::string>& files,
                std::ostream& out, std::ostream& err) {
  // One line per file, redrawn in place: "[#####-----] 52%  pubmed_2024.xml".
  int last_percent = -1;
  std::string last_file;
  const IndexProgress progress = [&](const std::string& file, uint64_t done, uint64_t total) {
    const int percent = total == 0 ? 100 : static_cast<int>(100 * done / total);
    if (file == last_file && percent == last_percent) return;
    if (file != last_file && !last_file.empty()) err << "\n";
    last_file = file;
    last_percent = percent;
    const int filled = percent / 5;
    err << "\r[" << std::string(static_cast<size_t>(filled), '#') << std::string(static_cast<size_t>(20 - filled), '-')
        << "] " << percent << "%  " << file << std::flush;
  };
  auto result = engine.AddToIndex(index_dir, files, progress);
  if (!last_file.empty()) err << "\n";
  if (!result.ok()) {
    err << "sanus index add: " << result.status().message() << "\n";
    return 2;
  }
  out << "added " << result->passages << " passages from " << result->files << " file(s); the index at " << index_dir
      << " holds " << result->index_size << "\n";
  return 0;
}

int RunAsk(const Engine& engine, const AskRequest& request, bool json, std::ostream& out, std::ostream& err) {
  auto answer = engine.Ask(request);
  if (!answer.ok()) {
    err << "sanus ask: " << answer.status().message() << "\n";
    return 2;
  }
  if (json) out << ToJson(*answer).dump(2) << "\n";
  else out << AnswerText(*answer);
  return 0;
}

}  // namespace sanus::tools
