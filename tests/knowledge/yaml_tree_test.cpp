#include "knowledge/yaml_tree.h"

#include <gtest/gtest.h>
#include <yaml-cpp/yaml.h>

#include <cmath>

#include "knowledge/knowledge_files.h"

namespace sanus::knowledge {
namespace {

// Whether ours reads as yaml-cpp's tree: same kinds, scalars, order and sizes, all the way
// down. Where they differ, the path to the first difference.
std::string Difference(YamlNode ours, const YAML::Node& theirs, const std::string& path = "/") {
  switch (theirs.Type()) {
    case YAML::NodeType::Null: return ours.IsNull() ? "" : path + ": not null";
    case YAML::NodeType::Scalar:
      if (!ours.IsScalar()) return path + ": not a scalar";
      return ours.Scalar() == theirs.Scalar() ? "" : path + ": '" + std::string(ours.Scalar()) + "'";
    case YAML::NodeType::Sequence: {
      if (!ours.IsSequence() || ours.size() != theirs.size()) return path + ": not the same list";
      for (size_t i = 0; i < theirs.size(); ++i) {
        auto d = Difference(ours[i], theirs[i], path + std::to_string(i) + "/");
        if (!d.empty()) return d;
      }
      return "";
    }
    case YAML::NodeType::Map: {
      if (!ours.IsMap() || ours.size() != theirs.size()) return path + ": not the same mapping";
      size_t i = 0;
      for (const auto& entry : theirs) {
        auto d = Difference(ours.Key(i), entry.first, path + "key " + std::to_string(i) + "/");
        if (d.empty()) d = Difference(ours.Value(i), entry.second, path + entry.first.Scalar() + "/");
        if (!d.empty()) return d;
        ++i;
      }
      return "";
    }
    default: return path + ": yaml-cpp's node is undefined";
  }
}

TEST(YamlTree, ReadsEveryShippedFileAsYamlCppDoes) {
  auto files = ReadKnowledgeDirectory(SANUS_KNOWLEDGE_DIR);
  ASSERT_TRUE(files.ok());
  ASSERT_FALSE(files->empty());
  for (const auto& file : *files) {
    const YamlDocument document = ParseYaml(file.content);
    EXPECT_EQ(Difference(document.root(), YAML::Load(file.content)), "") << file.path;
  }
}

TEST(YamlTree, ReadsNullsAsYamlCppDoes) {
  EXPECT_TRUE(ParseYaml("").root().IsNull());
  EXPECT_TRUE(ParseYaml("# only a comment\n").root().IsNull());
  const YamlDocument document = ParseYaml("a:\nb: ~\nc: null\nd: 'null'\ne: \"\"\n");
  const YamlNode root = document.root();
  EXPECT_TRUE(root["a"].IsNull());
  EXPECT_TRUE(root["b"].IsNull());
  EXPECT_TRUE(root["c"].IsNull());
  ASSERT_TRUE(root["d"].IsScalar());
  EXPECT_EQ(root["d"].Scalar(), "null");
  ASSERT_TRUE(root["e"].IsScalar());
  EXPECT_EQ(root["e"].Scalar(), "");
  EXPECT_FALSE(root["missing"]);
}

TEST(YamlTree, ReadsScalarsListsAndMaps) {
  const YamlDocument document = ParseYaml(
      "id: croup\nfindings: {stridor: often, fever: 0.4}\nsynonyms: [barking cough, 'croupy']\n"
      "text: >-\n  folded\n  lines\n");
  const YamlNode root = document.root();
  EXPECT_EQ(root["id"].Scalar(), "croup");
  EXPECT_EQ(root["findings"]["stridor"].Scalar(), "often");
  EXPECT_EQ(root["findings"].Key(1).Scalar(), "fever");
  EXPECT_DOUBLE_EQ(*root["findings"]["fever"].Number(), 0.4);
  ASSERT_EQ(root["synonyms"].size(), 2u);
  EXPECT_EQ(root["synonyms"][1].Scalar(), "croupy");
  EXPECT_EQ(root["text"].Scalar(), "folded lines");
  EXPECT_EQ(root["synonyms"].Scalar(), "");
  EXPECT_FALSE(root["synonyms"]["id"]);
}

TEST(YamlTree, KeepsRepeatedKeysAndFindsTheFirst) {
  const std::string text = "a: 1\na: 2\n";
  const YamlDocument document = ParseYaml(text);
  EXPECT_EQ(document.root().size(), 2u);
  EXPECT_EQ(document.root()["a"].Scalar(), "1");
  EXPECT_EQ(Difference(document.root(), YAML::Load(text)), "");
}

TEST(YamlTree, ReadsNumbersAsYamlCppsAsDouble) {
  const YamlDocument document = ParseYaml("[0.25, 1e-3, ' 2', '3 ', .inf, -.Inf, .nan, x, 0x10, ~, [1]]");
  const YamlNode root = document.root();
  const YAML::Node theirs = YAML::Load("[0.25, 1e-3, ' 2', '3 ', .inf, -.Inf, .nan, x, 0x10, ~, [1]]");
  for (size_t i = 0; i < root.size(); ++i) {
    std::optional<double> expected;
    try {
      expected = theirs[i].as<double>();
    } catch (const YAML::Exception&) {
    }
    const auto actual = root[i].Number();
    ASSERT_EQ(actual.has_value(), expected.has_value()) << i;
    if (!expected) continue;
    if (std::isnan(*expected)) EXPECT_TRUE(std::isnan(*actual)) << i;
    else EXPECT_EQ(*actual, *expected) << i;
  }
}

TEST(YamlTree, SharesAnchoredNodes) {
  const YamlDocument document = ParseYaml("a: &x [1, 2]\nb: *x\n");
  ASSERT_TRUE(document.root()["b"].IsSequence());
  EXPECT_EQ(document.root()["b"][1].Scalar(), "2");
}

// The loader's trees used to be yaml-cpp nodes made without positions; asking a scalar for a
// key threw this, and still does.
TEST(YamlTree, SubscriptingAScalarThrowsAsYamlCppDoes) {
  const YamlDocument document = ParseYaml("a: text\n");
  std::string expected, actual;
  try {
    YAML::Node scalar("text");
    scalar["name"];
  } catch (const YAML::BadSubscript& e) {
    expected = e.what();
  }
  try {
    document.root()["a"]["name"];
  } catch (const YAML::BadSubscript& e) {
    actual = e.what();
  }
  EXPECT_FALSE(expected.empty());
  EXPECT_EQ(actual, expected);
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
  EXPECT_EQ(Difference(ParseYaml(text).root(), YAML::Load(text)), "");
}

}  // namespace
}  // namespace sanus::knowledge
