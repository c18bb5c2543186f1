// The catalogue endpoints of the JSON API: what the knowledge base holds, read only.
//   GET /v1/conditions?q=  /v1/conditions/{id}
//   GET /v1/findings?q=    /v1/findings/{id}
//   GET /v1/sources        /v1/sources/{id}
#include "api_error.h"
#include "catalog_query.h"
#include "http_api.h"
#include "json_output.h"

namespace sanus::tools {
namespace {

// Ids in the knowledge base are lower-case words joined by underscores, hyphens or dots.
constexpr const char* kIdPattern = "([A-Za-z0-9_.-]{1,100})";

CatalogQuery QueryOf(const httplib::Request& req) {
  const std::string q = req.get_param_value("q");
  if (q.size() > CatalogQuery::kMaxLength) {
    BadRequest("'q' is longer than " + std::to_string(CatalogQuery::kMaxLength) + " characters");
  }
  return CatalogQuery(q);
}

nlohmann::json ConditionJson(const ConditionSummary& c) {
  return {{"id", c.id},         {"name", c.name},     {"lay_name", c.lay_name},
          {"icd10", c.icd10},   {"system", c.system}, {"triage", TriageLevelName(c.triage)},
          {"dangerous", c.dangerous}};
}

nlohmann::json PriorJson(const ConditionPrior& p) {
  nlohmann::json age = nlohmann::json::array();
  for (const auto& band : p.age) {
    age.push_back({{"from_years", band.from_years}, {"to_years", band.to_years}, {"weight", band.weight}});
  }
  return {{"base", p.base},
          {"age", age},
          {"female_weight", p.female_weight},
          {"male_weight", p.male_weight},
          {"note", p.note},
          {"sources", CitationsJson(p.sources)}};
}

nlohmann::json ConditionDetailJson(const ConditionDetail& d) {
  nlohmann::json out = ConditionJson(d.summary);
  nlohmann::json findings = nlohmann::json::array();
  for (const auto& f : d.findings) {
    findings.push_back({{"id", f.finding_id}, {"name", f.name}, {"frequency", f.frequency}});
  }
  out["findings"] = findings;
  out["patient_text"] = d.patient_text;
  out["clinician_text"] = d.clinician_text;
  out["has_guidance"] = d.has_guidance;
  out["sources"] = CitationsJson(d.sources);
  out["prior"] = PriorJson(d.prior);
  return out;
}

nlohmann::json FindingJson(const FindingSummary& f) {
  return {{"id", f.id},         {"name", f.name},         {"lay", f.lay},          {"kind", f.kind},
          {"question", f.question}, {"synonyms", f.synonyms}, {"red_flag", f.red_flag}};
}

}  // namespace

void HttpApi::RegisterCatalog(httplib::Server& server) {
  Get(server, "/v1/conditions", [this](const nlohmann::json&, const httplib::Request& req) {
    const CatalogQuery query = QueryOf(req);
    nlohmann::json list = nlohmann::json::array();
    for (const auto& c : engine_.Conditions()) {
      if (query.Matches({c.id, c.name, c.lay_name, c.icd10})) list.push_back(ConditionJson(c));
    }
    return nlohmann::json{{"conditions", list}};
  });
  Get(server, std::string("/v1/conditions/") + kIdPattern, [this](const nlohmann::json&, const httplib::Request& req) {
    return ConditionDetailJson(Take(engine_.ConditionById(req.matches[1].str())));
  });
  Get(server, "/v1/findings", [this](const nlohmann::json&, const httplib::Request& req) {
    const CatalogQuery query = QueryOf(req);
    nlohmann::json list = nlohmann::json::array();
    for (const auto& f : engine_.Findings()) {
      std::vector<std::string> names = {f.id, f.name, f.lay};
      names.insert(names.end(), f.synonyms.begin(), f.synonyms.end());
      if (query.Matches(names)) list.push_back(FindingJson(f));
    }
    return nlohmann::json{{"findings", list}};
  });
  Get(server, std::string("/v1/findings/") + kIdPattern, [this](const nlohmann::json&, const httplib::Request& req) {
    return FindingJson(Take(engine_.FindingById(req.matches[1].str())));
  });
  Get(server, "/v1/sources", [this](const nlohmann::json&, const httplib::Request&) {
    return nlohmann::json{{"sources", CitationsJson(engine_.Sources())}};
  });
  Get(server, std::string("/v1/sources/") + kIdPattern, [this](const nlohmann::json&, const httplib::Request& req) {
    return CitationsJson({Take(engine_.SourceById(req.matches[1].str()))}).front();
  });
}

}  // namespace sanus::tools
