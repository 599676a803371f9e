#!/usr/bin/env bash
# Configures and builds faultline into build/ (Release with debug info, Ninja, ccache).
#   scripts/build.sh [extra cmake args]
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
cmake -S "$here" -B "$here/build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo "$@" >/dev/null
ninja -C "$here/build" -j"$(nproc)"
