#!/usr/bin/env bash
# Walk cost: `faultline scan --no-analyze` against `git log --raw --no-renames -r --no-abbrev`
# on the same repository, best of three runs each, printed as a ratio.
#   bench/scan.sh [REPO]   (default: a synthetic history of 5,000 commits over 2,000 files)
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
bin="$here/build/faultline"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
repo=${1:-}
if [ -z "$repo" ]; then
  repo="$work/synthetic"
  commits=${COMMITS:-5000}
  files=${FILES:-2000}
  git init -q "$repo"
  # One fast-import stream: each commit rewrites 3 files (a few lines each) out of $files.
  python3 - "$commits" "$files" > "$work/stream" <<'PY'
import sys
commits, files = int(sys.argv[1]), int(sys.argv[2])
out = sys.stdout
t = 1600000000
for c in range(commits):
    out.write("commit refs/heads/main\n")
    out.write(f"committer Dev{c % 7} <dev{c % 7}@example.com> {t + c * 3600} +0000\n")
    msg = f"change {c}\n"
    out.write(f"data {len(msg)}\n{msg}")
    touched = [(c * 7 + k * 13) % files for k in range(3)] if c > 0 else range(files)
    for f in touched:
        body = "".join(f"def f{f}_{i}(x):\n    return x + {c}\n" for i in range(4))
        out.write(f"M 100644 inline src/mod{f % 50}/file{f}.py\ndata {len(body)}\n{body}\n")
    out.write("\n")
PY
  (cd "$repo" && git fast-import --quiet < "$work/stream" && git symbolic-ref HEAD refs/heads/main)
fi
best() {  # best wall time of three runs of "$@", in seconds
  local best_time=""
  for _ in 1 2 3; do
    local start end
    start=$(date +%s.%N)
    "$@" > /dev/null
    end=$(date +%s.%N)
    best_time=$(python3 -c "t=$end-$start; b='$best_time'; print(t if b=='' else min(t, float(b)))")
  done
  echo "$best_time"
}
scan_once() { rm -f "$work/scan.db"*; "$bin" scan --no-analyze --db "$work/scan.db" "$repo"; }
git_time=$(best git -C "$repo" log --raw --no-renames -r --no-abbrev)
scan_time=$(best scan_once)
commits=$(git -C "$repo" rev-list --count HEAD)
python3 - "$git_time" "$scan_time" "$commits" <<'PY'
import sys
g, s, n = float(sys.argv[1]), float(sys.argv[2]), int(sys.argv[3])
print(f"commits: {n}")
print(f"git log --raw:              {g:.3f} s  ({n / g:,.0f} commits/s)")
print(f"faultline scan --no-analyze: {s:.3f} s  ({n / s:,.0f} commits/s)")
print(f"ratio scan / git log: {s / g:.2f}x  (target <= 2x)")
PY
