#!/usr/bin/env bash
# Sets up Sanus and runs it on its embedded default knowledge base: an assessment of an
# example complaint. Pass your own complaint as arguments to assess that instead.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh Release >/dev/null
build/sanus kb stats
echo
if [ $# -gt 0 ]; then
  build/sanus assess "$@"
else
  build/sanus assess --age 58 --sex male \
    "crushing pain in my chest for 40 minutes, going down my left arm, sweating"
fi
