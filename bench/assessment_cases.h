// The whole-assessment cases the assessment benchmarks run, shared so that figures on the
// shipped and on the scaled knowledge bases (knowledge_scale_bench) compare like with like.
#pragma once

#include <benchmark/benchmark.h>

#include <string>

#include "sanus/engine.h"

namespace sanus::bench {

struct AssessmentCase {
  const char* name;
  const char* text;
  double age_years;
};

inline constexpr AssessmentCase kAssessmentCases[] = {
    {"chest_pain", "crushing pain in my chest for 40 minutes, going down my left arm, sweating", 58.0},
    {"cold", "runny nose and sneezing for two days, bit of a sore throat", 28.0},
    {"sick_child",
     "my 3 year old has a temperature of 39.2, vomiting, very sleepy and floppy, breathing fast, no rash", 3.0},
};

// Registers "<prefix>/<case>" for every case, each assessing (clinician mode) on the engine
// that engine() returns; engine() is called inside the timing loop and should be cheap.
template <typename EngineGetter>
bool RegisterAssessmentBenchmarks(const std::string& prefix, EngineGetter engine) {
  for (const auto& c : kAssessmentCases) {
    const AssessRequest request{c.text, c.age_years, Sex::kUnknown, Mode::kClinician, {}, {}};
    benchmark::RegisterBenchmark((prefix + "/" + c.name).c_str(),
                                 [request, engine](benchmark::State& state) {
                                   for (auto _ : state) benchmark::DoNotOptimize(engine().Assess(request));
                                 })
        ->Unit(benchmark::kMicrosecond);
  }
  return true;
}

}  // namespace sanus::bench
