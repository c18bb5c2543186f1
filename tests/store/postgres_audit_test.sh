#!/usr/bin/env bash
# Runs the audit log tests against a real PostgreSQL server: creates a temporary cluster with
# Debian's initdb/pg_ctl, starts it on a Unix socket in a temporary directory (no TCP port),
# runs the PostgreSQL tests of the given GoogleTest binary against it, and stops it.
# Usage: postgres_audit_test.sh AUDIT_TEST_BINARY
# Exits 77 (ctest's SKIP_RETURN_CODE) only when the PostgreSQL server binaries are absent.
set -euo pipefail
test_binary="$1"

bindir="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)"
if [ -z "$bindir" ] || [ ! -x "$bindir/initdb" ] || [ ! -x "$bindir/pg_ctl" ]; then
  echo "PostgreSQL server binaries not found under /usr/lib/postgresql: skipped (apt-get install postgresql)"
  exit 77
fi

dir="$(mktemp -d /tmp/sanus-pg.XXXXXX)"
# initdb refuses to run as root: as root, the cluster belongs to the postgres user.
as_owner=()
if [ "$(id -u)" -eq 0 ]; then
  chown postgres: "$dir"
  as_owner=(runuser -u postgres --)
fi
stop() {
  "${as_owner[@]}" "$bindir/pg_ctl" -D "$dir/data" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$dir"
}
trap stop EXIT

"${as_owner[@]}" "$bindir/initdb" -D "$dir/data" -U sanus -A trust --no-sync >"$dir/initdb.log" 2>&1 ||
  { cat "$dir/initdb.log"; exit 1; }
# fsync stays on (the default): the tests check durability. Only the Unix socket listens.
"${as_owner[@]}" "$bindir/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
  -o "-c listen_addresses='' -k $dir -p 5432" start >/dev/null ||
  { cat "$dir/server.log"; exit 1; }

export SANUS_TEST_POSTGRES_URI="postgresql:///postgres?host=$dir&port=5432&user=sanus"
set +e
output="$("$test_binary" --gtest_filter='PostgresAuditLog*:*ServeAuditTest*postgres*' 2>&1)"
status=$?
set -e
echo "$output"
[ "$status" -eq 0 ] || exit "$status"
# The run must not have skipped the tests it was started for.
if grep -q '^\[  SKIPPED \]' <<<"$output"; then
  echo "PostgreSQL tests were skipped although a server was running"
  exit 1
fi
