#!/usr/bin/env bash
# The test suite needs a Chromium for Playwright and PostgreSQL's binaries for the
# PostgreSQL pass. Installs Debian's packages when they are missing and we can.
set -euo pipefail
need=()
command -v chromium >/dev/null 2>&1 || [ -n "${CHROMIUM_PATH:-}" ] || need+=(chromium)
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || need+=(postgresql)
[ ${#need[@]} -eq 0 ] && exit 0
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing ${need[*]} from Debian's packages…"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
else
  echo "Missing: ${need[*]}. Install them (e.g. sudo apt-get install -y ${need[*]}) or set CHROMIUM_PATH." >&2
  exit 1
fi
