#!/usr/bin/env bash
# Generates the synthetic national corpus (bench/make_corpus) and measures glossgraph on it:
# a first import, a second import of the same unchanged corpus, and `differing --json` over
# everything (skipped while the build has no `differing`). Prints wall time, throughput
# (corpus bytes / wall time, MB = 10^6 bytes) and peak resident memory for each step.
#
#   bench/run_corpus_bench.sh [DIR] [make_corpus options...]
#     DIR          where the corpus goes (default /tmp/glossgraph-corpus); the database is DIR.db
#     options      passed on to make_corpus, e.g. --regions 300 --years 2021-2023
#   BUILD_DIR=...  the build to use (default build/ of this tree); make_corpus and glossgraph are
#                  built there when missing. GLOSSGRAPH=... and MAKE_CORPUS=... name other binaries.
#
# Only files named like 510604_2023.txt are removed from DIR before generating, and only DIR.db
# (with its -wal and -shm) is removed before importing.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${BUILD_DIR:-$root/build}
dir=${1:-/tmp/glossgraph-corpus}
[[ $# -gt 0 ]] && shift
db="${dir%/}.db"
glossgraph=${GLOSSGRAPH:-$build/glossgraph}
make_corpus=${MAKE_CORPUS:-$build/bench/make_corpus}
time_cmd=/usr/bin/time

die() { echo "run_corpus_bench: $*" >&2; exit 1; }
[[ -x $time_cmd ]] || die "$time_cmd is missing (apt-get install time)"
if [[ ! -x $glossgraph || ! -x $make_corpus ]]; then
    cmake --build "$build" --target glossgraph make_corpus || die "cannot build glossgraph and make_corpus in $build"
fi

mkdir -p "$dir"
avail_kb=$(df -Pk "$dir" | awk 'NR == 2 { print $4 }')
(( avail_kb > 4 * 1024 * 1024 )) || echo "run_corpus_bench: warning: only $((avail_kb / 1024)) MB free under $dir; the full corpus and its database need about 3 GB" >&2

logs=$(mktemp -d /tmp/glossgraph-bench.XXXXXX)
trap 'rm -rf "$logs"' EXIT

# measure NAME COMMAND...: runs COMMAND under time -v with stdout and stderr kept in $logs;
# sets wall (seconds), rss (MB) and status.
measure() {
    local name=$1
    shift
    status=0
    "$time_cmd" -v -o "$logs/$name.time" "$@" >"$logs/$name.out" 2>"$logs/$name.err" || status=$?
    wall=$(awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, p, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + p[i]; print s }' "$logs/$name.time")
    rss=$(awk -F': ' '/Maximum resident set size/ { printf "%.0f", $2 / 1024 }' "$logs/$name.time")
}

rows=()
# row STEP BYTES: one line of the table from the last measure; BYTES 0 prints no throughput.
row() {
    local mbps=-
    [[ $2 -gt 0 ]] && mbps=$(awk -v b="$2" -v s="$wall" 'BEGIN { printf "%.1f", (s > 0 ? b / 1e6 / s : 0) }')
    rows+=("$(printf '%-22s %9.2f %8s %9s %6s' "$1" "$wall" "$mbps" "$rss" "$status")")
}

echo "== generating into $dir"
find "$dir" -maxdepth 1 -regextype posix-extended -regex '.*/[0-9]{6}_[0-9]{4}\.txt' -delete
measure generate "$make_corpus" "$dir" "$@"
cat "$logs/generate.out"
[[ $status -eq 0 ]] || { cat "$logs/generate.err" >&2; die "make_corpus failed"; }
files=$(find "$dir" -maxdepth 1 -name '*.txt' | wc -l)
bytes=$(find "$dir" -maxdepth 1 -name '*.txt' -printf '%s\n' | awk '{ s += $1 } END { print s + 0 }')
row "generate" "$bytes"

rm -f "$db" "$db-wal" "$db-shm"
echo "== import (first run) into $db"
measure import1 "$glossgraph" --db "$db" import "$dir"
tail -n 2 "$logs/import1.out"
echo "$(grep -c 'warning' "$logs/import1.err" || true) warning line(s) on stderr"
[[ $status -eq 0 ]] || head -n 20 "$logs/import1.err" >&2
row "import (first)" "$bytes"
db_bytes=$(find "$(dirname "$db")" -maxdepth 1 \( -name "$(basename "$db")" -o -name "$(basename "$db")-wal" \) -printf '%s\n' |
    awk '{ s += $1 } END { print s + 0 }')

echo "== import (second run, nothing changed)"
measure import2 "$glossgraph" --db "$db" import "$dir"
tail -n 2 "$logs/import2.out"
row "import (unchanged)" "$bytes"

# `glossgraph differing --help` without such a command prints the main help and exits 0.
if "$glossgraph" differing --help 2>/dev/null | grep -q 'differing'; then
    echo "== differing --json over everything"
    measure differing "$glossgraph" --db "$db" differing --json
    echo "$(wc -c <"$logs/differing.out") bytes of JSON"
    [[ $status -eq 0 ]] || head -n 20 "$logs/differing.err" >&2
    row "differing --json" 0
else
    echo "== differing: skipped, this glossgraph has no 'differing' command"
fi

echo "== database"
"$glossgraph" --db "$db" stats

echo
printf 'corpus: %s files, %s bytes (%.1f MB) in %s\n' "$files" "$bytes" "$(awk -v b="$bytes" 'BEGIN { print b / 1e6 }')" "$dir"
printf 'database: %s bytes (%.1f MB) in %s\n' "$db_bytes" "$(awk -v b="$db_bytes" 'BEGIN { print b / 1e6 }')" "$db"
echo
printf '%-22s %9s %8s %9s %6s\n' step 'wall s' 'MB/s' 'peak MB' exit
printf '%-22s %9s %8s %9s %6s\n' ---------------------- --------- -------- --------- ------
printf '%s\n' "${rows[@]}"
