// Properties of the default knowledge base's guidance and medicines, checked for every
// condition and medicine rather than a sample: full coverage, the ONC high-priority pairs,
// and that a stated allergy always withdraws the medicine it names.
#include <gtest/gtest.h>

#include <set>

#include "default_engine.h"
#include "knowledge/knowledge_files.h"
#include "knowledge/loader.h"

namespace sanus {
namespace {

const knowledge::KnowledgeBase& DefaultKnowledge() {
  static const knowledge::KnowledgeBase kb = [] {
    auto files = knowledge::ReadKnowledgeDirectory(SANUS_KNOWLEDGE_DIR);
    EXPECT_TRUE(files.ok());
    return knowledge::LoadKnowledge(*files).kb;
  }();
  return kb;
}

TEST(DefaultGuidance, EveryConditionHasGuidanceThatSaysWhenToGetHelp) {
  for (const auto& c : testing::DefaultEngine().Conditions()) {
    auto g = testing::DefaultEngine().Guide(c.id);
    ASSERT_TRUE(g.ok()) << c.id << ": " << g.status().message();
    EXPECT_FALSE(g->seek_help.empty()) << c.id;
    EXPECT_FALSE(g->treatments.empty()) << c.id;
  }
}

TEST(DefaultGuidance, AtLeastTwoHundredMedicinesEachWithASource) {
  const auto& kb = DefaultKnowledge();
  EXPECT_GE(kb.medicines.size(), 200u);
  for (const auto& m : kb.medicines) EXPECT_FALSE(m.source_ids.empty()) << m.id;
}

TEST(DefaultGuidance, TheFifteenOncHighPriorityPairsAreThere) {
  int onc = 0;
  for (const auto& i : DefaultKnowledge().interactions) onc += i.onc_high_priority ? 1 : 0;
  EXPECT_GE(onc, 15);
  // A few of the pairs, by medicine, as a clinician would type them.
  const std::vector<std::pair<std::string, std::string>> pairs = {
      {"simvastatin", "clarithromycin"}, {"tizanidine", "ciprofloxacin"}, {"sertraline", "phenelzine"},
      {"sumatriptan", "phenelzine"},     {"febuxostat", "azathioprine"},  {"tramadol", "tranylcypromine"}};
  for (const auto& [a, b] : pairs) {
    PatientContext context;
    context.medicines = {a, b};
    auto review = testing::DefaultEngine().CheckMedicines(context);
    ASSERT_TRUE(review.ok());
    bool found = false;
    for (const auto& issue : review->issues) found |= issue.kind == "interaction" && issue.onc_high_priority;
    EXPECT_TRUE(found) << a << " + " << b;
  }
}

TEST(DefaultGuidance, AnAllergyToAMedicineAlwaysWithdrawsEveryOptionThatGivesIt) {
  const auto& kb = DefaultKnowledge();
  for (const auto& g : kb.guidance) {
    std::set<std::string> medicines;
    for (const auto& t : g.treatments) {
      if (!t.medicine_id.empty()) medicines.insert(t.medicine_id);
    }
    for (const auto& id : medicines) {
      PatientContext context;
      context.allergies = {kb.FindMedicine(id)->name};
      auto guidance = testing::DefaultEngine().Guide(g.condition_id, context);
      ASSERT_TRUE(guidance.ok());
      for (const auto& t : guidance->treatments) {
        if (t.medicine_id == id) {
          EXPECT_TRUE(t.withdrawn) << g.condition_id << " allergic to " << id;
        }
      }
    }
  }
}

TEST(DefaultGuidance, EveryLinkedMedicineHasADose) {
  for (const auto& g : DefaultKnowledge().guidance) {
    for (const auto& t : g.treatments) {
      if (!t.medicine_id.empty()) {
        EXPECT_FALSE(t.dose.empty()) << g.condition_id << " " << t.medicine_id;
      }
    }
  }
}

}  // namespace
}  // namespace sanus

namespace sanus {
namespace {

std::set<std::string> TreatmentTexts(const ConditionGuidance& g) {
  std::set<std::string> out;
  for (const auto& t : g.treatments) {
    if (!t.medicine_id.empty()) out.insert(t.medicine_id + ": " + t.text);
  }
  return out;
}

TEST(DefaultGuidance, UrineInfectionOptionsFitTheirPerson) {
  PatientContext man;
  man.sex = Sex::kMale;
  man.age_years = 50;
  for (const auto& t : TreatmentTexts(*testing::DefaultEngine().Guide("uti", man))) {
    EXPECT_EQ(t.find("regnan"), std::string::npos) << t;  // nothing written for (non-)pregnant women
  }
  PatientContext pregnant;
  pregnant.sex = Sex::kFemale;
  pregnant.pregnant = true;
  auto g = testing::DefaultEngine().Guide("urinary_tract_infection", pregnant);
  ASSERT_TRUE(g.ok());
  for (const auto& t : TreatmentTexts(*g)) {
    EXPECT_EQ(t.find("Non-pregnant"), std::string::npos) << t;
    EXPECT_EQ(t.find("Men."), std::string::npos) << t;
  }
}

TEST(DefaultGuidance, ALineWrittenForPregnancyIsNotWithdrawnForIt) {
  PatientContext pregnant;
  pregnant.sex = Sex::kFemale;
  pregnant.pregnant = true;
  auto g = testing::DefaultEngine().Guide("miscarriage", pregnant);
  ASSERT_TRUE(g.ok());
  bool misoprostol = false;
  for (const auto& t : g->treatments) {
    if (t.medicine_id != "misoprostol") continue;
    misoprostol = true;
    EXPECT_FALSE(t.withdrawn);
    EXPECT_FALSE(t.issues.empty());  // the warning is still shown
  }
  EXPECT_TRUE(misoprostol);
}

TEST(DefaultGuidance, AConditionIsFoundByAnAbbreviationOnlyWhenItIsUnambiguous) {
  EXPECT_TRUE(testing::DefaultEngine().Guide("UTI").ok());
  EXPECT_EQ(testing::DefaultEngine().Guide("pain").status().code(), StatusCode::kNotFound);
}

}  // namespace
}  // namespace sanus
