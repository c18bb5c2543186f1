// End to end through the public API: red-flag presentations written in many ways reach an
// emergency level; clearly benign complaints do not; bad input gets a clear error.
#include "default_engine.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <tuple>

namespace sanus {
namespace {

class EngineTest : public ::testing::Test {
 protected:

  static Assessment Assess(const std::string& text, std::optional<double> age = std::nullopt,
                           Sex sex = Sex::kUnknown) {
    auto a = testing::DefaultEngine().Assess({text, age, sex, Mode::kPatient, {}, {}});
    EXPECT_TRUE(a.ok()) << a.status().message();
    return a.ok() ? *a : Assessment{};
  }

};


struct Phrasing {
  const char* text;
  double age;
};

TEST_F(EngineTest, RedFlagPresentationsInManyWordingsAreEmergencies) {
  const Phrasing cases[] = {
      {"crushing pain in my chest for 40 minutes, going down my left arm, sweating", 58},
      {"chest hurts real bad and im all sweaty n clammy", 61},
      {"my dad is 70 and says his chest is tight and the pain goes into his jaw", 70},
      {"her face has dropped on one side and her speech is slurred", 77},
      {"sudden worst headache of my life, came on like a thunderclap", 45},
      {"my baby is floppy and has a rash that doesnt fade under a glass", 1},
      {"lips swelling up and cant breathe after eating peanuts", 22},
      {"throwing up blood", 50},
      {"I want to kill myself tonight", 30},
      {"fell and hit my head, now very drowsy and been sick twice", 35},
      {"pt 34F, 7 wks pregnant, lower abdo pain and PV bleeding, fainted", 34},
      {"my 6 week old has a temperature of 38.3", 0.12},
      {"cant catch my breath, cant finish a sentence, lips going blue", 40},
  };
  for (const auto& c : cases) {
    const Assessment a = Assess(c.text, c.age);
    EXPECT_TRUE(IsEmergency(a.triage.level))
        << "\"" << c.text << "\" gave " << TriageLevelName(a.triage.level);
  }
}

TEST_F(EngineTest, BenignComplaintsAreNotEmergencies) {
  const Phrasing cases[] = {
      {"runny nose and sneezing for two days, bit of a sore throat", 28},
      {"itchy dry skin patches in the creases of my elbows", 9},
      {"heartburn after big meals", 45},
      {"rolled my ankle playing football, bit swollen but can walk on it", 24},
      {"blocked nose and pressure over my cheeks for a week", 38},
  };
  for (const auto& c : cases) {
    const Assessment a = Assess(c.text, c.age);
    EXPECT_FALSE(IsEmergency(a.triage.level))
        << "\"" << c.text << "\" gave " << TriageLevelName(a.triage.level);
  }
}

TEST_F(EngineTest, BareChestPainInAMiddleAgedAdultIsNeverSelfCare) {
  // A must-not-miss condition that cannot be ruled out sends the person to a doctor today.
  EXPECT_GE(Assess("chest pain", 55).triage.level, TriageLevel::kUrgent);
  EXPECT_GE(Assess("pain in my chest", 70, Sex::kFemale).triage.level, TriageLevel::kUrgent);
}

TEST_F(EngineTest, DifferentialIsRankedWithCitations) {
  const Assessment a = Assess("crushing chest pain radiating to my left arm and sweating", 58, Sex::kMale);
  ASSERT_FALSE(a.conditions.empty());
  EXPECT_EQ(a.conditions[0].id, "acute_coronary_syndrome");
  for (size_t i = 1; i < a.conditions.size(); ++i) {
    EXPECT_GE(a.conditions[i - 1].probability, a.conditions[i].probability);
  }
  for (const auto& c : a.conditions) EXPECT_FALSE(c.citations.empty()) << c.id;
  for (const auto& r : a.triage.reasons) {
    if (r.rule_id != "unrecognised") {
      EXPECT_FALSE(r.citations.empty()) << r.rule_id;
    }
  }
  EXPECT_FALSE(a.conditions[0].supporting.empty());
}

TEST_F(EngineTest, ImpossibleConditionsAreExcludedBySex) {
  const Assessment a = Assess("sudden severe pain in my testicle and vomiting", 15, Sex::kMale);
  ASSERT_FALSE(a.conditions.empty());
  for (const auto& c : a.conditions) EXPECT_NE(c.id, "ectopic_pregnancy");
}

// Pre-eclampsia presents after 20 weeks and a miscarriage before 24: the stated week of
// pregnancy moves them.
TEST_F(EngineTest, TheWeekOfPregnancyWeighsConditionsThatHaveOne) {
  auto probability = [](const Assessment& a, const std::string& id) {
    for (const auto& c : a.conditions) {
      if (c.id == id) return c.probability;
    }
    return 0.0;
  };
  const Assessment early = Assess("I'm 7 weeks pregnant and have a headache", 30, Sex::kFemale);
  const Assessment late = Assess("I'm 34 weeks pregnant and have a headache", 30, Sex::kFemale);
  EXPECT_LT(probability(early, "pre_eclampsia") * 10, probability(late, "pre_eclampsia"));
  const Assessment bleeding = Assess("30 weeks pregnant with some vaginal bleeding", 30, Sex::kFemale);
  EXPECT_LT(probability(bleeding, "miscarriage"), 0.05);
}

TEST_F(EngineTest, BadInputGetsAClearError) {
  auto empty = testing::DefaultEngine().Assess({"   ", std::nullopt, Sex::kUnknown, Mode::kPatient, {}, {}});
  EXPECT_EQ(empty.status().code(), StatusCode::kInvalidArgument);
  auto long_text = testing::DefaultEngine().Assess({std::string(20001, 'a'), std::nullopt, Sex::kUnknown, Mode::kPatient, {}, {}});
  EXPECT_EQ(long_text.status().code(), StatusCode::kInvalidArgument);
  auto bad_age = testing::DefaultEngine().Assess({"cough", -3.0, Sex::kUnknown, Mode::kPatient, {}, {}});
  EXPECT_EQ(bad_age.status().code(), StatusCode::kInvalidArgument);
  AssessRequest unknown_finding;
  unknown_finding.findings = {{"no_such_finding", Presence::kPresent}};
  auto r = testing::DefaultEngine().Assess(unknown_finding);
  EXPECT_EQ(r.status().code(), StatusCode::kInvalidArgument);
  EXPECT_NE(r.status().message().find("no_such_finding"), std::string::npos);
}

TEST_F(EngineTest, HostileTextOfTheMaximumLengthIsAssessed) {
  // Long runs of numbers, units and punctuation, and arbitrary bytes: no crash, no error.
  std::string numbers;
  while (numbers.size() < 19990) numbers += "38.5 c 120/80 7/40 for 3 days ";
  std::string bytes;
  for (int i = 0; bytes.size() < 20000; ++i) bytes += static_cast<char>((i * 7919) % 256);
  std::string words;
  while (words.size() < 19990) words += "no no no not denies chest pain if ";
  for (const std::string* text : {&numbers, &bytes, &words}) {
    auto a = testing::DefaultEngine().Assess({text->substr(0, 20000), 40.0, Sex::kUnknown, Mode::kPatient, {}, {}});
    EXPECT_TRUE(a.ok()) << a.status().message();
  }
}

TEST_F(EngineTest, DefaultKnowledgeBaseMeetsTheCoverageFloor) {
  const KnowledgeStats s = testing::DefaultEngine().Stats();
  EXPECT_GE(s.conditions, 60);
  EXPECT_GT(s.red_flag_rules, 0);
  EXPECT_TRUE(Engine::CheckKnowledge("").empty());
}

TEST_F(EngineTest, LoadsFromADirectoryAndReportsAMissingOne) {
  EXPECT_TRUE(Engine::CreateFromDirectory(SANUS_KNOWLEDGE_DIR).ok());
  auto missing = Engine::CreateFromDirectory("/no/such/knowledge");
  EXPECT_EQ(missing.status().code(), StatusCode::kNotFound);
}

// The knowledge directory and its embedded copy are the same knowledge: same version, same
// counts and the same assessment, however the directory is spelt.
TEST_F(EngineTest, DirectoryAndEmbeddedCopyGiveTheSameEngine) {
  const Engine& embedded = testing::DefaultEngine();
  const AssessRequest request{"crushing chest pain going down my left arm, sweating, short of breath",
                              58.0, Sex::kMale, Mode::kClinician, {}, {}};
  const auto expected = embedded.Assess(request);
  ASSERT_TRUE(expected.ok());
  for (const std::string& dir : {std::string(SANUS_KNOWLEDGE_DIR), std::string(SANUS_KNOWLEDGE_DIR) + "/"}) {
    auto loaded = Engine::CreateFromDirectory(dir);
    ASSERT_TRUE(loaded.ok()) << loaded.status().message();
    const Engine& engine = **loaded;
    EXPECT_EQ(engine.KnowledgeVersion(), embedded.KnowledgeVersion()) << dir;
    const KnowledgeStats s = engine.Stats(), e = embedded.Stats();
    EXPECT_EQ(std::tie(s.conditions, s.findings, s.synonyms, s.red_flag_rules, s.sources, s.guidance,
                       s.medicines, s.interactions),
              std::tie(e.conditions, e.findings, e.synonyms, e.red_flag_rules, e.sources, e.guidance,
                       e.medicines, e.interactions));
    const auto a = engine.Assess(request);
    ASSERT_TRUE(a.ok());
    EXPECT_EQ(a->triage.level, expected->triage.level);
    ASSERT_EQ(a->conditions.size(), expected->conditions.size());
    for (size_t i = 0; i < a->conditions.size(); ++i) {
      EXPECT_EQ(a->conditions[i].id, expected->conditions[i].id);
      EXPECT_DOUBLE_EQ(a->conditions[i].probability, expected->conditions[i].probability);
    }
  }
}

}  // namespace
}  // namespace sanus

namespace sanus {
namespace {

TEST(EngineUnderstanding, APhraseDoesNotRunIntoTheClauseACommaOpens) {
  AssessRequest request;
  request.text = "positive pregnancy test last week, now sudden pain low on one side";
  auto a = testing::DefaultEngine().Assess(request);
  ASSERT_TRUE(a.ok());
  for (const auto& f : a->findings) EXPECT_NE(f.finding_id, "lasting_over_two_weeks") << f.span;
}


std::vector<std::string> FindingsWith(const std::string& text, Presence presence) {
  AssessRequest request;
  request.text = text;
  auto a = testing::DefaultEngine().Assess(request);
  EXPECT_TRUE(a.ok());
  std::vector<std::string> ids;
  for (const auto& f : a->findings) {
    if (f.presence == presence) ids.push_back(f.finding_id);
  }
  return ids;
}

std::vector<std::string> PresentFindings(const std::string& text) { return FindingsWith(text, Presence::kPresent); }
std::vector<std::string> AbsentFindings(const std::string& text) { return FindingsWith(text, Presence::kAbsent); }

bool Has(const std::vector<std::string>& ids, const std::string& id) {
  return std::find(ids.begin(), ids.end(), id) != ids.end();
}

TEST(EngineUnderstanding, ABodyPartNamedOnceCarriesToTheWordsThatDescribeIt) {
  const auto eye = PresentFindings("my left eye has got more and more painful since yesterday, watering loads");
  EXPECT_TRUE(Has(eye, "eye_pain"));
  EXPECT_TRUE(Has(eye, "watery_eye"));
}

TEST(EngineUnderstanding, TheCarryStopsAtTheNextBodyPartAndAtADenial) {
  EXPECT_FALSE(Has(PresentFindings("my eye is fine, my nose is running and watering"), "watery_eye"));
  EXPECT_FALSE(Has(PresentFindings("my eye had a bit of grit in it yesterday, no pain now"), "eye_pain"));
  EXPECT_FALSE(Has(PresentFindings("my eye feels ok. painful wrist after the fall"), "eye_pain"));
  // "yellow" describes the discharge it stands before, not the eyes.
  EXPECT_FALSE(Has(PresentFindings("both eyes are red, woke up with them glued shut with yellow gunk"), "jaundice"));
}

TEST(EngineUnderstanding, ADenialReportsItsFindingAbsentAndADeniedDenialPresent) {
  const auto absent = AbsentFindings("33F known asthma, talking in full sentences, afebrile, GCS 15, neck supple");
  EXPECT_TRUE(Has(absent, "severe_breathlessness"));
  EXPECT_TRUE(Has(absent, "fever"));
  EXPECT_TRUE(Has(absent, "drowsiness"));
  EXPECT_TRUE(Has(absent, "neck_stiffness"));
  // "not talking in full sentences" is the alarm sign itself.
  EXPECT_TRUE(Has(PresentFindings("wheezy and not talking in full sentences"), "severe_breathlessness"));
}

TEST(EngineUnderstanding, ANegationIsNeverSpellCorrectedAway) {
  // "arent" is not in any synonym; correcting it to "are" once made this bone tenderness.
  EXPECT_FALSE(Has(PresentFindings("the ankle bones themselves arent tender when i press"), "bone_tenderness_ankle"));
}

TEST(EngineUnderstanding, FindingAnObjectOnTheFloorIsNotAFall) {
  EXPECT_FALSE(Has(PresentFindings("I found the key fob open on the floor and the battery is gone"), "unable_to_get_up"));
  EXPECT_TRUE(Has(PresentFindings("we found her on the floor this morning"), "unable_to_get_up"));
}

TEST(EngineUnderstanding, APhraseFollowedByOfMyBodyPartIsAboutThatPart) {
  // "pain in both sides" alone is flank pain; "... of my forehead" makes it a headache.
  const auto forehead = PresentFindings("pain in both sides of my forehead since this morning");
  EXPECT_TRUE(Has(forehead, "headache"));
  EXPECT_FALSE(Has(forehead, "flank_pain"));
  // "back" is not a part the phrase is moved to: the flanks stay the flanks.
  EXPECT_TRUE(Has(PresentFindings("pain in both sides of my back low down"), "flank_pain"));
}

TEST(EngineUnderstanding, AFitThatNeverHappenedBeforeIsAFirstSeizure) {
  AssessRequest request;
  request.text = "my dad went rigid and was shaking all over on the kitchen floor for a minute, "
                 "this has never happened before, he is drowsy now";
  request.age_years = 58;
  auto a = testing::DefaultEngine().Assess(request);
  ASSERT_TRUE(a.ok());
  EXPECT_EQ(a->triage.level, TriageLevel::kEmergencyAmbulance);
  // Being fit is not a fit.
  request.text = "I'm pretty fit and this has never happened before, my knee swelled up after football";
  a = testing::DefaultEngine().Assess(request);
  ASSERT_TRUE(a.ok());
  EXPECT_LT(a->triage.level, TriageLevel::kEmergency);
  // "Never happened before" names no illness by itself.
  request.text = "a rash on my arm, never happened before";
  a = testing::DefaultEngine().Assess(request);
  ASSERT_TRUE(a.ok());
  EXPECT_LT(a->triage.level, TriageLevel::kEmergency);
}

TEST(EngineUnderstanding, ARescueMedicineNamedIsNotTheSeizureItTreats) {
  // "no buccal midazolam available" once denied a prolonged seizure.
  const auto present = PresentFindings("GTC seizure ongoing over 5 min, no rescue buccal midazolam available");
  EXPECT_TRUE(Has(present, "prolonged_seizure"));
}

}  // namespace
}  // namespace sanus
