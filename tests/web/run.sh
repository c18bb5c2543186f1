#!/usr/bin/env bash
# The browser tests of the web pages: starts `sanus serve` twice on free loopback ports with
# temporary session databases (one open, one needing an API key), waits for /healthz, runs the
# tests (node --test, playwright-core driving Debian's Chromium) and stops the servers.
# Usage: tests/web/run.sh [path/to/sanus] [screenshot dir]
#   defaults: build/sanus and build/test-artifacts/.
# Exits 77 (ctest's SKIP_RETURN_CODE) when node, /usr/bin/chromium or node_modules is missing,
# so a machine without them still passes; scripts/setup.sh installs all three.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
sanus="$(realpath "${1:-$here/../../build/sanus}")"
artifacts="${2:-$(dirname "$sanus")/test-artifacts}"
chromium="${SANUS_CHROMIUM:-/usr/bin/chromium}"

if ! command -v node >/dev/null || [ ! -x "$chromium" ] || [ ! -d "$here/node_modules/playwright-core" ]; then
  echo "skipped: the browser tests need node, $chromium and tests/web/node_modules (npm ci in tests/web)"
  exit 77
fi
[ -x "$sanus" ] || { echo "no sanus binary at $sanus"; exit 1; }
mkdir -p "$artifacts"

work="$(mktemp -d)"
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
  rm -rf "$work"
}
trap cleanup EXIT

free_port() {
  node -e "const s = require('net').createServer(); s.listen(0, '127.0.0.1', () => { console.log(s.address().port); s.close(); });"
}

# start_server VAR NAME [API_KEY]: sets VAR to the server's base URL once /healthz answers.
start_server() {
  local var="$1" name="$2" key="${3:-}" port
  port="$(free_port)"
  SANUS_API_KEY="$key" "$sanus" serve --host 127.0.0.1 --port "$port" --db "$work/$name.db" \
    >"$work/$name.log" 2>&1 &
  pids+=($!)
  if ! node "$here/wait_healthy.mjs" "http://127.0.0.1:$port"; then
    echo "sanus serve ($name) did not become healthy:" >&2
    cat "$work/$name.log" >&2
    exit 1
  fi
  printf -v "$var" '%s' "http://127.0.0.1:$port"
}

start_server open_url open
start_server keyed_url keyed browser-test-key
export SANUS_URL="$open_url" SANUS_KEYED_URL="$keyed_url" SANUS_TEST_KEY=browser-test-key \
  SANUS_ARTIFACTS="$artifacts" SANUS_CHROMIUM="$chromium"
# One file at a time, so two Chromiums never compete for a small machine's cores.
status=0
for tests in "$here"/*.test.mjs; do
  node --test "$tests" || status=1
done
echo "screenshots: $artifacts"
exit "$status"
