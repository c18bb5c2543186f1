#!/usr/bin/env bash
# Medians of the first load in a fresh process (bench/first_load_bench.cpp): the embedded
# knowledge base, then copies of it at 1x, 1.25x and 2x loaded from a directory.
# Usage: bench/first_load.sh [BUILD_DIR] [RUNS]   (defaults: build, 15)
set -euo pipefail
cd "$(dirname "$0")/.."
bin="${1:-build}/bench/first_load_bench"
runs="${2:-15}"
scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT

median() { sort -n | awk '{v[NR] = $1} END {print v[int((NR + 1) / 2)]}'; }

for share in 0 0.25 1; do "$bin" --write "$share" "$scratch/x$share"; done
echo "knowledge base   median wall ms   median CPU ms   ($runs runs, load average $(cut -d' ' -f1 /proc/loadavg))"
for kb in embedded x0 x0.25 x1; do
  args=()
  [[ "$kb" == embedded ]] || args=("$scratch/$kb")
  for ((i = 0; i < runs; i++)); do "$bin" "${args[@]}"; done > "$scratch/times"
  printf '%-16s %16s %15s\n' "$kb" "$(cut -d' ' -f1 "$scratch/times" | median)" \
    "$(cut -d' ' -f2 "$scratch/times" | median)"
done
