#!/bin/sh
# CLI start-up (issue 25, item 5): `backrelief list` and `backrelief plan ...`
# as whole processes, run N times each (hyperfine-style: warm-up runs first,
# output to /dev/null), with an empty data folder and with the 873 exercises
# of free-exercise-db imported by the CLI's own `import` into a temporary
# data folder (that half is skipped, saying so, when ../shared/data is absent).
# The runs of a command alternate between the two folders, and the ratio of
# their CPU medians is printed. Prints per command the median, min and max wall time, the median CPU
# time (user + system of the child, from wait4: less noisy than wall time on
# a shared machine) and the median page faults of the child (wait4's minor
# faults: fresh memory the kernel maps in, about 2 us each on this VM, so a
# large part of a start-up's time).
#   scripts/startup-bench.sh [--build DIR] [--runs N] [--instructions]
# --build DIR     a configured build folder with the CLI (default build-startup,
#                 Release; build-rel of the bench has no examples, so not that;
#                 configured and built here when missing)
# --runs N        runs per command (default 30)
# --instructions  also count each command's instructions once under
#                 valgrind's callgrind (the stable figure on a busy machine)
set -eu
cd "$(dirname "$0")/.."
build=build-startup runs=30 instr=0
while [ $# -gt 0 ]; do
  case "$1" in
  --build) build=$2; shift 2 ;;
  --runs) runs=$2; shift 2 ;;
  --instructions) instr=1; shift ;;
  *) echo "usage: scripts/startup-bench.sh [--build DIR] [--runs N] [--instructions]" >&2; exit 2 ;;
  esac
done
if [ ! -f "$build/CMakeCache.txt" ]; then
  cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release >"$build.configure.log" 2>&1 ||
    { cat "$build.configure.log"; exit 1; }
fi
cmake --build "$build" --target backrelief_cli >/dev/null
cli="$PWD/$build/examples/cli/backrelief"
[ "$instr" = 0 ] || scripts/setup-debian.sh valgrind
fedb=${BRF_SHARED_DATA_DIR:-$(cd .. && pwd)/shared/data}/free-exercise-db/exercises.json
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$tmp/empty" "$tmp/imported"
dirs="empty"
if [ -f "$fedb" ]; then
  "$cli" --data-dir "$tmp/imported" import free-exercise-db "$fedb" >/dev/null 2>&1 ||
    { echo "startup-bench: the import of $fedb failed" >&2; exit 1; }
  dirs="empty imported"
else
  echo "startup-bench: $fedb not found: the half with 873 imported exercises is skipped"
fi
echo "backrelief start-up: $("$cli" --version | head -n 1), $runs runs per command, $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
# shellcheck disable=SC2086 # $dirs: one argument per data folder
python3 - "$cli" "$tmp" "$runs" "$instr" $dirs <<'EOF'
import os, re, subprocess, sys, time
cli, tmp, runs, instr, dirs = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4] == "1", sys.argv[5:]
commands = [
    ["list"],
    ["plan", "--goal", "post-leg-workout", "--minutes", "20"],
    ["screen", "--list"],
    ["--version"],
]
devnull = os.open(os.devnull, os.O_RDWR)

def once(argv):
    """Wall and CPU (user + system) seconds and minor page faults of one whole process."""
    t0 = time.perf_counter()
    pid = os.posix_spawn(argv[0], argv, os.environ,
                         file_actions=[(os.POSIX_SPAWN_DUP2, devnull, 0),
                                       (os.POSIX_SPAWN_DUP2, devnull, 1),
                                       (os.POSIX_SPAWN_DUP2, devnull, 2)])
    _, status, ru = os.wait4(pid, 0)
    wall = time.perf_counter() - t0
    if os.waitstatus_to_exitcode(status) != 0:
        sys.exit("startup-bench: %s exited %d" % (" ".join(argv[1:]), os.waitstatus_to_exitcode(status)))
    return wall, ru.ru_utime + ru.ru_stime, ru.ru_minflt

def median(xs):
    xs = sorted(xs)
    n = len(xs)
    return xs[n // 2] if n % 2 else (xs[n // 2 - 1] + xs[n // 2]) / 2

def instructions(argv):
    out = subprocess.run(["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null"] + argv,
                         stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True).stderr
    m = re.search(r"refs:\s*([\d,]+)", out)
    return m.group(1) if m else "?"

print("%-10s %-45s %9s %9s %9s %9s %7s%s" % ("data", "command", "median", "min", "max", "cpu med",
                                             "faults", "  instructions" if instr else ""))
# Each command's runs alternate between the data folders (one of each per
# round), so that a busy moment of the shared machine falls on both sides
# and the ratio of their CPU medians holds when the times themselves drift.
for c in commands:
    argvs = [[cli, "--data-dir", os.path.join(tmp, d)] + c for d in dirs]
    for _ in range(3):  # warm-up: page cache, dynamic loader
        for argv in argvs:
            once(argv)
    samples = [[] for _ in dirs]
    for _ in range(runs):
        for k, argv in enumerate(argvs):
            samples[k].append(once(argv))
    cpu_med = []
    for d, argv, got in zip(dirs, argvs, samples):
        walls, cpus, faults = zip(*got)
        cpu_med.append(median(cpus))
        ms = lambda s: "%7.2f ms" % (s * 1e3)
        print("%-10s %-45s %s %s %s %s %7d%s" % (d, " ".join(c), ms(median(walls)), ms(min(walls)),
              ms(max(walls)), ms(median(cpus)), median(faults),
              "  %14s" % instructions(argv) if instr else ""))
    if len(dirs) == 2 and cpu_med[0] > 0:
        print("%-10s %-45s %39s %.2fx" % ("ratio", " ".join(c), "imported / empty, CPU:",
                                         cpu_med[1] / cpu_med[0]))
print("target (issue 25): list and plan under 10 ms, and no slower with 873 imported exercises")
EOF
