#include "knowledge/parse_ahead.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace sanus::knowledge {
namespace {

TEST(ParseAhead, GivesEveryTreeInOrderAndReportsBrokenYaml) {
  std::vector<KnowledgeFile> files;
  for (int i = 0; i < 100; ++i) {
    files.push_back({"f" + std::to_string(i), i == 57 ? "- id: [unclosed\n" : "- id: n" + std::to_string(i) + "\n"});
  }
  std::vector<const KnowledgeFile*> order;
  for (const auto& f : files) order.push_back(&f);
  ParseAhead parsed(order);
  for (size_t i = 0; i < files.size(); ++i) {
    const ParsedFile file = parsed.Take(i);
    if (i == 57) {
      EXPECT_FALSE(file.root);
      EXPECT_FALSE(file.error.empty());
    } else {
      ASSERT_TRUE(file.root);
      EXPECT_EQ((*file.root)[0]["id"].as<std::string>(), "n" + std::to_string(i));
    }
  }
}

TEST(ParseAhead, StopsCleanlyWhenTheReaderStopsEarly) {
  std::vector<KnowledgeFile> files(200, KnowledgeFile{"f", "- id: x\n"});
  std::vector<const KnowledgeFile*> order;
  for (const auto& f : files) order.push_back(&f);
  ParseAhead parsed(order);
  EXPECT_TRUE(parsed.Take(0).root);
  // The destructor stops the parser while it waits for the reader: no hang, no crash.
}

}  // namespace
}  // namespace sanus::knowledge
