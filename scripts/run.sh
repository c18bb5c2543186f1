#!/usr/bin/env bash
# Sets up Sanus and runs it on its embedded default knowledge base: `sanus serve` on
# http://127.0.0.1:8080 (the patient page at /, the clinician workspace at /clinician, the JSON
# API under /v1). It prints the address and serves until stopped with Ctrl-C.
#   scripts/run.sh                      serve on 127.0.0.1:8080 (PORT=N or HOST=H to change)
#   scripts/run.sh assess "my words"    any other sanus command instead (assess, ask, guide, ...)
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh Release >/dev/null
if [ $# -gt 0 ]; then
  exec build/sanus "$@"
fi
build/sanus kb stats
echo
exec build/sanus serve --host "${HOST:-127.0.0.1}" --port "${PORT:-8080}"
