// Loading the embedded default knowledge base: parse, validate, build the lexicon and the
// inference tables. This is the start-up cost of every process.
#include <benchmark/benchmark.h>

#include "sanus/engine.h"

static void BM_LoadDefaultKnowledge(benchmark::State& state) {
  for (auto _ : state) {
    auto engine = sanus::Engine::CreateDefault();
    if (!engine.ok()) state.SkipWithError(engine.status().message().c_str());
    benchmark::DoNotOptimize(engine);
  }
}
BENCHMARK(BM_LoadDefaultKnowledge)->Unit(benchmark::kMillisecond);
