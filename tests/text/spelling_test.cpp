#include "text/spelling.h"

#include <gtest/gtest.h>

namespace sanus::text {
namespace {

TEST(EditDistance, CountsTranspositionAsOne) {
  EXPECT_EQ(EditDistance("chest", "chset", 3), 1);
  EXPECT_EQ(EditDistance("vomiting", "vomitting", 3), 1);
  EXPECT_EQ(EditDistance("abc", "xyz", 1), 2);  // stops above the limit
}

TEST(SpellingCorrector, CorrectsCommonMisspellings) {
  SpellingCorrector speller({"vomiting", "diarrhea", "headache", "breathe", "stomach"});
  EXPECT_EQ(speller.Correct("vomitting"), "vomiting");
  EXPECT_EQ(speller.Correct("diarhea"), "diarrhea");
  EXPECT_EQ(speller.Correct("hedache"), "headache");
  EXPECT_EQ(speller.Correct("stomache"), "stomach");
}

TEST(SpellingCorrector, LeavesKnownShortAndAmbiguousWordsAlone) {
  SpellingCorrector speller({"fever", "cough", "sweats", "sweaty"});
  EXPECT_EQ(speller.Correct("fever"), std::nullopt);   // known
  EXPECT_EQ(speller.Correct("coff"), std::nullopt);    // too short to guess
  EXPECT_EQ(speller.Correct("sweatx"), std::nullopt);  // sweats and sweaty are equally close
}

TEST(SpellingCorrector, LeavesRealEnglishWordsAlone) {
  SpellingCorrector speller({"barking", "bleeding", "swelling"});
  EXPECT_EQ(speller.Correct("baking"), std::nullopt);    // a hot baking tray, not a barking cough
  EXPECT_EQ(speller.Correct("breeding"), std::nullopt);  // an English word too
  EXPECT_EQ(speller.Correct("swellling"), "swelling");   // not a word: a slip of the keys
}

}  // namespace
}  // namespace sanus::text
