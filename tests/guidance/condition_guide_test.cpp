// Treatment guidance filtered by the person's context, on the test knowledge base
// (tests/data/mini_kb: guidance for "cold", a handful of medicines and one interaction).
#include <gtest/gtest.h>

#include <algorithm>

#include "guidance/kidney_function.h"
#include "sanus/engine.h"

namespace sanus {
namespace {

// A patient context built field by field: Ctx().Age(3).Allergy("penicillin").
struct Ctx {
  PatientContext c;
  Ctx& Age(double v) { c.age_years = v; return *this; }
  Ctx& Female() { c.sex = Sex::kFemale; return *this; }
  Ctx& Male() { c.sex = Sex::kMale; return *this; }
  Ctx& Pregnant() { c.pregnant = true; return *this; }
  Ctx& Weight(double v) { c.weight_kg = v; return *this; }
  Ctx& Allergy(const std::string& v) { c.allergies.push_back(v); return *this; }
  Ctx& Taking(const std::string& v) { c.medicines.push_back(v); return *this; }
  Ctx& Egfr(double v) { c.egfr = v; return *this; }
  Ctx& Creatinine(double v) { c.creatinine_umol_l = v; return *this; }
  Ctx& LiverDisease() { c.liver_disease = true; return *this; }
  operator PatientContext() const { return c; }  // NOLINT: a builder
};

const Engine& MiniEngine() {
  static const auto engine = [] {
    auto e = Engine::CreateFromDirectory(std::string(SANUS_TEST_DATA) + "/mini_kb");
    EXPECT_TRUE(e.ok()) << e.status().message();
    return std::move(*e);
  }();
  return *engine;
}

ConditionGuidance Guide(const PatientContext& context) {
  auto g = MiniEngine().Guide("cold", context);
  EXPECT_TRUE(g.ok()) << g.status().message();
  return g.ok() ? *g : ConditionGuidance{};
}

const TreatmentAdvice* Option(const ConditionGuidance& g, const std::string& medicine) {
  auto it = std::find_if(g.treatments.begin(), g.treatments.end(),
                         [&](const TreatmentAdvice& t) { return t.medicine_id == medicine; });
  return it == g.treatments.end() ? nullptr : &*it;
}

bool HasIssue(const TreatmentAdvice& t, const std::string& kind, const std::string& severity) {
  return std::any_of(t.issues.begin(), t.issues.end(),
                     [&](const SafetyIssue& i) { return i.kind == kind && i.severity == severity; });
}

TEST(ConditionGuide, WithoutContextEveryOptionIsShownAndNoneWithdrawn) {
  const auto g = Guide(Ctx());
  EXPECT_EQ(g.treatments.size(), 7u);  // an unknown age shows adult and child doses alike
  for (const auto& t : g.treatments) EXPECT_FALSE(t.withdrawn) << t.medicine_id;
  EXPECT_FALSE(g.seek_help.empty());
  EXPECT_FALSE(g.self_care.front().citations.empty());
  EXPECT_TRUE(g.notes.empty());
}

TEST(ConditionGuide, FindsTheConditionByNameToo) {
  EXPECT_TRUE(MiniEngine().Guide("Common Cold").ok());
  EXPECT_EQ(MiniEngine().Guide("no such thing").status().code(), StatusCode::kNotFound);
  // croup exists but has no guidance: a clear "not yet", never an empty answer.
  EXPECT_EQ(MiniEngine().Guide("croup").status().code(), StatusCode::kNotFound);
}

TEST(ConditionGuide, AgeSelectsAdultOrChildDoses) {
  const auto child = Guide(Ctx().Age(3));
  ASSERT_NE(Option(child, "amoxicillin"), nullptr);
  EXPECT_EQ(Option(child, "amoxicillin")->population, "child");
  EXPECT_EQ(Option(child, "clarithromycin"), nullptr);  // adult only
  const auto adult = Guide(Ctx().Age(40));
  EXPECT_EQ(Option(adult, "amoxicillin")->population, "adult");
  // Outside every child band for amoxicillin (1-5 years): no amoxicillin dose is invented.
  EXPECT_EQ(Option(Guide(Ctx().Age(8)), "amoxicillin"), nullptr);
}

TEST(ConditionGuide, AChildRuleWithdrawsAMedicineBelowItsAge) {
  const auto g = Guide(Ctx().Age(3));
  const auto* doxy = Option(g, "doxycycline");
  ASSERT_NE(doxy, nullptr);
  EXPECT_TRUE(doxy->withdrawn);
  EXPECT_TRUE(HasIssue(*doxy, "child", "contraindicated"));
  EXPECT_FALSE(Option(Guide(Ctx().Age(12)), "doxycycline")->withdrawn);  // "under 12" excludes 12
}

TEST(ConditionGuide, AnAllergyWithdrawsTheMedicineAndItsGroup) {
  for (const char* stated : {"penicillin", "Penicillins", "amoxicillin", "AMOXIL"}) {
    const auto g = Guide(Ctx().Allergy(stated));
    const auto* amox = Option(g, "amoxicillin");
    EXPECT_TRUE(amox->withdrawn) << stated;
    EXPECT_TRUE(HasIssue(*amox, "allergy", "contraindicated")) << stated;
    EXPECT_FALSE(Option(g, "clarithromycin")->withdrawn) << stated;
  }
}

TEST(ConditionGuide, WhenEveryFirstLineOptionIsWithdrawnItSaysSo) {
  const auto g = Guide(Ctx().Allergy("penicillin"));
  ASSERT_FALSE(g.notes.empty());
  EXPECT_TRUE(std::any_of(g.notes.begin(), g.notes.end(),
                          [](const std::string& n) { return n.find("first-line") != std::string::npos; }));
}

TEST(ConditionGuide, PregnancyWithdrawsWhatToAvoidAndWarnsOnCaution) {
  const auto g = Guide(Ctx().Female().Pregnant());
  EXPECT_TRUE(Option(g, "doxycycline")->withdrawn);
  const auto* clari = Option(g, "clarithromycin");
  EXPECT_FALSE(clari->withdrawn);
  EXPECT_TRUE(HasIssue(*clari, "pregnancy", "caution"));
}

TEST(ConditionGuide, KidneyFunctionWithdrawsAndAdjustsBelowTheThreshold) {
  const auto low = Guide(Ctx().Egfr(25));
  EXPECT_TRUE(Option(low, "nitrofurantoin")->withdrawn);
  ASSERT_EQ(Option(low, "amoxicillin")->adjustments.size(), 1u);
  const auto normal = Guide(Ctx().Egfr(45));  // the rule is "below 45"
  EXPECT_FALSE(Option(normal, "nitrofurantoin")->withdrawn);
  EXPECT_TRUE(Option(normal, "amoxicillin")->adjustments.empty());
}

TEST(ConditionGuide, AnInteractionWithACurrentMedicineWithdrawsTheOption) {
  const auto g = Guide(Ctx().Taking("simvastatin"));
  const auto* clari = Option(g, "clarithromycin");
  EXPECT_TRUE(clari->withdrawn);
  ASSERT_TRUE(HasIssue(*clari, "interaction", "contraindicated"));
  EXPECT_TRUE(clari->issues.front().onc_high_priority);
  EXPECT_FALSE(clari->issues.front().citations.empty());
}

TEST(ConditionGuide, UnknownMedicinesAndAllergiesAreNamedNotIgnored) {
  const auto g = Guide(Ctx().Allergy("peanuts").Taking("frobnicate"));
  EXPECT_EQ(g.notes.size(), 2u);
  for (const auto& t : g.treatments) EXPECT_FALSE(t.withdrawn);
}

TEST(ConditionGuide, RefusesAContextOutOfRange) {
  EXPECT_EQ(MiniEngine().Guide("cold", Ctx().Egfr(-3)).status().code(), StatusCode::kInvalidArgument);
  EXPECT_EQ(MiniEngine().Guide("cold", Ctx().Age(200)).status().code(), StatusCode::kInvalidArgument);
  EXPECT_EQ(MiniEngine().Guide("cold", Ctx().Male().Pregnant()).status().code(),
            StatusCode::kInvalidArgument);
  // Creatinine alone cannot give a clearance: say what is missing rather than guess.
  EXPECT_EQ(MiniEngine().Guide("cold", Ctx().Creatinine(150)).status().code(), StatusCode::kInvalidArgument);
}

TEST(KidneyFunction, CockcroftGaultMatchesTheFormula) {
  // Man, 65 years, 70 kg, creatinine 1.4 mg/dL (123.76 umol/L): 75 x 70 / (72 x 1.4) = 52.08.
  EXPECT_NEAR(guidance::CockcroftGault(65, 70, 1.4 * 88.4, false), 52.08, 0.01);
  // A woman's clearance is 0.85 of a man's with the same numbers.
  EXPECT_NEAR(guidance::CockcroftGault(65, 70, 1.4 * 88.4, true), 52.08 * 0.85, 0.01);
}

TEST(KidneyFunction, AnEstimateFromCreatinineDrivesTheKidneyRules) {
  // 80-year-old woman, 60 kg, creatinine 150 umol/L: about 25 mL/min.
  const auto g = Guide(Ctx().Age(80).Female().Weight(60).Creatinine(150));
  ASSERT_TRUE(g.kidney.has_value());
  EXPECT_NEAR(g.kidney->value, 25.0, 0.5);
  EXPECT_NE(g.kidney->method.find("Cockcroft-Gault"), std::string::npos);
  EXPECT_TRUE(Option(g, "nitrofurantoin")->withdrawn);
}

TEST(MedicationCheck, FindsTheInteractionBetweenCurrentMedicines) {
  auto r = MiniEngine().CheckMedicines(Ctx().Taking("Simvastatin").Taking("clarithromycin"));
  ASSERT_TRUE(r.ok());
  ASSERT_EQ(r->issues.size(), 1u);
  EXPECT_EQ(r->issues[0].kind, "interaction");
  EXPECT_EQ(r->issues[0].severity, "contraindicated");
  EXPECT_TRUE(r->issues[0].onc_high_priority);
}

TEST(MedicationCheck, CrossReactivityIsACautionNotASilence) {
  auto r = MiniEngine().CheckMedicines(Ctx().Allergy("penicillin").Taking("cephalexin"));
  ASSERT_TRUE(r.ok());
  ASSERT_EQ(r->issues.size(), 1u);
  EXPECT_EQ(r->issues[0].kind, "cross_reactivity");
  EXPECT_EQ(r->issues[0].severity, "caution");
  EXPECT_EQ(r->recognised, std::vector<std::string>{"cefalexin"});
}

TEST(MedicationCheck, MostSevereProblemsComeFirst) {
  auto r = MiniEngine().CheckMedicines(
      Ctx().Female().Pregnant().Taking("clarithromycin").Taking("simvastatin").LiverDisease());
  ASSERT_TRUE(r.ok());
  ASSERT_GE(r->issues.size(), 3u);
  EXPECT_EQ(r->issues.front().severity, "contraindicated");
  EXPECT_EQ(r->issues.back().severity, "caution");
}

TEST(MedicationCheck, UnknownNamesAreReportedAndAnEmptyListRefused) {
  auto r = MiniEngine().CheckMedicines(Ctx().Taking("amoxicilin").Taking("amoxicillin"));
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->unrecognised, std::vector<std::string>{"amoxicilin"});  // a typo is not assumed
  EXPECT_EQ(MiniEngine().CheckMedicines(Ctx()).status().code(), StatusCode::kInvalidArgument);
}

}  // namespace
}  // namespace sanus

namespace sanus {
namespace {

TEST(ConditionGuide, ACombinationIsCheckedForEveryMedicineInIt) {
  auto g = MiniEngine().Guide("cold", Ctx().Taking("simvastatin"));
  ASSERT_TRUE(g.ok());
  const auto combination = std::find_if(g->treatments.begin(), g->treatments.end(),
                                        [](const TreatmentAdvice& t) { return !t.with_medicine_ids.empty(); });
  ASSERT_NE(combination, g->treatments.end());
  // Amoxicillin is fine with simvastatin; the clarithromycin given with it is not.
  EXPECT_TRUE(combination->withdrawn);
  EXPECT_EQ(combination->issues.front().medicine_id, "clarithromycin");
}

}  // namespace
}  // namespace sanus

namespace sanus {
namespace {

TEST(ConditionGuide, AnOptionWrittenForOthersIsHiddenOnlyWhenThePersonIsKnownNotToFit) {
  EXPECT_NE(Option(Guide(Ctx().Female()), "nitrofurantoin"), nullptr);  // pregnancy not stated
  EXPECT_EQ(Option(Guide(Ctx().Female().Pregnant()), "nitrofurantoin"), nullptr);
}

}  // namespace
}  // namespace sanus
