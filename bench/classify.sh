#!/usr/bin/env bash
# Classification cost: builds bench/classify_bench (RelWithDebInfo, in BUILD_DIR) and runs it:
# parse-only vs faultline classification vs `ast-grep scan -j 1` on one corpus, printed as
# MB/s and ratios (see bench/classify_bench.cc). The corpus is gathered on first use into
# CORPUS (default $TMPDIR/faultline_classify_bench) and reused afterwards; delete it to
# gather it again.
#   bench/classify.sh [BUILD_DIR]   (default: <source>/build-bench)
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$here/build-bench}
corpus=${CORPUS:-${TMPDIR:-/tmp}/faultline_classify_bench}
if [ ! -f "$build/build.ninja" ]; then
  cmake -S "$here" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo > /dev/null
fi
ninja -C "$build" -j2 classify_bench
if [ ! -x "$here/node_modules/.bin/ast-grep" ]; then
  echo "classify.sh: $here/node_modules/.bin/ast-grep is missing (npm install in $here); ast-grep will be skipped" >&2
fi
exec "$build/bench/classify_bench" "$corpus"
