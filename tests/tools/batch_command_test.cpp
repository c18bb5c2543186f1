// The `sanus batch` JSON Lines contract used by outside evaluation tools.
#include "batch_command.h"

#include <gtest/gtest.h>

#include "default_engine.h"

#include <nlohmann/json.hpp>
#include <sstream>

namespace sanus::tools {
namespace {

std::vector<nlohmann::json> RunLines(const std::string& input, int* status = nullptr) {
  const Engine* engine = &testing::DefaultEngine();
  std::istringstream in(input);
  std::ostringstream out;
  const int s = RunBatch(*engine, in, out);
  if (status) *status = s;
  std::vector<nlohmann::json> lines;
  std::istringstream read(out.str());
  for (std::string line; std::getline(read, line);) lines.push_back(nlohmann::json::parse(line));
  return lines;
}

TEST(BatchCommand, KeepsTheContractFields) {
  const auto lines = RunLines(R"({"id": "c1", "text": "burning when I pee and going all the time", "age": 30, "sex": "female"})" "\n");
  ASSERT_EQ(lines.size(), 1u);
  const auto& r = lines[0];
  EXPECT_EQ(r["id"], "c1");
  EXPECT_TRUE(r["triage"]["level"].is_string());
  EXPECT_TRUE(r["triage"]["reasons"].is_array());
  ASSERT_FALSE(r["conditions"].empty());
  for (const char* key : {"id", "name", "icd10", "probability", "citations"}) {
    EXPECT_TRUE(r["conditions"][0].contains(key)) << key;
  }
  EXPECT_TRUE(r["findings"].is_array());
}

TEST(BatchCommand, BadLinesGetAnErrorAndTheRunGoesOn) {
  int status = 0;
  const auto lines = RunLines("not json\n"
                              R"({"id": 7, "text": 42})" "\n"
                              R"({"id": "ok", "text": "sore throat", "age": 0.5})" "\n"
                              R"({"id": "age", "text": "cough", "age": "old"})" "\n",
                              &status);
  ASSERT_EQ(lines.size(), 4u);
  EXPECT_TRUE(lines[0].contains("error"));
  EXPECT_EQ(lines[1]["id"], 7);
  EXPECT_TRUE(lines[1].contains("error"));
  EXPECT_FALSE(lines[2].contains("error"));
  EXPECT_TRUE(lines[3].contains("error"));
  EXPECT_EQ(status, 1);
}

}  // namespace
}  // namespace sanus::tools
