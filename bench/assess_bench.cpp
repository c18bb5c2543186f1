// A whole assessment through the public API: text understanding, inference, triage (with
// its red-flag subset vote) and the explained differential.
#include <benchmark/benchmark.h>

#include "sanus/engine.h"

namespace {

const sanus::Engine& DefaultEngine() {
  static const auto engine = std::move(*sanus::Engine::CreateDefault());
  return *engine;
}

void Assess(benchmark::State& state, const char* text, double age) {
  const sanus::AssessRequest request{text, age, sanus::Sex::kUnknown, sanus::Mode::kClinician, {}, {}};
  for (auto _ : state) benchmark::DoNotOptimize(DefaultEngine().Assess(request));
}

}  // namespace

BENCHMARK_CAPTURE(Assess, chest_pain, "crushing pain in my chest for 40 minutes, going down my left arm, sweating", 58.0)
    ->Unit(benchmark::kMicrosecond);
BENCHMARK_CAPTURE(Assess, cold, "runny nose and sneezing for two days, bit of a sore throat", 28.0)
    ->Unit(benchmark::kMicrosecond);
BENCHMARK_CAPTURE(Assess, sick_child,
                  "my 3 year old has a temperature of 39.2, vomiting, very sleepy and floppy, breathing fast, no rash",
                  3.0)
    ->Unit(benchmark::kMicrosecond);
