#!/usr/bin/env bash
# Installs what is missing, builds, and runs every test (unit, end-to-end, browser).
# The one command for a fresh Debian machine; .ci/run calls exactly this.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
bash "$here/scripts/setup.sh"
# A short libFuzzer run of every incident importer (clang, ASan + UBSan) before the suite.
bash "$here/scripts/fuzz.sh" "${FAULTLINE_FUZZ_SECONDS:-5}"
bash "$here/scripts/build.sh"
cd "$here/build"
ctest --output-on-failure -j"$(nproc)" --timeout 900
