// Scaling check: the knowledge base doubled (bench/doubled_knowledge.h) loaded through the
// directory path that `--kb DIR` uses, then whole assessments on it. The generated copy
// lives in a temporary directory for the run only.
#include <benchmark/benchmark.h>

#include <stdexcept>

#include "assessment_cases.h"
#include "doubled_knowledge.h"
#include "sanus/engine.h"

namespace {

const sanus::bench::DoubledKnowledgeDirectory& DoubledKnowledge() {
  static const sanus::bench::DoubledKnowledgeDirectory directory;
  return directory;
}

const sanus::Engine& DoubledEngine() {
  static const auto engine = [] {
    auto e = sanus::Engine::CreateFromDirectory(DoubledKnowledge().path());
    if (!e.ok()) throw std::runtime_error(e.status().message());
    return std::move(*e);
  }();
  return *engine;
}

void LoadDoubledKnowledge(benchmark::State& state) {
  const std::string& dir = DoubledKnowledge().path();
  for (auto _ : state) {
    auto engine = sanus::Engine::CreateFromDirectory(dir);
    if (!engine.ok()) state.SkipWithError(engine.status().message().c_str());
    benchmark::DoNotOptimize(engine);
  }
  const auto stats = DoubledEngine().Stats();
  state.counters["conditions"] = stats.conditions;
  state.counters["findings"] = stats.findings;
  state.counters["synonyms"] = stats.synonyms;
}

const bool kRegistered = sanus::bench::RegisterAssessmentBenchmarks("AssessDoubled", DoubledEngine);

}  // namespace

BENCHMARK(LoadDoubledKnowledge)->Unit(benchmark::kMillisecond);
