// Negation and context, checked through the full text pipeline on the default knowledge base.
#include "text/context.h"

#include <gtest/gtest.h>

#include "knowledge/loader.h"
#include "text/understanding.h"

namespace sanus::text {
namespace {

class ContextTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    outcome_ = new knowledge::LoadOutcome(knowledge::LoadKnowledge(knowledge::EmbeddedKnowledgeFiles()));
    understanding_ = TextUnderstanding::Create(outcome_->kb, nullptr).release();
  }
  static void TearDownTestSuite() {
    delete understanding_;
    delete outcome_;
  }

  // "present", "absent" or "" (not found) for one finding id.
  static std::string Status(const std::string& text, const std::string& finding_id) {
    for (const auto& f : understanding_->Understand(text).findings) {
      if (outcome_->kb.finding(f.finding).id == finding_id) {
        return f.presence == Presence::kPresent ? "present" : "absent";
      }
    }
    return "";
  }

  static knowledge::LoadOutcome* outcome_;
  static TextUnderstanding* understanding_;
};

knowledge::LoadOutcome* ContextTest::outcome_ = nullptr;
TextUnderstanding* ContextTest::understanding_ = nullptr;

TEST_F(ContextTest, AffirmedLayWords) {
  EXPECT_EQ(Status("I've been throwing up all night", "vomiting"), "present");
  EXPECT_EQ(Status("cant catch my breath", "shortness_of_breath"), "present");
  EXPECT_EQ(Status("pain in the chest", "chest_pain"), "present");
}

TEST_F(ContextTest, PhrasesSkipSidesSizesAndIntensifiers) {
  EXPECT_EQ(Status("a small sore lump on the edge of my top eyelid", "eyelid_lump"), "present");
  EXPECT_EQ(Status("pain in my left side", "flank_pain"), "present");
  EXPECT_EQ(Status("my chest really hurts", "chest_pain"), "present");
  // Skipping is optional: a synonym that names the word still wins.
  EXPECT_EQ(Status("lower back pain", "back_pain"), "present");
}

TEST_F(ContextTest, PlusVeIsPositiveAndMinusVeIsADenial) {
  EXPECT_EQ(Status("Kernig +ve, photophobia", "neck_stiffness"), "present");
  EXPECT_NE(Status("Kernig -ve", "neck_stiffness"), "present");
  EXPECT_EQ(Status("neck stiffness -ve", "neck_stiffness"), "absent");
}

TEST_F(ContextTest, ToleratesMisspellings) {
  EXPECT_EQ(Status("vomitting since morning", "vomiting"), "present");
  EXPECT_EQ(Status("bad hedache", "headache"), "present");
  EXPECT_EQ(Status("diarhea for two days", "diarrhoea"), "present");
}

TEST_F(ContextTest, Negation) {
  EXPECT_EQ(Status("no fever", "fever"), "absent");
  EXPECT_EQ(Status("denies chest pain", "chest_pain"), "absent");
  EXPECT_EQ(Status("I don't have a cough", "cough"), "absent");
  EXPECT_EQ(Status("fever: no", "fever"), "absent");
  EXPECT_EQ(Status("my wife hasn't said I snore", "loud_snoring"), "absent");
}

TEST_F(ContextTest, NegationCarriesAlongAList) {
  EXPECT_EQ(Status("no fever or cough", "cough"), "absent");
  EXPECT_EQ(Status("denies chest pain, vomiting, headache", "headache"), "absent");
  // A list closed by "or" is one denial, even with a plain "no" and an item that is no finding.
  EXPECT_EQ(Status("no fever, rash or vomiting", "rash"), "absent");
  EXPECT_EQ(Status("no fever, rash or vomiting", "vomiting"), "absent");
  EXPECT_EQ(Status("denies suicidal ideation, plans or self-harm", "suicidal_thoughts"), "absent");
}

TEST_F(ContextTest, NegationStopsAtANewStatement) {
  // A comma after a plain "no" starts a new statement: the chest pain is real.
  EXPECT_EQ(Status("no fever, chest pain for an hour", "chest_pain"), "present");
  EXPECT_EQ(Status("no fever, headache and vomiting since last night", "vomiting"), "present");
  EXPECT_EQ(Status("no cough but a fever since yesterday", "fever"), "present");
  EXPECT_EQ(Status("not sure if it's a fever", "fever"), "present");
}

TEST_F(ContextTest, OtherPeopleHistoryAndHypotheticals) {
  EXPECT_EQ(Status("my father had chest pain before he died", "chest_pain"), "");
  EXPECT_EQ(Status("call if you get chest pain", "chest_pain"), "");
  // A guessed cause is not a finding, but what someone saw and named stays.
  EXPECT_EQ(Status("I tried olive oil drops thinking it was wax", "earwax_seen"), "");
  EXPECT_EQ(Status("he went stiff and jerking, I thought it was a fit", "seizure"), "present");
  EXPECT_EQ(Status("the GP hasnt seen the rash yet", "rash"), "present");
  EXPECT_EQ(Status("history of diabetes", "diabetes"), "present");  // a risk factor stays
  // A parent describing their child: the child is the patient.
  EXPECT_EQ(Status("my son has a fever", "fever"), "present");
  EXPECT_EQ(Status("I had a seizure last year", "seizure"), "");
  EXPECT_EQ(Status("she has been forgetful and confused over the last year", "confusion"), "present");
}

TEST_F(ContextTest, AWordThatPointsBackNamesTheEarlierThingAgain) {
  // "the fits" after "coughing fits" are the coughing fits, not seizures.
  EXPECT_EQ(Status("3 weeks of coughing fits, fine in between the fits", "seizure"), "");
  EXPECT_EQ(Status("3 weeks of coughing fits, fine in between the fits", "paroxysmal_cough"), "present");
  // Without a pointing word a fit stands on its own.
  EXPECT_EQ(Status("coughing fits and then he had a fit", "seizure"), "present");
}

TEST_F(ContextTest, InflectionsWithAMeaningOfTheirOwnKeepIt) {
  EXPECT_EQ(Status("I've got a banging head", "headache"), "present");
  EXPECT_EQ(Status("I've got a banging head", "head_injury"), "");
  EXPECT_EQ(Status("banged my head on the cupboard", "head_injury"), "present");
  EXPECT_EQ(Status("he is fitting now", "seizure"), "present");
  EXPECT_EQ(Status("i feel tearful", "low_mood"), "present");
}

TEST_F(ContextTest, AGeneralWordSaidOfABodyPartIsThatPartsFinding) {
  // An itch of a lump at the bottom is an itchy bottom, not itching all over (which in late
  // pregnancy would suggest obstetric cholestasis).
  EXPECT_EQ(Status("a soft lump at my bum that's itchy and sore", "anal_itching"), "present");
  EXPECT_EQ(Status("a soft lump at my bum that's itchy and sore", "itching"), "");
  // An event keeps its meaning: jerking limbs are a fit.
  EXPECT_EQ(Status("she went stiff then her arms and legs were jerking", "seizure"), "present");
}

TEST_F(ContextTest, ADeniedListClosedByOrDeniesEveryItemEvenPastANonFinding) {
  EXPECT_EQ(Status("Asymptomatic - no headache, visual sx, chest pain or SOB.", "chest_pain"), "absent");
  EXPECT_EQ(Status("Asymptomatic - no headache, visual sx, chest pain or SOB.", "shortness_of_breath"), "absent");
  EXPECT_EQ(Status("No headache, scalp tenderness, jaw claudication or visual sx.", "jaw_claudication"), "absent");
  // A finding already denied opens the list too.
  EXPECT_EQ(Status("never had chest pain, palpitations or fainting", "fainting"), "absent");
  // A "no" that belongs to a finding or says nothing opens no list: the chest pain stays.
  EXPECT_EQ(Status("woke with no energy, chest pain, breathless or sweaty", "chest_pain"), "present");
  EXPECT_EQ(Status("I have no idea why, my chest hurts, cough or cold", "chest_pain"), "present");
  // A long statement between the denial and the list ends the denial there.
  EXPECT_EQ(Status("No fever, then yesterday I started getting really bad crushing chest pain going into my "
                   "arm, sweating, nausea or dizziness",
                   "sweating"),
            "present");
  // Without an "or" to close it, a comma after a denial still starts a new statement.
  EXPECT_EQ(Status("no fever, chest pain for an hour", "chest_pain"), "present");
}

TEST_F(ContextTest, ExaminationGradesAndOtherSensesOfAWordAreNotFindings) {
  EXPECT_EQ(Status("faint bibasal crackles", "fainting"), "");
  EXPECT_EQ(Status("faint bibasal crackles", "crackles"), "present");
  // The tender tube at the back of a testicle is the epididymis, and it is testicular pain too.
  EXPECT_EQ(Status("the tube bit at the back is really tender", "epididymal_tenderness"), "present");
  EXPECT_EQ(Status("coarse dry skin, slow relaxing ankle jerks, no goitre", "seizure"), "");
  EXPECT_EQ(Status("the pain shoots up into my right ear", "injecting_drug_use"), "");
  EXPECT_EQ(Status("normally runs 5k", "diarrhoea"), "");
  EXPECT_EQ(Status("got the runs since the curry", "diarrhoea"), "present");
  // A bracket closes a unit: a low fT4 is not a low haemoglobin.
  EXPECT_EQ(Status("fT4 7 (low), Hb 121", "anaemia"), "absent");
}

TEST_F(ContextTest, ValuesDeriveFindings) {
  EXPECT_EQ(Status("temp 39.4", "fever"), "present");
  EXPECT_EQ(Status("temp 37.1", "fever"), "absent");
  EXPECT_EQ(Status("sats 88%", "low_oxygen"), "present");
  EXPECT_EQ(Status("my finger monitor says 90-91%", "low_oxygen"), "present");
  // A stated fever is not cancelled by a normal reading elsewhere.
  EXPECT_EQ(Status("feverish, temp 37.2 now", "fever"), "present");
}

}  // namespace
}  // namespace sanus::text
