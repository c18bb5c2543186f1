#include "knowledge/loader.h"

#include <gtest/gtest.h>

#include "knowledge/knowledge_files.h"

namespace sanus::knowledge {
namespace {

std::vector<KnowledgeFile> MiniKb() {
  auto files = ReadKnowledgeDirectory(std::string(SANUS_TEST_DATA) + "/mini_kb");
  EXPECT_TRUE(files.ok());
  return *files;
}

bool HasProblemContaining(const LoadOutcome& out, const std::string& text) {
  for (const auto& p : out.problems) {
    if (p.find(text) != std::string::npos) return true;
  }
  return false;
}

TEST(Loader, LoadsTheMiniKnowledgeBase) {
  const LoadOutcome out = LoadKnowledge(MiniKb());
  EXPECT_TRUE(out.problems.empty()) << out.problems.front();
  ASSERT_EQ(out.kb.conditions.size(), 2u);
  EXPECT_EQ(out.kb.findings.size(), 3u);
  EXPECT_EQ(out.kb.red_flags.size(), 2u);
  const auto croup = out.kb.FindCondition("croup");
  ASSERT_TRUE(croup);
  EXPECT_DOUBLE_EQ(out.kb.condition(*croup).prevalence, 0.02);
  EXPECT_EQ(out.kb.condition(*croup).findings.size(), 3u);
  EXPECT_DOUBLE_EQ(out.kb.condition(*croup).findings[0].frequency, 0.95);
}

TEST(Loader, ReportsDanglingFindingAndUnregisteredSource) {
  auto files = MiniKb();
  files.push_back({"conditions/bad.yaml",
                   "id: bad\nname: Bad\nlay_name: Bad\nicd10: X00\nsystem: x\ntriage: urgent\n"
                   "prevalence: rare\nfindings: {no_such_finding: often}\npatient: p\nclinician: c\n"
                   "sources: [no_such_source]\n"});
  const LoadOutcome out = LoadKnowledge(files);
  EXPECT_TRUE(HasProblemContaining(out, "finding 'no_such_finding' is not defined"));
  EXPECT_TRUE(HasProblemContaining(out, "source 'no_such_source' is not registered"));
}

TEST(Loader, ReportsBadLevelFrequencyAndYaml) {
  auto files = MiniKb();
  files.push_back({"conditions/bad.yaml",
                   "id: bad\nname: Bad\nlay_name: Bad\nicd10: X00\nsystem: x\ntriage: soon\n"
                   "prevalence: rare\nfindings: {cough: 1.5}\npatient: p\nclinician: c\n"
                   "sources: [test_source]\n"});
  files.push_back({"findings/broken.yaml", "- id: [unclosed\n"});
  const LoadOutcome out = LoadKnowledge(files);
  EXPECT_TRUE(HasProblemContaining(out, "unknown triage level 'soon'"));
  EXPECT_TRUE(HasProblemContaining(out, "frequency of 'cough' must be between 0 and 1"));
  EXPECT_TRUE(HasProblemContaining(out, "findings/broken.yaml: not valid YAML"));
}

// Each kind of file is parsed in its own pass; a broken file of any kind is one problem, and
// the rest of the knowledge base still loads.
TEST(Loader, ReportsInvalidYamlInEveryKindOfFile) {
  auto files = MiniKb();
  const std::vector<std::string> dirs{"sources", "findings", "lexicon", "conditions",
                                      "red_flags", "medicines", "guidance", "elsewhere"};
  for (const auto& dir : dirs) files.push_back({dir + "/broken.yaml", "- id: [unclosed\n"});
  const LoadOutcome out = LoadKnowledge(files);
  for (const auto& dir : dirs) {
    EXPECT_TRUE(HasProblemContaining(out, dir + "/broken.yaml: not valid YAML")) << dir;
  }
  EXPECT_EQ(out.problems.size(), dirs.size());
  EXPECT_EQ(out.kb.conditions.size(), 2u);
  EXPECT_EQ(out.kb.findings.size(), 3u);
  EXPECT_EQ(out.kb.red_flags.size(), 2u);
}

// A scalar where a mapping belongs ("value: 5", "age: 65") is a problem for its file, never a
// crash of the load: every file is read under a guard.
TEST(Loader, ReportsAScalarWhereAMappingBelongs) {
  auto files = MiniKb();
  files.push_back({"findings/scalar_value.yaml",
                   "- id: odd_value\n  name: odd\n  lay: odd\n  question: odd?\n  kind: sign\n"
                   "  synonyms: [odd value]\n  value: 5\n"});
  files.push_back({"red_flags/scalar_age.yaml",
                   "- id: rf_scalar_age\n  level: urgent\n  reason: r\n  all: [fever]\n  age: 65\n"
                   "  sources: [test_source]\n"});
  const LoadOutcome out = LoadKnowledge(files);
  EXPECT_TRUE(HasProblemContaining(out, "'value' must be a mapping"));
  EXPECT_TRUE(HasProblemContaining(out, "red_flags/scalar_age.yaml"));
}

TEST(Loader, ReportsAFileOutsideTheKnownDirectories) {
  auto files = MiniKb();
  files.push_back({"notes/todo.yaml", "- id: x\n"});
  EXPECT_TRUE(HasProblemContaining(LoadKnowledge(files), "notes/todo.yaml: not in sources/"));
}

TEST(Loader, ReportsDuplicateIds) {
  auto files = MiniKb();
  files.push_back({"sources/dup.yaml",
                   "- {id: test_source, title: t, publisher: p, year: 2020, url: https://x.org}\n"});
  EXPECT_TRUE(HasProblemContaining(LoadKnowledge(files), "duplicate source id 'test_source'"));
}

// A condition with every required field, plus whatever `extra` adds.
KnowledgeFile ConditionWith(const std::string& extra, const std::string& sex = "any") {
  return {"conditions/epi.yaml",
          "id: epi\nname: Epi\nlay_name: Epi\nicd10: X00\nsystem: x\ntriage: urgent\n"
          "prevalence: rare\nsex: " + sex + "\nfindings: {cough: often}\npatient: p\nclinician: c\n"
          "sources: [test_source]\n" + extra};
}

TEST(Loader, ReadsTheEpidemiologyOfAPrior) {
  auto files = MiniKb();
  files.push_back(ConditionWith(
      "epidemiology:\n  sources: [test_source]\n  note: three times as common in women\n"
      "  sex_ratio: {female: 3, male: 1}\n"));
  const LoadOutcome out = LoadKnowledge(files);
  ASSERT_TRUE(out.problems.empty()) << out.problems.front();
  const auto& c = out.kb.condition(*out.kb.FindCondition("epi"));
  ASSERT_TRUE(c.epidemiology);
  EXPECT_EQ(c.epidemiology->source_ids, std::vector<std::string>{"test_source"});
  EXPECT_EQ(c.epidemiology->note, "three times as common in women");
  ASSERT_TRUE(c.epidemiology->sex_ratio);
  EXPECT_DOUBLE_EQ(c.epidemiology->sex_ratio->female, 3);
  EXPECT_FALSE(out.kb.condition(*out.kb.FindCondition("cold")).epidemiology);
}

TEST(Loader, ReportsEpidemiologyWithoutSourcesOrWithABadRatio) {
  auto files = MiniKb();
  files.push_back(ConditionWith("epidemiology:\n  sources: [nowhere]\n  note: n\n"
                                "  sex_ratio: {female: 0, male: 1}\n"));
  const LoadOutcome out = LoadKnowledge(files);
  EXPECT_TRUE(HasProblemContaining(out, "source 'nowhere' is not registered"));
  EXPECT_TRUE(HasProblemContaining(out, "sex_ratio needs {female, male}, both above 0"));

  auto no_sources = MiniKb();
  no_sources.push_back(ConditionWith("epidemiology:\n  sources: []\n  note: n\n"));
  EXPECT_TRUE(HasProblemContaining(LoadKnowledge(no_sources), "epidemiology needs at least one source"));

  auto scalar = MiniKb();
  scalar.push_back(ConditionWith("epidemiology: common in women\n"));
  EXPECT_TRUE(HasProblemContaining(LoadKnowledge(scalar), "'epidemiology' must be"));
}

TEST(Loader, ASexRatioNeedsAConditionOfEitherSex) {
  auto files = MiniKb();
  files.push_back(ConditionWith("epidemiology:\n  sources: [test_source]\n  note: n\n"
                                "  sex_ratio: {female: 2, male: 1}\n",
                                "female"));
  EXPECT_TRUE(HasProblemContaining(LoadKnowledge(files), "sex_ratio applies only to a condition of either sex"));
}

TEST(Loader, MissingDirectoryIsNotFound) {
  auto files = ReadKnowledgeDirectory("/no/such/dir");
  EXPECT_FALSE(files.ok());
  EXPECT_EQ(files.status().code(), StatusCode::kNotFound);
}

}  // namespace
}  // namespace sanus::knowledge
