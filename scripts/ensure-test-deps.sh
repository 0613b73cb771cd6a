#!/usr/bin/env bash
# Installs the system packages the test suite needs when they are missing, and says so:
#   - PostgreSQL server binaries (Debian's `postgresql`), for the tests that run the database
#     layer against a real PostgreSQL server they start themselves on a free port;
#   - Chromium (Debian's `chromium`), for the browser tests (Playwright drives /usr/bin/chromium;
#     Playwright's own browser download cannot work on our machines).
# Needs root and apt-get when something is missing (our machines and CI have both); otherwise
# it explains what to install.
set -euo pipefail

have_postgres() {
  [[ -n "${LOTRINH_PG_BIN:-}" && -x "${LOTRINH_PG_BIN}/initdb" ]] && return 0
  compgen -G '/usr/lib/postgresql/*/bin/initdb' > /dev/null
}

have_chromium() {
  [[ -x "${LOTRINH_CHROMIUM:-/usr/bin/chromium}" ]]
}

missing=()
have_postgres || missing+=(postgresql)
have_chromium || missing+=(chromium)

if (( ${#missing[@]} == 0 )); then
  exit 0
fi

if [[ $(id -u) -ne 0 ]] || ! command -v apt-get > /dev/null; then
  echo "The tests need these Debian packages, which are not installed: ${missing[*]}." >&2
  echo "Install them (sudo apt-get install -y ${missing[*]}) or point LOTRINH_PG_BIN at PostgreSQL's bin directory." >&2
  exit 1
fi

echo "Installing for the test suite (one time): ${missing[*]} — Debian packages, via apt-get…"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${missing[@]}" > /dev/null
echo "Installed: ${missing[*]}."
