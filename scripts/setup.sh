#!/usr/bin/env bash
# Installs what faultline needs on a Debian (bookworm) machine, when missing, then fetches the
# pinned grammars and the npm packages. Idempotent and quick when everything is present.
#   scripts/setup.sh            everything the build, tests and benchmarks need
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)

packages=(
  build-essential cmake ninja-build pkg-config git ca-certificates
  libgit2-dev libdtl-dev libmimalloc-dev zlib1g-dev libtree-sitter-dev libsqlite3-dev sqlite3 libeigen3-dev nlohmann-json3-dev
  libcpp-httplib-dev libcli11-dev libgtest-dev libgmock-dev googletest libbenchmark-dev
  chromium chromium-driver wrk clang libclang-rt-14-dev ccache python3
)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'ok installed' || missing+=("$p")
done
# Node.js may come from elsewhere (and its own npm): only install Debian's when absent.
command -v npm >/dev/null 2>&1 || missing+=(nodejs npm)
if [ ${#missing[@]} -gt 0 ]; then
  echo "setup: installing ${missing[*]}" >&2
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

bash "$here/scripts/fetch-grammars.sh" >/dev/null

if [ ! -f "$here/node_modules/.package-lock.json" ] || [ "$here/package.json" -nt "$here/node_modules/.package-lock.json" ]; then
  (cd "$here" && npm install --no-audit --no-fund --loglevel=error >/dev/null)
fi
echo "setup: ok" >&2
