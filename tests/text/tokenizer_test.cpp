#include "text/tokenizer.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace sanus::text {
namespace {

TEST(Tokenizer, LowercasesFoldsApostrophesAndKeepsOffsets) {
  const std::string text = "I Can't breathe, temp 38.5!";
  const auto tokens = Tokenize(text);
  ASSERT_EQ(tokens.size(), 7u);
  EXPECT_EQ(tokens[1].text, "cant");
  EXPECT_EQ(text.substr(tokens[1].begin, tokens[1].end - tokens[1].begin), "Can't");
  EXPECT_EQ(tokens[3].kind, TokenKind::kComma);
  EXPECT_EQ(tokens[5].text, "38.5");
  EXPECT_EQ(tokens[5].kind, TokenKind::kNumber);
  EXPECT_EQ(tokens[6].kind, TokenKind::kClauseEnd);
}

TEST(Tokenizer, HandlesCurlyApostropheAndEmptyText) {
  const auto tokens = Tokenize("don\xE2\x80\x99t");
  ASSERT_EQ(tokens.size(), 1u);
  EXPECT_EQ(tokens[0].text, "dont");
  EXPECT_TRUE(Tokenize("").empty());
}

TEST(Tokenizer, ReadsAComparisonAsAWordButNotAnArrow) {
  const auto tokens = Tokenize("CRT < 3 s, HR > 100, cough -> SOB");
  std::vector<std::string> words;
  for (const auto& t : tokens) words.push_back(t.text);
  EXPECT_EQ(words, (std::vector<std::string>{"crt", "under", "3", "s", ",", "hr", "over", "100", ",", "cough",
                                             "-", "sob"}));
}

TEST(Tokenizer, ReadsAHashAsAFractureButNotBeforeANumber) {
  const auto tokens = Tokenize("# clavicle, scaphoid #, item #2");
  std::vector<std::string> words;
  for (const auto& t : tokens) words.push_back(t.text);
  EXPECT_EQ(words, (std::vector<std::string>{"fracture", "clavicle", ",", "scaphoid", "fracture", ",", "item", "2"}));
}

TEST(Tokenizer, SurvivesArbitraryBytes) {
  std::string junk;
  for (int i = 0; i < 256; ++i) junk += static_cast<char>(i);
  EXPECT_NO_THROW(Tokenize(junk));
}

}  // namespace
}  // namespace sanus::text
