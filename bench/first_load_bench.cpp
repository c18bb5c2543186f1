// The first load of a knowledge base in a fresh process, as `sanus` pays it at start-up:
// its memory comes fresh from the system and the stem memo is empty, unlike the repeated
// loads that knowledge_load_bench and knowledge_scale_bench time. One load per process, so
// it is a plain program, run many times by bench/first_load.sh.
//
//   first_load_bench                     load the embedded knowledge base
//   first_load_bench DIR                 load DIR (the `--kb DIR` path)
//   first_load_bench --write SHARE DIR   write the knowledge base with SHARE of it copied
//                                        (bench/scaled_knowledge.h) to DIR, for the runs above
//
// A load prints its wall and CPU time in milliseconds ("wall_ms cpu_ms"); exit code 1 with
// the message when the knowledge base does not load.
#include <time.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>

#include "sanus/engine.h"
#include "scaled_knowledge.h"

namespace {

double CpuMilliseconds() {
  timespec t{};
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
  return static_cast<double>(t.tv_sec) * 1e3 + static_cast<double>(t.tv_nsec) / 1e6;
}

int Load(const char* dir) {
  const auto wall_start = std::chrono::steady_clock::now();
  const double cpu_start = CpuMilliseconds();
  auto engine = dir ? sanus::Engine::CreateFromDirectory(dir) : sanus::Engine::CreateDefault();
  const double cpu = CpuMilliseconds() - cpu_start;
  const std::chrono::duration<double, std::milli> wall = std::chrono::steady_clock::now() - wall_start;
  if (!engine.ok()) {
    std::fprintf(stderr, "%s\n", engine.status().message().c_str());
    return 1;
  }
  std::printf("%.1f %.1f\n", wall.count(), cpu);
  return 0;
}

int Write(double share, const std::string& dir) {
  const sanus::bench::ScaledKnowledgeDirectory scaled(share);
  std::filesystem::remove_all(dir);
  std::filesystem::copy(scaled.path(), dir, std::filesystem::copy_options::recursive);
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc == 4 && std::string(argv[1]) == "--write") return Write(std::atof(argv[2]), argv[3]);
  if (argc > 2) {
    std::fprintf(stderr, "usage: first_load_bench [DIR] | --write SHARE DIR\n");
    return 2;
  }
  return Load(argc == 2 ? argv[1] : nullptr);
}
