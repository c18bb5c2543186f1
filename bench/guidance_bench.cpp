// Treatment guidance and medication checks for one person: every option checked against
// allergies, pregnancy, age, kidney function and current medicines (each against every
// interaction rule).
#include <benchmark/benchmark.h>

#include "sanus/engine.h"

namespace {

const sanus::Engine& DefaultEngine() {
  static const auto engine = std::move(*sanus::Engine::CreateDefault());
  return *engine;
}

sanus::PatientContext OlderPatient() {
  sanus::PatientContext c;
  c.age_years = 78;
  c.sex = sanus::Sex::kFemale;
  c.weight_kg = 61;
  c.creatinine_umol_l = 140;
  c.allergies = {"penicillin"};
  c.medicines = {"warfarin", "simvastatin", "amlodipine", "citalopram", "omeprazole", "metformin"};
  return c;
}

void GuideWithoutContext(benchmark::State& state) {
  for (auto _ : state) benchmark::DoNotOptimize(DefaultEngine().Guide("pneumonia"));
}

void GuideForOlderPatientOnSixMedicines(benchmark::State& state) {
  const auto context = OlderPatient();
  for (auto _ : state) benchmark::DoNotOptimize(DefaultEngine().Guide("pneumonia", context));
}

void CheckSixMedicines(benchmark::State& state) {
  const auto context = OlderPatient();
  for (auto _ : state) benchmark::DoNotOptimize(DefaultEngine().CheckMedicines(context));
}

}  // namespace

BENCHMARK(GuideWithoutContext)->Unit(benchmark::kMicrosecond);
BENCHMARK(GuideForOlderPatientOnSixMedicines)->Unit(benchmark::kMicrosecond);
BENCHMARK(CheckSixMedicines)->Unit(benchmark::kMicrosecond);
