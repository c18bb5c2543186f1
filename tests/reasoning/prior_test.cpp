// Priors: the prevalence class weighed by age band, sex restriction and a sourced sex ratio.
#include "reasoning/inference.h"

#include <gtest/gtest.h>

#include "knowledge/knowledge_files.h"
#include "knowledge/loader.h"

namespace sanus::reasoning {
namespace {

knowledge::KnowledgeBase KbWithSexRatio() {
  auto files = knowledge::ReadKnowledgeDirectory(std::string(SANUS_TEST_DATA) + "/mini_kb");
  EXPECT_TRUE(files.ok());
  files->push_back({"conditions/ratio.yaml",
                    "id: ratio\nname: R\nlay_name: R\nicd10: X00\nsystem: x\ntriage: urgent\n"
                    "prevalence: rare\nfindings: {cough: often}\npatient: p\nclinician: c\n"
                    "sources: [test_source]\nepidemiology:\n  sources: [test_source]\n"
                    "  note: three women for each man\n  sex_ratio: {female: 3, male: 1}\n"});
  auto out = knowledge::LoadKnowledge(*files);
  EXPECT_TRUE(out.problems.empty()) << out.problems.front();
  return std::move(out.kb);
}

double PriorFor(const knowledge::KnowledgeBase& kb, const std::string& id, Sex sex,
                std::optional<double> age = std::nullopt) {
  EvidenceSet evidence;
  evidence.sex = sex;
  evidence.age_years = age;
  return Inference(kb).Prior(*kb.FindCondition(id), evidence);
}

TEST(Prior, ASexRatioSplitsThePriorAndKeepsItsAverage) {
  const auto kb = KbWithSexRatio();
  const double base = PriorFor(kb, "ratio", Sex::kUnknown);
  EXPECT_DOUBLE_EQ(base, 0.001);  // the rare class
  EXPECT_DOUBLE_EQ(PriorFor(kb, "ratio", Sex::kFemale), base * 1.5);
  EXPECT_DOUBLE_EQ(PriorFor(kb, "ratio", Sex::kMale), base * 0.5);
}

TEST(Prior, WithoutARatioSexDoesNotChangeThePrior) {
  const auto kb = KbWithSexRatio();
  EXPECT_DOUBLE_EQ(PriorFor(kb, "cold", Sex::kFemale), PriorFor(kb, "cold", Sex::kMale));
}

TEST(Prior, AnAgeBandOfWeightZeroMakesTheConditionImpossible) {
  const auto kb = KbWithSexRatio();
  EXPECT_GT(PriorFor(kb, "croup", Sex::kUnknown, 3), 0);
  EXPECT_EQ(PriorFor(kb, "croup", Sex::kUnknown, 30), 0);
}

}  // namespace
}  // namespace sanus::reasoning
