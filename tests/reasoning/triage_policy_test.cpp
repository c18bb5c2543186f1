// The safety properties of triage, on the default knowledge base (DESIGN.md):
// adding a red-flag finding never lowers the level; unknown input never lowers it;
// contradictory input never lowers it; nothing understood is never self-care.
#include <gtest/gtest.h>

#include <random>
#include <set>

#include "default_engine.h"

namespace sanus {
namespace {

class TriageSafety : public ::testing::Test {
 protected:

  static TriageLevel Level(const AssessRequest& request) {
    auto a = testing::DefaultEngine().Assess(request);
    EXPECT_TRUE(a.ok()) << a.status().message();
    return a.ok() ? a->triage.level : TriageLevel::kSelfCare;
  }

  static std::vector<std::string> RedFlagFindings() { return testing::DefaultEngine().RedFlagFindings(); }

  // Every finding some rule reads.
  static std::vector<std::string> RuleFindings() {
    std::set<std::string> ids;
    for (const auto& rule : testing::DefaultEngine().RedFlagRules()) {
      ids.insert(rule.all.begin(), rule.all.end());
      ids.insert(rule.any.begin(), rule.any.end());
    }
    return {ids.begin(), ids.end()};
  }

  static std::set<std::string> FiredRules(const AssessRequest& request) {
    std::set<std::string> fired;
    auto a = testing::DefaultEngine().Assess(request);
    EXPECT_TRUE(a.ok());
    for (const auto& r : a->triage.reasons) {
      if (r.rule_id.rfind("rf_", 0) == 0) fired.insert(r.rule_id);
    }
    return fired;
  }

};


// Every finding id, by reading them out of a broad assessment is not possible through the
// public API, so the property test draws from the red-flag findings plus common symptoms.
const std::vector<std::string> kCommonFindings{
    "fever", "cough", "headache", "abdominal_pain", "vomiting", "diarrhoea", "sore_throat",
    "runny_nose", "back_pain", "rash", "fatigue", "nausea", "dizziness", "joint_pain", "ear_pain"};

TEST_F(TriageSafety, AddingARedFlagFindingNeverLowersTheLevel) {
  const auto red = RedFlagFindings();
  ASSERT_FALSE(red.empty());
  std::vector<std::string> pool = kCommonFindings;
  pool.insert(pool.end(), red.begin(), red.end());
  std::mt19937 rng(20261125);
  for (int trial = 0; trial < 400; ++trial) {
    AssessRequest base;
    const int n = 1 + static_cast<int>(rng() % 4);
    for (int i = 0; i < n; ++i) {
      // The first finding is present: with nothing present Sanus refuses to assess.
      const bool absent = i > 0 && rng() % 4 == 0;
      base.findings.push_back({pool[rng() % pool.size()], absent ? Presence::kAbsent : Presence::kPresent});
    }
    if (rng() % 2) base.age_years = static_cast<double>(rng() % 90);
    const TriageLevel before = Level(base);
    AssessRequest more = base;
    const std::string added = red[rng() % red.size()];
    more.findings.push_back({added, Presence::kPresent});
    EXPECT_GE(Level(more), before) << "adding " << added << " lowered the level (trial " << trial << ")";
  }
}

TEST_F(TriageSafety, AddingAnyFindingNeverUnfiresARule) {
  const auto rule_findings = RuleFindings();
  std::vector<std::string> pool = kCommonFindings;
  pool.insert(pool.end(), rule_findings.begin(), rule_findings.end());
  std::mt19937 rng(1125);
  for (int trial = 0; trial < 300; ++trial) {
    AssessRequest base;
    for (int i = 0; i < 1 + static_cast<int>(rng() % 4); ++i) {
      base.findings.push_back({pool[rng() % pool.size()], Presence::kPresent});
    }
    base.age_years = static_cast<double>(rng() % 90);
    AssessRequest more = base;
    more.findings.push_back({pool[rng() % pool.size()], Presence::kPresent});
    const auto before = FiredRules(base);
    const auto after = FiredRules(more);
    for (const auto& id : before) EXPECT_TRUE(after.count(id)) << id << " un-fired (trial " << trial << ")";
  }
}

TEST_F(TriageSafety, UnknownWordsNeverChangeTheLevel) {
  for (const char* text : {"crushing chest pain and sweating", "runny nose and sneezing",
                           "my baby has a fever", "sudden worst headache of my life"}) {
    AssessRequest plain{text, 40.0, Sex::kUnknown, Mode::kPatient, {}, {}};
    AssessRequest noisy = plain;
    noisy.text += " blorfing zqxv wibble the flarn";
    EXPECT_EQ(Level(noisy), Level(plain)) << text;
  }
}

TEST_F(TriageSafety, ContradictionKeepsThePresentFinding) {
  AssessRequest present;
  present.findings = {{"chest_pain", Presence::kPresent}, {"sweating", Presence::kPresent}};
  AssessRequest contradictory = present;
  contradictory.findings.push_back({"chest_pain", Presence::kAbsent});
  EXPECT_EQ(Level(contradictory), Level(present));
}

TEST_F(TriageSafety, AStatedFindingARedFlagWouldImplyStaysInTheVote) {
  // "cough" is implied by red flags such as coughing blood, but here the person says it: the
  // vote keeps it rather than weighing "a bit tired" alone, which is a doctor's visit.
  AssessRequest request{"10 days of a chesty cough bringing up yellow phlegm after a cold, no temperature, "
                        "not short of breath, a bit tired",
                        40.0, Sex::kFemale, Mode::kPatient, {}, {}};
  EXPECT_EQ(Level(request), TriageLevel::kSelfCare);
  // What a red flag implies still comes with it: coughing blood is never self-care.
  request.text += ", coughing up blood";
  EXPECT_GE(Level(request), TriageLevel::kUrgent);
}

TEST_F(TriageSafety, NothingUnderstoodIsAConsultationNotSelfCare) {
  AssessRequest request{"blorf wibble zqxv", std::nullopt, Sex::kUnknown, Mode::kPatient, {}, {}};
  EXPECT_EQ(Level(request), TriageLevel::kConsultation);
}

TEST_F(TriageSafety, InfantWithFeverIsAnEmergency) {
  AssessRequest request{"she feels hot and has a temperature", 0.1, Sex::kFemale, Mode::kPatient, {}, {}};
  EXPECT_GE(Level(request), TriageLevel::kEmergency);
  request.age_years = 25;  // the same words from an adult are not
  EXPECT_LT(Level(request), TriageLevel::kEmergency);
}

}  // namespace
}  // namespace sanus
