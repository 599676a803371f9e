#!/usr/bin/env bash
# Installs what is missing, builds, and runs the main job on the bundled demo organisation:
# `faultline demo` generates the organisation, scans it, imports its incidents, trains the
# model, prints the report and starts the viewer. Arguments go to `faultline demo`.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
bash "$here/scripts/setup.sh"
bash "$here/scripts/build.sh"
exec "$here/build/faultline" demo --dir "${FAULTLINE_DEMO_DIR:-${TMPDIR:-/tmp}/faultline-demo}" "$@"
