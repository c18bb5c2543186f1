// `sanus ask` on the default knowledge base: answers cite, the uncovered is declined, an
// emergency now is escalated first and a question about one is not.
#include <gtest/gtest.h>

#include "ask/passage_index.h"
#include "default_engine.h"

namespace sanus {
namespace {

ClinicalAnswer Ask(const std::string& question, Mode mode = Mode::kPatient) {
  AskRequest request;
  request.question = question;
  request.mode = mode;
  auto a = testing::DefaultEngine().Ask(request);
  EXPECT_TRUE(a.ok()) << a.status().message();
  return a.ok() ? *a : ClinicalAnswer{};
}

TEST(Ask, EverySentenceCitesAListedSource) {
  const auto a = Ask("how long does chickenpox last in kids");
  ASSERT_EQ(a.status, "answered");
  ASSERT_FALSE(a.sentences.empty());
  for (const auto& s : a.sentences) {
    ASSERT_FALSE(s.citations.empty()) << s.text;
    for (int n : s.citations) {
      EXPECT_TRUE(n >= 1 && n <= static_cast<int>(a.sources.size())) << n;
    }
  }
  for (const auto& p : a.sources) EXPECT_FALSE(p.url.empty()) << p.passage_id;
  EXPECT_NE(std::find(a.topics.begin(), a.topics.end(), "chickenpox"), a.topics.end());
}

TEST(Ask, ATreatmentQuestionIsAnsweredFromTheTreatmentLines) {
  const auto a = Ask("what antibiotic for community acquired pneumonia, mild", Mode::kClinician);
  ASSERT_EQ(a.status, "answered");
  EXPECT_EQ(a.intent, "treatment");
  EXPECT_NE(a.sentences.front().text.find("Amoxicillin"), std::string::npos) << a.sentences.front().text;
}

TEST(Ask, AnInteractionQuestionLeadsWithTheInteraction) {
  const auto a = Ask("clarithromycin simvastatin interaction?", Mode::kClinician);
  ASSERT_EQ(a.status, "answered");
  EXPECT_NE(a.sentences.front().text.find("contraindicated"), std::string::npos) << a.sentences.front().text;
}

TEST(Ask, SaysItDoesNotKnowRatherThanGuess) {
  EXPECT_EQ(Ask("what's the capital of France").status, "out_of_scope");
  EXPECT_EQ(Ask("best laptop for gaming under 1000").status, "out_of_scope");
  const auto uncovered = Ask("what is the treatment for Wilson's disease");
  EXPECT_EQ(uncovered.status, "not_found");
  EXPECT_TRUE(uncovered.sentences.empty());
}

TEST(Ask, AnEmergencyHappeningNowIsEscalatedFirst) {
  const auto a = Ask("my dad has crushing chest pain and is sweating what do i do");
  ASSERT_TRUE(a.escalation.has_value());
  EXPECT_GE(a.escalation->level, TriageLevel::kEmergency);
}

TEST(Ask, AQuestionAboutAnEmergencyIsNotOne) {
  EXPECT_FALSE(Ask("what are the warning signs of a stroke?").escalation.has_value());
  EXPECT_FALSE(Ask("how is meningitis spread").escalation.has_value());
}

TEST(Ask, RefusesBadRequests) {
  AskRequest empty;
  empty.question = "   ";
  EXPECT_EQ(testing::DefaultEngine().Ask(empty).status().code(), StatusCode::kInvalidArgument);
  AskRequest missing_index;
  missing_index.question = "chickenpox";
  missing_index.index_dir = "/nonexistent/sanus-index";
  EXPECT_EQ(testing::DefaultEngine().Ask(missing_index).status().code(), StatusCode::kNotFound);
}

TEST(PassageIndex, ASynonymFindsThePassageAndStopWordsDoNot) {
  auto index = ask::PassageIndex::Temporary();
  ASSERT_TRUE(index.ok());
  ask::IndexedPassage p;
  p.passage.id = "t:1";
  p.passage.text = "Vomiting in children usually settles within a day or two.";
  p.passage.topic = "gastroenteritis";
  (*index)->Add(p);
  (*index)->AddSynonyms({{"vomiting", "puking"}});
  ASSERT_TRUE((*index)->Commit().ok());
  EXPECT_EQ((*index)->Search("is puking normal", {}, 5).size(), 1u);
  EXPECT_TRUE((*index)->Search("what is the", {}, 5).empty());
}

}  // namespace
}  // namespace sanus
