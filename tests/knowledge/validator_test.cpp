#include "knowledge/validator.h"

#include <gtest/gtest.h>

#include "knowledge/loader.h"

namespace sanus::knowledge {
namespace {

KnowledgeBase Load(std::vector<KnowledgeFile> extra) {
  auto files = ReadKnowledgeDirectory(std::string(SANUS_TEST_DATA) + "/mini_kb");
  EXPECT_TRUE(files.ok());
  for (auto& f : extra) files->push_back(std::move(f));
  return LoadKnowledge(*files).kb;
}

bool Mentions(const std::vector<std::string>& problems, const std::string& text) {
  for (const auto& p : problems) {
    if (p.find(text) != std::string::npos) return true;
  }
  return false;
}

TEST(Validator, MiniKnowledgeBaseIsValid) {
  EXPECT_TRUE(Validate(Load({})).empty());
}

TEST(Validator, RejectsDuplicateSynonymAcrossFindings) {
  const auto kb = Load({{"findings/dup.yaml",
                         "- {id: tos, name: t, lay: t, question: q, kind: symptom, synonyms: [Coughing]}\n"}});
  EXPECT_TRUE(Mentions(Validate(kb), "synonym 'Coughing' of 'tos' already belongs to 'cough'"));
}

TEST(Validator, RejectsBadUrlAndIcdCode) {
  const auto kb = Load({{"sources/bad.yaml",
                         "- {id: s2, title: t, publisher: p, year: 2020, url: www.example.org}\n"},
                        {"conditions/bad.yaml",
                         "id: bad\nname: Bad\nlay_name: Bad\nicd10: flu\nsystem: x\ntriage: urgent\n"
                         "prevalence: rare\nfindings: {cough: often}\npatient: p\nclinician: c\n"
                         "sources: [s2]\n"}});
  const auto problems = Validate(kb);
  EXPECT_TRUE(Mentions(problems, "must start with http(s)://"));
  EXPECT_TRUE(Mentions(problems, "'flu' is not an ICD-10 code"));
}

TEST(Validator, RejectsRuleAtSelfCareOrWithoutSource) {
  const auto kb = Load({{"red_flags/bad.yaml",
                         "- {id: rf_weak, level: self_care, reason: r, all: [cough], sources: []}\n"}});
  const auto problems = Validate(kb);
  EXPECT_TRUE(Mentions(problems, "rule 'rf_weak' must be consultation or above"));
  EXPECT_TRUE(Mentions(problems, "rule 'rf_weak' cites no source"));
}

}  // namespace
}  // namespace sanus::knowledge

namespace sanus::knowledge {
namespace {

TEST(TreatmentValidator, GuidanceMayLinkOnlyKnownMedicines) {
  const auto kb = Load({{"guidance/x.yaml",
                         "condition: croup\npatient: {seek_help: [{level: urgent, when: w, source: test_source}]}\n"
                         "clinician: {treatments: [{line: first, medicine: unobtainium, population: all, dose: 1 g, "
                         "source: test_source}]}\n"}});
  EXPECT_TRUE(Mentions(Validate(kb), "medicine 'unobtainium' is not defined"));
}

TEST(TreatmentValidator, GuidanceMustSayWhenToGetHelp) {
  const auto kb = Load({{"guidance/x.yaml",
                         "condition: croup\npatient: {self_care: []}\n"
                         "clinician: {treatments: [{line: supportive, population: all, text: t, source: test_source}]}\n"}});
  EXPECT_TRUE(Mentions(Validate(kb), "seek_help"));
}

TEST(TreatmentValidator, AKidneyRuleNeedsItsThresholdAndEveryRuleASource) {
  const auto kb = Load({{"medicines/x.yaml",
                         "medicines:\n  - id: m\n    name: M\n    classes: [statin]\n    sources: [test_source]\n"
                         "    cautions: [{context: renal, severity: avoid, text: t, source: nowhere}]\n"}});
  const auto problems = Validate(kb);
  EXPECT_TRUE(Mentions(problems, "egfr_below"));
  EXPECT_TRUE(Mentions(problems, "source 'nowhere' is not registered"));
}

TEST(TreatmentValidator, AnInteractionNamesOnlyKnownMedicinesOrClasses) {
  const auto kb = Load({{"medicines/x.yaml",
                         "interactions:\n  - {id: i, a: [simvastatin], b: [moonbeams], severity: major, effect: e, "
                         "action: a, source: test_source}\n"}});
  EXPECT_TRUE(Mentions(Validate(kb), "'moonbeams' is neither a medicine nor a class"));
}

}  // namespace
}  // namespace sanus::knowledge

#include "text/lab_values.h"

namespace sanus::knowledge {
namespace {

TEST(Validator, KnowsEveryValueTheTextReaderProduces) {
  for (const auto& name : text::LabValueNames()) EXPECT_TRUE(IsKnownValueName(name)) << name;
}

}  // namespace
}  // namespace sanus::knowledge
