// A whole `sanus ask` question on the knowledge base's own passages: reading the question,
// the emergency check (an assessment), Xapian retrieval and composing the cited answer.
#include <benchmark/benchmark.h>

#include "sanus/engine.h"

namespace {

const sanus::Engine& DefaultEngine() {
  static const auto engine = [] {
    auto e = std::move(*sanus::Engine::CreateDefault());
    sanus::AskRequest warm;
    warm.question = "chickenpox";
    (void)e->Ask(warm);  // builds the passage index once, outside the timing
    return e;
  }();
  return *engine;
}

void Ask(benchmark::State& state, const char* question, sanus::Mode mode) {
  sanus::AskRequest request;
  request.question = question;
  request.mode = mode;
  for (auto _ : state) benchmark::DoNotOptimize(DefaultEngine().Ask(request));
}

void BuildKnowledgeIndex(benchmark::State& state) {
  for (auto _ : state) {
    auto engine = std::move(*sanus::Engine::CreateDefault());
    sanus::AskRequest request;
    request.question = "chickenpox";
    benchmark::DoNotOptimize(engine->Ask(request));
  }
}

}  // namespace

BENCHMARK_CAPTURE(Ask, patient_chickenpox, "how long does chickenpox last in kids", sanus::Mode::kPatient)
    ->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(Ask, clinician_interaction, "clarithromycin simvastatin interaction?", sanus::Mode::kClinician)
    ->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(Ask, emergency_now, "my dad has crushing chest pain and is sweating what do i do",
                  sanus::Mode::kPatient)
    ->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(Ask, not_covered, "what is the treatment for Wilson's disease", sanus::Mode::kPatient)
    ->Unit(benchmark::kMillisecond);
BENCHMARK(BuildKnowledgeIndex)->Unit(benchmark::kMillisecond)->Iterations(3);
