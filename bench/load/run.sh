#!/usr/bin/env bash
# Load test of `sanus serve` as deployed (audit log on, SQLite, synchronous=FULL): wrk POSTs the
# complaints of assess.lua to /v1/assess and reports throughput, latency percentiles and errors.
# On a 2-core machine the server is pinned to core 1 and wrk to core 0.
# Usage: bench/load/run.sh [DURATION=20s] [CONNECTIONS=8] [THREADS=1]
# Needs build/sanus (scripts/setup.sh) and wrk (Debian package `wrk`; installed here when
# missing and run as root). Not part of the tests.
set -euo pipefail
cd "$(dirname "$0")/../.."
duration="${1:-20s}"
connections="${2:-8}"
threads="${3:-1}"

if ! command -v wrk >/dev/null; then
  [ "$(id -u)" -eq 0 ] || { echo "wrk is missing: apt-get install wrk" >&2; exit 2; }
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q wrk >/dev/null
fi
[ -x build/sanus ] || { echo "build/sanus is missing: run scripts/setup.sh" >&2; exit 2; }

work="$(mktemp -d /tmp/sanus-load.XXXXXX)"
port="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
pin_server=() pin_client=()
if command -v taskset >/dev/null && [ "$(nproc)" -ge 2 ]; then
  pin_server=(taskset -c 1) pin_client=(taskset -c 0)
fi
# The rate limit is set far above the load so that it is checked on every request but never refuses.
"${pin_server[@]}" build/sanus serve --port "$port" --audit-db "$work/audit.db" --db "$work/sessions.db" \
  --rate-limit 100000000 >"$work/serve.out" 2>"$work/serve.err" &
server=$!
trap 'kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; rm -rf "$work"' EXIT
for _ in $(seq 1 100); do
  python3 -c "import urllib.request; urllib.request.urlopen('http://127.0.0.1:$port/healthz')" 2>/dev/null && break
  sleep 0.1
done

echo "date: $(date -u +%Y-%m-%dT%H:%M:%SZ)  commit: $(git rev-parse --short HEAD)  cores: $(nproc)"
echo "command: ${pin_client[*]} wrk -t$threads -c$connections -d$duration --latency -s bench/load/assess.lua"
"${pin_client[@]}" wrk -t"$threads" -c"$connections" -d"$duration" --latency -s bench/load/assess.lua \
  "http://127.0.0.1:$port"
records="$(python3 -c "import sqlite3; print(sqlite3.connect('$work/audit.db').execute('select count(*) from audit_log').fetchone()[0])")"
echo "audit records written: $records"
