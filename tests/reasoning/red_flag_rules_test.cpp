// Every red-flag rule in the default knowledge base escalates: a case built from the rule's
// own conditions reaches at least the rule's level, alone and with benign findings added.
#include <gtest/gtest.h>

#include "default_engine.h"

namespace sanus {

// Names the rule in test output instead of dumping its bytes (found by argument lookup, so it
// lives in the type's namespace).
void PrintTo(const RedFlagRuleSummary& rule, std::ostream* os) { *os << rule.id; }

namespace {

using testing::DefaultEngine;

// The smallest request that satisfies a rule: all its findings, the first 'any' finding,
// an age inside its band, its sex and a vital value inside its range.
AssessRequest RequestFor(const RedFlagRuleSummary& rule, size_t any_index) {
  AssessRequest request;
  for (const auto& f : rule.all) request.findings.push_back({f, Presence::kPresent});
  if (!rule.any.empty()) request.findings.push_back({rule.any[any_index], Presence::kPresent});
  if (rule.age_from || rule.age_to) {
    const double from = rule.age_from.value_or(0);
    const double to = rule.age_to.value_or(from + 40);
    request.age_years = from + (std::min(to, 120.0) - from) / 2;
  }
  request.sex = rule.sex;
  if (rule.vital) {
    double v = rule.vital_min ? *rule.vital_min : *rule.vital_max - 1;
    request.values.push_back({*rule.vital, v});
  }
  return request;
}

bool Cites(const Assessment& a, const std::string& rule_id) {
  for (const auto& r : a.triage.reasons) {
    if (r.rule_id == rule_id) return !r.citations.empty();
  }
  return false;
}

class RedFlagRule : public ::testing::TestWithParam<RedFlagRuleSummary> {};

TEST_P(RedFlagRule, EscalatesWithEveryAlternative) {
  const RedFlagRuleSummary& rule = GetParam();
  const size_t alternatives = std::max<size_t>(1, rule.any.size());
  for (size_t i = 0; i < alternatives; ++i) {
    const AssessRequest request = RequestFor(rule, i);
    auto a = DefaultEngine().Assess(request);
    ASSERT_TRUE(a.ok()) << a.status().message();
    EXPECT_GE(a->triage.level, rule.level) << rule.id << " alternative " << i;
    EXPECT_TRUE(Cites(*a, rule.id)) << rule.id << " is not given, with its sources, as a reason";
  }
}

TEST_P(RedFlagRule, StillEscalatesAmongBenignFindings) {
  AssessRequest request = RequestFor(GetParam(), 0);
  for (const char* benign : {"runny_nose", "sneezing", "itching", "back_pain"}) {
    request.findings.push_back({benign, Presence::kPresent});
  }
  auto a = DefaultEngine().Assess(request);
  ASSERT_TRUE(a.ok()) << a.status().message();
  EXPECT_GE(a->triage.level, GetParam().level) << GetParam().id;
}

INSTANTIATE_TEST_SUITE_P(DefaultKnowledge, RedFlagRule, ::testing::ValuesIn(DefaultEngine().RedFlagRules()),
                         [](const auto& test_info) { return test_info.param.id; });

}  // namespace
}  // namespace sanus
