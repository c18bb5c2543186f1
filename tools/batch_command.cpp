#include "batch_command.h"

#include <iostream>
#include <string>

#include <nlohmann/json.hpp>

#include "json_output.h"

namespace sanus::tools {
namespace {

// Parses one input line into a request; the error says which field is wrong.
Result<AssessRequest> ParseRequest(const nlohmann::json& line) {
  AssessRequest request;
  if (!line.is_object()) return Status::InvalidArgument("each line must be a JSON object");
  if (!line.contains("text") || !line["text"].is_string()) {
    return Status::InvalidArgument("'text' must be a string");
  }
  request.text = line["text"].get<std::string>();
  if (line.contains("age") && !line["age"].is_null()) {
    if (!line["age"].is_number()) return Status::InvalidArgument("'age' must be a number of years");
    request.age_years = line["age"].get<double>();
  }
  if (line.contains("sex") && !line["sex"].is_null()) {
    const std::string sex = line["sex"].is_string() ? line["sex"].get<std::string>() : "";
    if (sex == "female") request.sex = Sex::kFemale;
    else if (sex == "male") request.sex = Sex::kMale;
    else if (sex != "unknown" && !sex.empty()) return Status::InvalidArgument("'sex' must be female or male");
  }
  if (line.contains("mode") && line["mode"] == "clinician") request.mode = Mode::kClinician;
  return request;
}

}  // namespace

int RunBatch(const Engine& engine, std::istream& in, std::ostream& out) {
  std::string text;
  int status = 0;
  long line_number = 0;
  while (std::getline(in, text)) {
    ++line_number;
    if (text.find_first_not_of(" \t\r") == std::string::npos) continue;
    nlohmann::json result;
    nlohmann::json line = nlohmann::json::parse(text, nullptr, /*allow_exceptions=*/false);
    if (line.is_discarded()) {
      result = {{"id", nullptr}, {"error", "line " + std::to_string(line_number) + ": not valid JSON"}};
    } else {
      const nlohmann::json id = line.is_object() && line.contains("id") ? line["id"] : nlohmann::json(nullptr);
      auto request = ParseRequest(line);
      auto assessment = request.ok() ? engine.Assess(*request) : Result<Assessment>(request.status());
      if (assessment.ok()) {
        result = ToJson(*assessment);
        result["id"] = id;
      } else {
        result = {{"id", id}, {"error", assessment.status().message()}};
      }
    }
    if (result.contains("error")) status = 1;
    out << result.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
    out.flush();
  }
  return status;
}

}  // namespace sanus::tools
