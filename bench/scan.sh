#!/usr/bin/env bash
# Walk cost: `faultline scan --no-analyze` against `git log --raw --no-renames -r --no-abbrev`
# (the walk alone) and `git log --numstat -M` (the walk plus what the scan also records per
# change: lines added and deleted, renames) on the same repository, best of three runs each,
# printed as ratios of wall and CPU time.
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
# Best of three runs each, wall time and CPU time (user + sys, which a busy machine distorts less).
python3 - "$bin" "$repo" "$work" <<'PY'
import os, subprocess, sys, time
bin, repo, work = sys.argv[1:4]

def measure(argv, before=None):
    best_wall = best_cpu = None
    for _ in range(3):
        if before:
            before()
        start = time.perf_counter()
        process = subprocess.Popen(argv, stdout=subprocess.DEVNULL)
        _, status, usage = os.wait4(process.pid, 0)
        wall = time.perf_counter() - start
        if status != 0:
            sys.exit(f"{argv[0]} failed: {status}")
        cpu = usage.ru_utime + usage.ru_stime
        best_wall = wall if best_wall is None else min(best_wall, wall)
        best_cpu = cpu if best_cpu is None else min(best_cpu, cpu)
    return best_wall, best_cpu

def fresh_db():
    for suffix in ("", "-wal", "-shm"):
        try:
            os.remove(f"{work}/scan.db{suffix}")
        except FileNotFoundError:
            pass

commits = int(subprocess.check_output(["git", "-C", repo, "rev-list", "--count", "HEAD"]))
git_wall, git_cpu = measure(["git", "-C", repo, "log", "--raw", "--no-renames", "-r", "--no-abbrev"])
# The same information the scan stores per change (lines added and deleted, renames):
numstat_wall, numstat_cpu = measure(["git", "-C", repo, "log", "--numstat", "-M", "-r"])
scan_wall, scan_cpu = measure([bin, "scan", "--no-analyze", "--db", f"{work}/scan.db", repo], fresh_db)
print(f"commits: {commits}")
print(f"git log --raw:               wall {git_wall:.3f} s  cpu {git_cpu:.3f} s  ({commits / git_wall:,.0f} commits/s)")
print(f"faultline scan --no-analyze: wall {scan_wall:.3f} s  cpu {scan_cpu:.3f} s  ({commits / scan_wall:,.0f} commits/s)")
print(f"git log --numstat -M:        wall {numstat_wall:.3f} s  cpu {numstat_cpu:.3f} s")
print(f"ratio scan / git log --raw: wall {scan_wall / git_wall:.2f}x, cpu {scan_cpu / git_cpu:.2f}x  (target <= 2x)")
print(f"ratio scan / git log --numstat -M: wall {scan_wall / numstat_wall:.2f}x, cpu {scan_cpu / numstat_cpu:.2f}x")
PY
