#include "openapi.h"

namespace sanus::tools {
namespace {

nlohmann::json Ref(const std::string& name) { return {{"$ref", "#/components/schemas/" + name}}; }

nlohmann::json JsonBody(const nlohmann::json& schema) {
  return {{"required", true}, {"content", {{"application/json", {{"schema", schema}}}}}};
}

// The answers every operation can give: its result, or an Error with the status that fits.
nlohmann::json Responses(const std::string& description) {
  nlohmann::json error = {{"content", {{"application/json", {{"schema", Ref("Error")}}}}}};
  return {{"200", {{"description", description}, {"content", {{"application/json", {{"schema", {{"type", "object"}}}}}}}}},
          {"400", {{"description", "a field is missing or wrong; the message names it"}}},
          {"401", {{"description", "the API key is missing or wrong"}}},
          {"404", {{"description", "no such condition, score, session or path"}}},
          {"413", {{"description", "the body is larger than allowed"}}},
          {"422", {{"description", "free text longer than allowed (text_too_long)"}}},
          {"429", {{"description", "too many requests from this client; Retry-After says when to retry"}}},
          {"503", {{"description", "the session store or the audit log cannot be written: no advice given"}}},
          {"default", error}};
}

nlohmann::json Operation(const std::string& summary, const std::string& result, const std::string& body_schema = "") {
  nlohmann::json op = {{"summary", summary}, {"responses", Responses(result)}};
  if (!body_schema.empty()) op["requestBody"] = JsonBody(Ref(body_schema));
  return op;
}

// A GET that searches a list with ?q= (docs/api.md: every word must appear in a name).
nlohmann::json Search(const std::string& summary, const std::string& result) {
  nlohmann::json op = Operation(summary, result);
  op["parameters"] = {{{"name", "q"},
                       {"in", "query"},
                       {"required", false},
                       {"description", "words that must all appear in a name, ignoring case; at most 200 characters"},
                       {"schema", {{"type", "string"}}}}};
  return op;
}

nlohmann::json Property(const char* type, const char* description) {
  return {{"type", type}, {"description", description}};
}

nlohmann::json Schemas() {
  const nlohmann::json mode = {{"type", "string"}, {"enum", {"patient", "clinician"}}};
  const nlohmann::json sex = {{"type", "string"}, {"enum", {"female", "male"}}};
  const nlohmann::json strings = {{"type", "array"}, {"items", {{"type", "string"}}}};
  nlohmann::json context = {{"type", "object"},
                            {"properties",
                             {{"age", Property("number", "years, 0-130")},
                              {"sex", sex},
                              {"pregnant", Property("boolean", "")},
                              {"breastfeeding", Property("boolean", "")},
                              {"weight_kg", Property("number", "")},
                              {"allergies", strings},
                              {"medicines", strings},
                              {"egfr", Property("number", "mL/min/1.73 m2")},
                              {"creatinine_umol_l", Property("number", "with age, weight and sex: Cockcroft-Gault")},
                              {"liver_disease", Property("boolean", "")}}}};
  nlohmann::json guidance = context;
  guidance["properties"]["condition"] = Property("string", "condition id, name or lay name");
  guidance["required"] = {"condition"};
  return {
      {"AssessRequest",
       {{"type", "object"},
        {"required", {"text"}},
        {"properties",
         {{"text", Property("string", "the complaint, at most 5,000 characters (--max-text)")},
          {"age", Property("number", "years, 0-130")},
          {"sex", sex},
          {"mode", mode}}}}},
      {"AskRequest",
       {{"type", "object"},
        {"required", {"question"}},
        {"properties", {{"question", Property("string", "at most 2,000 characters")}, {"mode", mode}}}}},
      {"PatientContext", context},
      {"GuidanceRequest", guidance},
      {"ScoreRequest",
       {{"type", "object"},
        {"properties", {{"inputs", {{"type", "object"}, {"additionalProperties", {{"type", "number"}}}}}}}}},
      {"InterviewAnswer",
       {{"type", "object"},
        {"required", {"finding_id", "answer"}},
        {"properties",
         {{"finding_id", Property("string", "the finding the question asked about")},
          {"answer", {{"type", "string"}, {"enum", {"yes", "no", "dont_know"}}}},
          {"value", Property("number", "a measured value or a choice's value")}}}}},
      {"Error",
       {{"type", "object"},
        {"properties",
         {{"error",
           {{"type", "object"},
            {"properties", {{"code", Property("string", "")}, {"message", Property("string", "")}}}}}}}}}};
}

}  // namespace

nlohmann::json OpenApiDocument(const std::string& knowledge_version) {
  nlohmann::json paths = {
      {"/healthz", {{"get", Operation("Liveness and the knowledge version", "ok")}}},
      {"/metrics", {{"get", Operation("Prometheus metrics (text)", "metrics")}}},
      {"/v1/conditions", {{"get", Search("The conditions Sanus knows, by name, lay name, id or ICD-10", "the list")}}},
      {"/v1/conditions/{id}", {{"get", Operation("One condition: findings, advice texts, sources", "the condition")}}},
      {"/v1/findings", {{"get", Search("The findings Sanus reads, by name or synonym", "the list")}}},
      {"/v1/findings/{id}", {{"get", Operation("One finding with its synonyms", "the finding")}}},
      {"/v1/sources", {{"get", Operation("The registered sources every statement cites", "the list")}}},
      {"/v1/sources/{id}", {{"get", Operation("One source", "the source")}}},
      {"/v1/assess", {{"post", Operation("Assess a complaint: triage, differential, sources", "an assessment",
                                         "AssessRequest")}}},
      {"/v1/ask", {{"post", Operation("Answer a clinical question with citations", "an answer", "AskRequest")}}},
      {"/v1/guidance", {{"post", Operation("Guidance for a condition, checked for one person", "guidance",
                                           "GuidanceRequest")}}},
      {"/v1/medications/check", {{"post", Operation("Check medicines against each other and the person",
                                                    "a medication review", "PatientContext")}}},
      {"/v1/scores/{id}", {{"post", Operation("Compute a clinical score", "a score result", "ScoreRequest")}}},
      {"/v1/interviews", {{"post", Operation("Start an interview", "the first step", "AssessRequest")}}},
      {"/v1/interviews/{session}/answers",
       {{"post", Operation("Answer the interview's question", "the next step", "InterviewAnswer")}}},
      {"/v1/interviews/{session}", {{"get", Operation("The interview's current step", "the step")}}},
  };
  return {{"openapi", "3.0.3"},
          {"info",
           {{"title", "Sanus clinical engine API"},
            {"version", "1"},
            {"description", "Knowledge version " + knowledge_version +
                                ". Decision support, not a diagnosis; every statement cites its source."}}},
          {"paths", paths},
          {"components",
           {{"schemas", Schemas()},
            {"securitySchemes", {{"apiKey", {{"type", "http"}, {"scheme", "bearer"}}}}}}}};
}

}  // namespace sanus::tools
