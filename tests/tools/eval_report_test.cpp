// The evaluation report: tables by system, age and triage, and a calibration plot beside it.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "default_engine.h"
#include "eval_report.h"

namespace sanus::tools {
namespace {

TEST(EvalReport, WritesTablesAndACalibrationPlot) {
  EvalReport report;
  EvalCase c{"chest", "cardiovascular", "", "crushing chest pain and sweating", "acute_coronary_syndrome", 58.0,
             Sex::kMale, TriageLevel::kEmergencyAmbulance, "test"};
  AssessRequest request;
  request.text = c.text;
  request.age_years = c.age;
  auto a = testing::DefaultEngine().Assess(request);
  ASSERT_TRUE(a.ok());
  report.Add(c, *a);
  const auto dir = std::filesystem::temp_directory_path() / "sanus-report-test";
  std::filesystem::create_directories(dir);
  ASSERT_TRUE(report.Write((dir / "report.md").string(), "sanus eval x", "kb-test").ok());
  std::ifstream md(dir / "report.md");
  std::stringstream text;
  text << md.rdbuf();
  for (const char* part : {"## By system", "## By age group", "## Triage confusion", "adult (16-64)",
                           "report-calibration.svg", "Brier score"}) {
    EXPECT_NE(text.str().find(part), std::string::npos) << part;
  }
  EXPECT_TRUE(std::filesystem::exists(dir / "report-calibration.svg"));
  std::filesystem::remove_all(dir);
}

}  // namespace
}  // namespace sanus::tools
