#include "guidance_report.h"

#include <cstdio>

#include "json_output.h"

namespace sanus::tools {
namespace {

nlohmann::json AdviceJson(const std::vector<SourcedAdvice>& items) {
  nlohmann::json out = nlohmann::json::array();
  for (const auto& a : items) out.push_back({{"text", a.text}, {"citations", CitationsJson(a.citations)}});
  return out;
}

nlohmann::json KidneyJson(const std::optional<KidneyFunction>& kidney) {
  if (!kidney) return nullptr;
  return {{"value", kidney->value}, {"method", kidney->method}, {"citations", CitationsJson(kidney->citations)}};
}

nlohmann::json TreatmentJson(const TreatmentAdvice& t) {
  nlohmann::json issues = nlohmann::json::array();
  for (const auto& i : t.issues) issues.push_back(ToJson(i));
  nlohmann::json out = {{"line", t.line},         {"medicine", t.medicine_id}, {"medicine_name", t.medicine_name},
                        {"with", t.with_medicine_ids},
                        {"population", t.population}, {"for", t.audience}, {"dose", t.dose},       {"duration", t.duration},
                        {"text", t.text},         {"withdrawn", t.withdrawn}, {"issues", issues},
                        {"adjustments", AdviceJson(t.adjustments)}, {"citations", CitationsJson(t.citations)}};
  out["age_from"] = t.age_from ? nlohmann::json(*t.age_from) : nlohmann::json(nullptr);
  out["age_to"] = t.age_to ? nlohmann::json(*t.age_to) : nlohmann::json(nullptr);
  return out;
}

// "Amoxicillin 500 mg three times a day for 5 days (children 1-4 years)".
std::string DescribeTreatment(const TreatmentAdvice& t) {
  std::string out = t.medicine_name.empty() ? t.text : t.medicine_name + " " + t.dose;
  if (!t.duration.empty()) out += ", " + t.duration;
  if (t.population == "child") {
    char band[64] = "";
    if (t.age_from || t.age_to) {
      std::snprintf(band, sizeof band, " %g-%g years", t.age_from.value_or(0), t.age_to.value_or(18));
    }
    out += std::string(" (child") + band + ")";
  }
  if (!t.medicine_name.empty() && !t.text.empty()) out += " — " + t.text;
  return out;
}

void PrintAdvice(const char* heading, const std::vector<SourcedAdvice>& items, SourceList& sources,
                 std::ostringstream& out) {
  if (items.empty()) return;
  out << "  " << heading << "\n";
  for (const auto& a : items) out << "    - " << a.text << " " << sources.Refs(a.citations) << "\n";
}

void PrintIssue(const SafetyIssue& i, SourceList& sources, std::ostringstream& out, const char* indent) {
  out << indent << "! " << i.severity << " (" << i.kind;
  if (!i.other.empty() && i.kind == "interaction") out << " of " << i.medicine_id << " with " << i.other;
  if (i.onc_high_priority) out << ", ONC high-priority";
  out << "): " << i.text << " " << sources.Refs(i.citations) << "\n";
}

void PrintPatient(const ConditionGuidance& g, SourceList& sources, std::ostringstream& out) {
  PrintAdvice("What you can do", g.self_care, sources, out);
  PrintAdvice("Watch for", g.watch_for, sources, out);
  out << "  When to get help\n";
  for (const auto& s : g.seek_help) {
    out << "    - " << TriageLevelAdvice(s.level) << " if " << s.when << " " << sources.Refs(s.citations) << "\n";
  }
}

void PrintClinician(const ConditionGuidance& g, SourceList& sources, std::ostringstream& out) {
  PrintAdvice("Tests", g.tests, sources, out);
  if (!g.score_ids.empty()) {
    out << "  Scores";
    for (const auto& s : g.score_ids) out << " " << s;
    out << "  (sanus score NAME)\n";
  }
  out << "  Treatment\n";
  for (const auto& t : g.treatments) {
    out << "    " << (t.withdrawn ? "[WITHDRAWN] " : "") << t.line << ": " << DescribeTreatment(t) << " "
        << sources.Refs(t.citations) << "\n";
    for (const auto& i : t.issues) PrintIssue(i, sources, out, "        ");
    for (const auto& a : t.adjustments) out << "        dose: " << a.text << " " << sources.Refs(a.citations) << "\n";
  }
  PrintAdvice("Refer", g.refer, sources, out);
}

}  // namespace

nlohmann::json ToJson(const SafetyIssue& i) {
  return {{"kind", i.kind},   {"severity", i.severity}, {"medicine", i.medicine_id},
          {"other", i.other}, {"text", i.text},         {"onc_high_priority", i.onc_high_priority},
          {"citations", CitationsJson(i.citations)}};
}

nlohmann::json ToJson(const ConditionGuidance& g) {
  nlohmann::json seek = nlohmann::json::array();
  for (const auto& s : g.seek_help) {
    seek.push_back({{"level", TriageLevelName(s.level)}, {"when", s.when}, {"citations", CitationsJson(s.citations)}});
  }
  nlohmann::json treatments = nlohmann::json::array();
  for (const auto& t : g.treatments) treatments.push_back(TreatmentJson(t));
  return {{"condition", g.condition_id},
          {"name", g.name},
          {"lay_name", g.lay_name},
          {"triage", TriageLevelName(g.triage)},
          {"patient", {{"self_care", AdviceJson(g.self_care)}, {"watch_for", AdviceJson(g.watch_for)}, {"seek_help", seek}}},
          {"clinician",
           {{"tests", AdviceJson(g.tests)}, {"scores", g.score_ids}, {"treatments", treatments}, {"refer", AdviceJson(g.refer)}}},
          {"kidney_function", KidneyJson(g.kidney)},
          {"notes", g.notes}};
}

nlohmann::json ToJson(const MedicationReview& r) {
  nlohmann::json issues = nlohmann::json::array();
  for (const auto& i : r.issues) issues.push_back(ToJson(i));
  return {{"recognised", r.recognised},
          {"unrecognised", r.unrecognised},
          {"unrecognised_allergies", r.unrecognised_allergies},
          {"kidney_function", KidneyJson(r.kidney)},
          {"issues", issues}};
}

void PrintGuidance(const ConditionGuidance& g, Mode mode, SourceList& sources, std::ostringstream& out) {
  out << (mode == Mode::kClinician ? g.name : g.lay_name) << "\n";
  if (g.kidney) out << "  kidney function: " << static_cast<int>(g.kidney->value) << " (" << g.kidney->method << ")\n";
  if (mode == Mode::kClinician) {
    PrintClinician(g, sources, out);
    // The notes are about treatment options, which only the clinician view lists.
    for (const auto& n : g.notes) out << "  note: " << n << "\n";
  } else {
    PrintPatient(g, sources, out);
  }
}

std::string GuidanceReport(const ConditionGuidance& g, Mode mode) {
  std::ostringstream out;
  SourceList sources;
  PrintGuidance(g, mode, sources, out);
  sources.Print(out);
  return out.str();
}

std::string MedicationReport(const MedicationReview& r) {
  std::ostringstream out;
  SourceList sources;
  out << "CHECKED ";
  for (size_t i = 0; i < r.recognised.size(); ++i) out << (i ? ", " : "") << r.recognised[i];
  out << "\n";
  for (const auto& name : r.unrecognised) out << "NOT RECOGNISED  " << name << " (not checked)\n";
  for (const auto& name : r.unrecognised_allergies) out << "ALLERGY NOT RECOGNISED  " << name << " (not checked)\n";
  if (r.kidney) out << "KIDNEY FUNCTION  " << static_cast<int>(r.kidney->value) << " (" << r.kidney->method << ")\n";
  if (r.issues.empty()) out << "No problems found among the medicines Sanus knows.\n";
  for (const auto& i : r.issues) {
    out << i.medicine_id << ": ";
    std::ostringstream line;
    PrintIssue(i, sources, line, "");
    out << line.str();
  }
  sources.Print(out);
  return out.str();
}

}  // namespace sanus::tools
