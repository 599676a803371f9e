#!/usr/bin/env bash
# Builds the incident importer fuzz targets (tests/fuzz) with clang, ASan and UBSan in
# build-fuzz, and runs each for SECONDS (default 10) from a seed corpus of the importer
# fixtures and the kept regressions. A crash is copied into tests/fuzz/regressions, where
# tests/ingest/incident_fuzz_regression_test.cc replays it in the normal test run.
#   scripts/fuzz.sh [SECONDS] [FORMAT...]   FORMAT: pagerduty pagerduty_analytics csv opsgenie
#                                           incident_io firehydrant automatic (default: all)
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
seconds=${1:-10}
shift || true
formats=("$@")
[ ${#formats[@]} -gt 0 ] || formats=(pagerduty pagerduty_analytics csv opsgenie incident_io firehydrant automatic)
build="$here/build-fuzz"
jobs=${FAULTLINE_FUZZ_JOBS:-2}

cmake -S "$here" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DCMAKE_C_COMPILER=clang -DCMAKE_CXX_COMPILER=clang++ \
  -DFAULTLINE_FUZZ=ON -DFAULTLINE_BENCH=OFF >/dev/null
targets=()
for format in "${formats[@]}"; do targets+=("fuzz_incidents_$format"); done
ninja -C "$build" -j"$jobs" "${targets[@]}"

fixtures="$here/tests/ingest/fixtures/incidents"
regressions="$here/tests/fuzz/regressions"
failed=0
for format in "${formats[@]}"; do
  corpus="$build/fuzz-corpus/$format"
  artifacts="$build/fuzz-artifacts/$format"
  mkdir -p "$corpus" "$artifacts"
  log="$build/fuzz-$format.log"
  echo "fuzz: $format for ${seconds}s"
  set +e
  ASAN_OPTIONS=detect_leaks=1 "$build/tests/fuzz/fuzz_incidents_$format" \
    -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
    -dict="$here/tests/fuzz/incidents.dict" -artifact_prefix="$artifacts/" \
    "$corpus" "$fixtures" "$regressions" >"$log" 2>&1
  rc=$?
  set -e
  runs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' || echo "?")
  cov=$(grep -o 'cov: [0-9]*' "$log" | tail -1 | grep -o '[0-9]*' || echo "?")
  echo "fuzz: $format: exit $rc, $runs runs, coverage $cov edges, corpus $(ls "$corpus" | wc -l) inputs"
  if [ $rc -ne 0 ]; then
    failed=1
    for crash in "$artifacts"/*; do
      [ -f "$crash" ] || continue
      cp "$crash" "$regressions/${format}-$(basename "$crash")"
      echo "fuzz: $format: crash kept as tests/fuzz/regressions/${format}-$(basename "$crash")"
    done
    grep -m5 -E 'ERROR|SUMMARY|runtime error' "$log" || true
  fi
done
exit $failed
