#!/usr/bin/env bash
# Walk cost: `faultline scan --no-analyze` against `git log --raw --no-renames -r --no-abbrev`
# (the walk alone) and `git log --numstat -M` (the walk plus what the scan also records per
# change: lines added and deleted, renames) on the same repository, in interleaved rounds,
# printed as ratios of wall and CPU time.
#   bench/scan.sh [REPO]   (default: a synthetic history of 5,000 commits over 2,000 files)
#   ROUNDS=N               rounds (default 7)
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
# Each round runs the three commands one after another, so a busy spell of the machine (this
# VM's speed wanders by a quarter within minutes) falls on all of them alike; ROUNDS rounds
# (default 7). Printed: the best of each (what the code can do) and the median round's ratio.
python3 - "$bin" "$repo" "$work" "${ROUNDS:-7}" <<'PY'
import os, statistics, subprocess, sys, time
bin, repo, work, rounds = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])

def run(argv):
    start = time.perf_counter()
    process = subprocess.Popen(argv, stdout=subprocess.DEVNULL)
    _, status, usage = os.wait4(process.pid, 0)
    wall = time.perf_counter() - start
    if status != 0:
        sys.exit(f"{argv[0]} failed: {status}")
    return wall, usage.ru_utime + usage.ru_stime

def fresh_db():
    for suffix in ("", "-wal", "-shm"):
        try:
            os.remove(f"{work}/scan.db{suffix}")
        except FileNotFoundError:
            pass

commits = int(subprocess.check_output(["git", "-C", repo, "rev-list", "--count", "HEAD"]))
raw, numstat, scan = [], [], []
for _ in range(rounds):
    raw.append(run(["git", "-C", repo, "log", "--raw", "--no-renames", "-r", "--no-abbrev"]))
    # The same information the scan stores per change (lines added and deleted, renames):
    numstat.append(run(["git", "-C", repo, "log", "--numstat", "-M", "-r"]))
    fresh_db()
    scan.append(run([bin, "scan", "--no-analyze", "--db", f"{work}/scan.db", repo]))

def best(runs, i):
    return min(r[i] for r in runs)

git_wall, git_cpu = best(raw, 0), best(raw, 1)
scan_wall, scan_cpu = best(scan, 0), best(scan, 1)
numstat_wall, numstat_cpu = best(numstat, 0), best(numstat, 1)
median_ratio = statistics.median(s[0] / r[0] for s, r in zip(scan, raw))
print(f"commits: {commits}, rounds: {rounds}")
print(f"git log --raw:               wall {git_wall:.3f} s  cpu {git_cpu:.3f} s  ({commits / git_wall:,.0f} commits/s)")
print(f"faultline scan --no-analyze: wall {scan_wall:.3f} s  cpu {scan_cpu:.3f} s  ({commits / scan_wall:,.0f} commits/s)")
print(f"git log --numstat -M:        wall {numstat_wall:.3f} s  cpu {numstat_cpu:.3f} s")
print(f"ratio scan / git log --raw: wall {scan_wall / git_wall:.2f}x, cpu {scan_cpu / git_cpu:.2f}x  (target <= 2x); median round {median_ratio:.2f}x")
print(f"ratio scan / git log --numstat -M: wall {scan_wall / numstat_wall:.2f}x, cpu {scan_cpu / numstat_cpu:.2f}x")
PY
