#!/usr/bin/env bash
# Installs the Debian packages Sanus needs (when missing) and builds it into build/.
# Usage: scripts/setup.sh [Release|Debug|Asan]
set -euo pipefail
cd "$(dirname "$0")/.."

packages=(build-essential cmake pkg-config libyaml-cpp-dev libyaml-dev nlohmann-json3-dev libcli11-dev
          libstemmer-dev libgoogle-perftools-dev libre2-dev libsqlite3-dev libxapian-dev libxml2-dev libcpp-httplib-dev libgtest-dev libgmock-dev
          libbenchmark-dev
          wbritish wamerican  # English word lists: the spelling corrector leaves real words alone
          libpq-dev libssl-dev postgresql  # libpq: the audit log in PostgreSQL; postgresql: its test server
          chromium)  # the browser the web page tests drive (tests/web/)
# Node and npm run the browser tests; a machine with its own Node keeps it.
command -v node >/dev/null && command -v npm >/dev/null || packages+=(nodejs npm)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing Debian packages: ${missing[*]}"
  sudo_cmd=""
  [ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
  $sudo_cmd apt-get update -q
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -q "${missing[@]}"
fi

# playwright-core, pinned in tests/web/package-lock.json; it drives the Chromium above and
# downloads no browser.
(cd tests/web && npm ci --no-audit --no-fund)

build_type="${1:-Release}"
build_dir="build"
[ "$build_type" != "Release" ] && build_dir="build-$(echo "$build_type" | tr '[:upper:]' '[:lower:]')"
cmake -S . -B "$build_dir" -DCMAKE_BUILD_TYPE="$build_type"
cmake --build "$build_dir" -j"$(nproc)"
