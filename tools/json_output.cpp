#include "json_output.h"

namespace sanus::tools {

nlohmann::json CitationsJson(const std::vector<Citation>& citations) {
  nlohmann::json out = nlohmann::json::array();
  for (const auto& c : citations) {
    out.push_back({{"id", c.source_id}, {"title", c.title}, {"publisher", c.publisher},
                   {"year", c.year}, {"url", c.url}});
  }
  return out;
}

const char* SexName(Sex sex) {
  switch (sex) {
    case Sex::kFemale: return "female";
    case Sex::kMale: return "male";
    case Sex::kUnknown: break;
  }
  return "unknown";
}

nlohmann::json ToJson(const Assessment& a) {
  nlohmann::json reasons = nlohmann::json::array();
  for (const auto& r : a.triage.reasons) {
    reasons.push_back({{"text", r.text}, {"rule", r.rule_id}, {"citations", CitationsJson(r.citations)}});
  }
  nlohmann::json findings = nlohmann::json::array();
  for (const auto& f : a.findings) {
    nlohmann::json item{{"id", f.finding_id}, {"name", f.name}, {"lay", f.lay}, {"kind", f.kind},
                        {"presence", f.presence == Presence::kPresent ? "present" : "absent"}};
    if (f.begin >= 0) item["span"] = {{"text", f.span}, {"begin", f.begin}, {"end", f.end}};
    findings.push_back(std::move(item));
  }
  nlohmann::json values = nlohmann::json::array();
  for (const auto& v : a.values) values.push_back({{"name", v.name}, {"value", v.value}, {"text", v.span}});
  nlohmann::json conditions = nlohmann::json::array();
  for (const auto& c : a.conditions) {
    conditions.push_back({{"id", c.id}, {"name", c.name}, {"lay_name", c.lay_name}, {"icd10", c.icd10},
                          {"probability", c.probability}, {"triage", TriageLevelName(c.triage)},
                          {"dangerous", c.dangerous}, {"supporting", c.supporting},
                          {"against", c.against}, {"advice", c.advice},
                          {"citations", CitationsJson(c.citations)}});
  }
  nlohmann::json out{
      {"triage", {{"level", TriageLevelName(a.triage.level)},
                  {"advice", TriageLevelAdvice(a.triage.level)},
                  {"reasons", reasons}}},
      {"findings", findings},
      {"values", values},
      {"conditions", conditions},
      {"sex", SexName(a.sex)},
      {"knowledge_version", a.knowledge_version},
  };
  out["age"] = a.age_years ? nlohmann::json(*a.age_years) : nlohmann::json(nullptr);
  return out;
}

nlohmann::json ToJson(const KnowledgeStats& s) {
  return {{"conditions", s.conditions}, {"findings", s.findings}, {"synonyms", s.synonyms},
          {"red_flag_rules", s.red_flag_rules}, {"sources", s.sources}, {"guidance", s.guidance},
          {"medicines", s.medicines}, {"interactions", s.interactions},
          {"sourced_priors", s.sourced_priors}};
}

}  // namespace sanus::tools
