#include "knowledge/knowledge_files.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

namespace sanus::knowledge {
namespace {

std::vector<std::string> Paths(const std::vector<KnowledgeFile>& files) {
  std::vector<std::string> paths;
  for (const auto& f : files) paths.push_back(f.path);
  return paths;
}

TEST(KnowledgeFiles, PathsAreRelativeToTheDirectoryAndSorted) {
  auto files = ReadKnowledgeDirectory(std::string(SANUS_TEST_DATA) + "/mini_kb");
  ASSERT_TRUE(files.ok()) << files.status().message();
  ASSERT_FALSE(files->empty());
  const auto paths = Paths(*files);
  EXPECT_TRUE(std::is_sorted(paths.begin(), paths.end()));
  for (const auto& p : paths) {
    EXPECT_NE(p.front(), '/') << p;
    EXPECT_NE(p.rfind("./", 0), 0u) << p;
    EXPECT_EQ(p.find("mini_kb"), std::string::npos) << p;
  }
}

// The paths go into the knowledge version hash, so every spelling of the same directory must
// give the same files.
TEST(KnowledgeFiles, EverySpellingOfTheDirectoryReadsTheSameFiles) {
  const std::string dir = std::string(SANUS_TEST_DATA) + "/mini_kb";
  auto plain = ReadKnowledgeDirectory(dir);
  ASSERT_TRUE(plain.ok());
  for (const std::string& spelling : {dir + "/", dir + "/.", dir + "//", dir + "/../mini_kb"}) {
    auto files = ReadKnowledgeDirectory(spelling);
    ASSERT_TRUE(files.ok()) << spelling;
    EXPECT_EQ(Paths(*files), Paths(*plain)) << spelling;
  }
}

TEST(KnowledgeFiles, TheKnowledgeDirectoryReadsAsTheEmbeddedCopy) {
  auto files = ReadKnowledgeDirectory(SANUS_KNOWLEDGE_DIR);
  ASSERT_TRUE(files.ok());
  const auto embedded = EmbeddedKnowledgeFiles();
  ASSERT_EQ(Paths(*files), Paths(embedded));
  for (size_t i = 0; i < embedded.size(); ++i) {
    EXPECT_EQ((*files)[i].content, embedded[i].content) << embedded[i].path;
  }
}

TEST(KnowledgeFiles, TheEmbeddedViewsReadAsTheEmbeddedCopy) {
  const auto embedded = EmbeddedKnowledgeFiles();
  const auto views = EmbeddedKnowledgeFileViews();
  ASSERT_EQ(views.size(), embedded.size());
  for (size_t i = 0; i < embedded.size(); ++i) {
    EXPECT_EQ(views[i].path, embedded[i].path);
    EXPECT_EQ(views[i].content, embedded[i].content) << embedded[i].path;
  }
}

}  // namespace
}  // namespace sanus::knowledge
