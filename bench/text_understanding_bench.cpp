// Text understanding alone: tokenise, spell-correct, match the lexicon, classify context and
// read values, for a short and a long complaint.
#include <benchmark/benchmark.h>

#include "knowledge/loader.h"
#include "text/understanding.h"

namespace {

const char* kShort = "crushing pain in my chest for 40 minutes, going down my left arm, sweating";
const char* kLong =
    "my 3 year old has had a temperature of 39.2 since yesterday, hes been vomitting and "
    "wont eat, hes very sleepy and floppy today, no rash that i can see but hes breathing "
    "really fast and theres a funny grunting noise. he had a cold last week, no diarrhoea, "
    "my husband had flu last month. should i take him to A&E if he gets worse?";

void Understand(benchmark::State& state, const char* text) {
  static const auto outcome = sanus::knowledge::LoadKnowledge(sanus::knowledge::EmbeddedKnowledgeFiles());
  static const auto understanding = sanus::text::TextUnderstanding::Create(outcome.kb, nullptr);
  for (auto _ : state) benchmark::DoNotOptimize(understanding->Understand(text));
}

}  // namespace

BENCHMARK_CAPTURE(Understand, short_complaint, kShort)->Unit(benchmark::kMicrosecond);
BENCHMARK_CAPTURE(Understand, long_complaint, kLong)->Unit(benchmark::kMicrosecond);

namespace {

void Values(benchmark::State& state, const char* text) {
  for (auto _ : state) {
    benchmark::DoNotOptimize(sanus::text::ExtractValues(text));
    benchmark::DoNotOptimize(sanus::text::ExtractDemographics(text));
  }
}

}  // namespace

BENCHMARK_CAPTURE(Values, short_complaint, kShort)->Unit(benchmark::kMicrosecond);
BENCHMARK_CAPTURE(Values, long_complaint, kLong)->Unit(benchmark::kMicrosecond);
