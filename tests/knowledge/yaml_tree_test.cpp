#include "knowledge/yaml_tree.h"

#include <gtest/gtest.h>

#include "knowledge/knowledge_files.h"

namespace sanus::knowledge {
namespace {

// The tree as text: equal dumps mean equal scalars, nesting, tags and styles.
std::string Dumped(const YAML::Node& node) { return YAML::Dump(node); }

TEST(YamlTree, BuildsTheTreeYamlCppBuildsForEveryShippedFile) {
  auto files = ReadKnowledgeDirectory(SANUS_KNOWLEDGE_DIR);
  ASSERT_TRUE(files.ok());
  ASSERT_FALSE(files->empty());
  for (const auto& file : *files) {
    EXPECT_EQ(Dumped(ParseYaml(file.content)), Dumped(YAML::Load(file.content))) << file.path;
  }
}

TEST(YamlTree, ReadsNullsAsYamlCppDoes) {
  EXPECT_TRUE(ParseYaml("").IsNull());
  EXPECT_TRUE(ParseYaml("# only a comment\n").IsNull());
  const YAML::Node root = ParseYaml("a:\nb: ~\nc: null\nd: 'null'\ne: \"\"\n");
  EXPECT_TRUE(root["a"].IsNull());
  EXPECT_TRUE(root["b"].IsNull());
  EXPECT_TRUE(root["c"].IsNull());
  ASSERT_TRUE(root["d"].IsScalar());
  EXPECT_EQ(root["d"].Scalar(), "null");
  ASSERT_TRUE(root["e"].IsScalar());
  EXPECT_EQ(root["e"].Scalar(), "");
}

TEST(YamlTree, ReadsScalarsListsAndMaps) {
  const YAML::Node root = ParseYaml(
      "id: croup\nfindings: {stridor: often, fever: 0.4}\nsynonyms: [barking cough, 'croupy']\n"
      "text: >-\n  folded\n  lines\n");
  EXPECT_EQ(root["id"].as<std::string>(), "croup");
  EXPECT_EQ(root["findings"]["stridor"].Scalar(), "often");
  EXPECT_DOUBLE_EQ(root["findings"]["fever"].as<double>(), 0.4);
  ASSERT_EQ(root["synonyms"].size(), 2u);
  EXPECT_EQ(root["synonyms"][1].Scalar(), "croupy");
  EXPECT_EQ(root["text"].Scalar(), "folded lines");
  EXPECT_EQ(root["id"].Tag(), "?");
  EXPECT_EQ(root["synonyms"][1].Tag(), "!");
}

TEST(YamlTree, SharesAnchoredNodes) {
  const YAML::Node root = ParseYaml("a: &x [1, 2]\nb: *x\n");
  ASSERT_TRUE(root["b"].IsSequence());
  EXPECT_TRUE(root["a"].is(root["b"]));
}

TEST(YamlTree, ReportsSyntaxErrorsExactlyAsYamlCpp) {
  for (const std::string bad : {"a: [1, 2\n", "a: b: c\n", "a: *nowhere\n"}) {
    std::string expected, actual;
    try {
      YAML::Load(bad);
    } catch (const YAML::Exception& e) {
      expected = e.what();
    }
    try {
      ParseYaml(bad);
    } catch (const YAML::Exception& e) {
      actual = e.what();
    }
    EXPECT_FALSE(expected.empty()) << bad;
    EXPECT_EQ(actual, expected) << bad;
  }
}

// libyaml rejects some text yaml-cpp accepts; yaml-cpp's reading stands, so a knowledge file
// that loaded before still loads the same.
TEST(YamlTree, KeepsYamlCppsReadingWhereLibyamlIsStricter) {
  const std::string text = "- a\nb: c\n";
  EXPECT_EQ(Dumped(ParseYaml(text)), Dumped(YAML::Load(text)));
}

}  // namespace
}  // namespace sanus::knowledge
