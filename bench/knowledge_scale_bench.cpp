// Scaling check: the knowledge base as shipped, with a quarter of it copied (1.25x: 300
// conditions from today's 240) and with all of it copied (2x), each loaded through the
// directory path that `--kb DIR` uses, then whole assessments on each (bench/scaled_knowledge.h).
// All three go through the same path, so their load times compare like with like. The
// generated copies live in temporary directories for the run only.
#include <benchmark/benchmark.h>

#include <map>
#include <memory>
#include <stdexcept>
#include <string>

#include "assessment_cases.h"
#include "sanus/engine.h"
#include "scaled_knowledge.h"

namespace {

// The sizes measured: a name for the benchmark and the share of the knowledge base copied.
struct Scale {
  const char* name;
  double copied_share;
};
constexpr Scale kScales[] = {{"x1", 0.0}, {"x1.25", 0.25}, {"x2", 1.0}};

// One directory and one engine per scale, made on first use and kept for the run.
struct ScaledKnowledge {
  explicit ScaledKnowledge(double share) : directory(share) {
    auto e = sanus::Engine::CreateFromDirectory(directory.path());
    if (!e.ok()) throw std::runtime_error(e.status().message());
    engine = std::move(*e);
  }
  sanus::bench::ScaledKnowledgeDirectory directory;
  std::unique_ptr<sanus::Engine> engine;
};

const ScaledKnowledge& Knowledge(const Scale& scale) {
  static std::map<std::string, std::unique_ptr<ScaledKnowledge>> made;
  auto& slot = made[scale.name];
  if (!slot) slot = std::make_unique<ScaledKnowledge>(scale.copied_share);
  return *slot;
}

void LoadScaledKnowledge(benchmark::State& state, const Scale& scale) {
  const ScaledKnowledge& knowledge = Knowledge(scale);
  for (auto _ : state) {
    auto engine = sanus::Engine::CreateFromDirectory(knowledge.directory.path());
    if (!engine.ok()) state.SkipWithError(engine.status().message().c_str());
    benchmark::DoNotOptimize(engine);
  }
  const auto stats = knowledge.engine->Stats();
  state.counters["conditions"] = stats.conditions;
  state.counters["findings"] = stats.findings;
  state.counters["synonyms"] = stats.synonyms;
  state.counters["rules"] = stats.red_flag_rules;
}

bool RegisterAll() {
  for (const Scale& scale : kScales) {
    benchmark::RegisterBenchmark((std::string("LoadScaledKnowledge/") + scale.name).c_str(),
                                 [&scale](benchmark::State& state) { LoadScaledKnowledge(state, scale); })
        ->Unit(benchmark::kMillisecond)
        // At least 2 s a repetition: a load of 0.5 s would otherwise be timed once, and the
        // first loads in a process (memory fresh from the system) cost more than later ones.
        ->MinTime(2.0);
  }
  for (const Scale& scale : kScales) {
    sanus::bench::RegisterAssessmentBenchmarks(std::string("AssessScaled/") + scale.name,
                                               [&scale]() -> const sanus::Engine& { return *Knowledge(scale).engine; });
  }
  return true;
}

const bool kRegistered = RegisterAll();

}  // namespace
