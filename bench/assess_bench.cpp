// A whole assessment through the public API: text understanding, inference, triage (with
// its red-flag subset vote) and the explained differential.
#include <benchmark/benchmark.h>

#include "assessment_cases.h"
#include "sanus/engine.h"

namespace {

const sanus::Engine& DefaultEngine() {
  static const auto engine = std::move(*sanus::Engine::CreateDefault());
  return *engine;
}

const bool kRegistered = sanus::bench::RegisterAssessmentBenchmarks("Assess", DefaultEngine);

}  // namespace
