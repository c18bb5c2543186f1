#!/usr/bin/env bash
# Sets up Sanus and runs every test: unit and integration tests (ctest), the knowledge base
# check, and the evaluation gate on the team's cases (tests/cases/).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh Release
(cd build && ctest --output-on-failure -j"$(nproc)")
build/sanus kb check
# The gate: no emergency under-triaged, and accuracy no worse than measured (docs/evaluation.md).
build/sanus eval tests/cases --max-emergency-under-triage 0 --min-top3 0.98 --min-triage 0.84
