#!/usr/bin/env bash
# Imports one corpus with glossgraph and with the Python peer (../shared/peer/peer.py), in
# alternating runs, and prints each run, the medians and the ratios:
#   speed-up = peer wall / glossgraph wall        (above 1: glossgraph is faster)
#   memory   = glossgraph peak RSS / peer peak RSS (below 1: glossgraph needs less)
#   cpu      = peer CPU time (user + system, children included) / glossgraph's: on a shared,
#              busy machine wall time depends on the neighbours, CPU time much less
# The peer runs twice per round: with its defaults (uconv for Traditional->Simplified, one
# process) and with its fastest settings (--t2s table --jobs 2 --no-text).
#
#   bench/compare_peer.sh [--rounds N] [--corpus DIR | --out DIR] [make_corpus options...]
#     --rounds N   rounds of three runs (default 3); the order of the three turns each round,
#                  so no program always runs first (cold) or after the same neighbour
#     --corpus DIR import the corpus in DIR (its *.txt files) as it is: nothing is generated
#     --out DIR    where the corpus is generated (default /tmp/glossgraph-peer-corpus); only
#                  files named like 510604_2023.txt are removed from it first
#     options      passed on to make_corpus (default: --regions 1000 --years 2019-2023, 5,000
#                  reports, about 265 MB); make_corpus is deterministic, so the same options
#                  give the same bytes (the corpus digest printed says so)
#   BUILD_DIR=...  the Release build to use (default build/ of this tree); GLOSSGRAPH=...,
#                  MAKE_CORPUS=..., PEER=... (default ../shared/peer/peer.py beside the
#                  repository) and PYTHON=... (default /usr/bin/python3) name other programs.
#   KEEP_DB=1      keep the databases (one per program, of the last round) beside the logs.
#
# Every run imports into a new database. Wall time and peak RSS come from /usr/bin/time -v;
# the corpus is read once before the first round so that every run finds it in the page cache.
# The machine's load average is printed before and after: on a shared machine a figure taken
# beside other work is a lower bound, and the ratios (taken in the same minutes) are the
# figures to compare. Not part of CI.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${BUILD_DIR:-$root/build}
glossgraph=${GLOSSGRAPH:-$build/glossgraph}
make_corpus=${MAKE_CORPUS:-$build/bench/make_corpus}
peer=${PEER:-$root/../shared/peer/peer.py}
python=${PYTHON:-/usr/bin/python3}
time_cmd=/usr/bin/time

die() { echo "compare_peer: $*" >&2; exit 1; }

rounds=3
corpus=
out=/tmp/glossgraph-peer-corpus
corpus_args=()
while [[ $# -gt 0 ]]; do
    case $1 in
        --rounds) [[ $# -ge 2 ]] || die "--rounds needs a number"; rounds=$2; shift 2 ;;
        --corpus) [[ $# -ge 2 ]] || die "--corpus needs a folder"; corpus=$2; shift 2 ;;
        --out) [[ $# -ge 2 ]] || die "--out needs a folder"; out=$2; shift 2 ;;
        -h|--help) sed -n '2,/^set -euo/p' "${BASH_SOURCE[0]}" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
        *) corpus_args+=("$1"); shift ;;
    esac
done
[[ $rounds =~ ^[1-9][0-9]*$ ]] || die "--rounds must be a positive number, not '$rounds'"
[[ -n $corpus && ${#corpus_args[@]} -gt 0 ]] && die "--corpus takes a corpus as it is, not make_corpus options (${corpus_args[*]})"
[[ ${#corpus_args[@]} -eq 0 ]] && corpus_args=(--regions 1000 --years 2019-2023)

[[ -x $time_cmd ]] || die "$time_cmd is missing (apt-get install time)"
[[ -f $peer ]] || die "no peer at $peer (set PEER=...)"
[[ -x $python ]] || die "no $python (set PYTHON=...)"
command -v uconv >/dev/null || die "the peer's default settings need uconv (apt-get install icu-devtools)"
if [[ ! -x $glossgraph || ( -z $corpus && ! -x $make_corpus ) ]]; then
    cmake --build "$build" --target glossgraph make_corpus >&2 || die "cannot build glossgraph and make_corpus in $build"
fi
grep -q 'CMAKE_BUILD_TYPE:STRING=Release' "$build/CMakeCache.txt" 2>/dev/null ||
    echo "compare_peer: warning: $build is not a Release build" >&2

logs=$(mktemp -d /tmp/glossgraph-peer.XXXXXX)
cleanup() { [[ ${KEEP_DB:-0} == 1 ]] || rm -rf "$logs"; }
trap cleanup EXIT

if [[ -z $corpus ]]; then
    corpus=$out
    mkdir -p "$corpus"
    echo "== generating: make_corpus $corpus ${corpus_args[*]} --source $root"
    find "$corpus" -maxdepth 1 -regextype posix-extended -regex '.*/[0-9]{6}_[0-9]{4}\.txt' -delete
    "$make_corpus" "$corpus" "${corpus_args[@]}" --source "$root" >"$logs/generate.out" 2>&1 ||
        { cat "$logs/generate.out" >&2; die "make_corpus failed"; }
fi
[[ -d $corpus ]] || die "no corpus folder $corpus"
files=$(find "$corpus" -maxdepth 1 -name '*.txt' | wc -l)
[[ $files -gt 0 ]] || die "no *.txt in $corpus"
bytes=$(find "$corpus" -maxdepth 1 -name '*.txt' -printf '%s\n' | awk '{ s += $1 } END { print s + 0 }')
# Reading every file once warms the page cache; the digest names the corpus.
digest=$(find "$corpus" -maxdepth 1 -name '*.txt' -printf '%f\n' | LC_ALL=C sort |
    (cd "$corpus" && xargs cat) | sha256sum | cut -c1-16)

commit=$(git -C "$root" rev-parse --short HEAD 2>/dev/null || echo '?')
dirty=$(git -C "$root" status --porcelain --untracked-files=no 2>/dev/null | grep -q . && echo ' (with uncommitted changes)' || true)
printf 'corpus     %s: %d reports, %.1f MB, sha256 %s (of the files in name order)\n' \
    "$corpus" "$files" "$(awk -v b="$bytes" 'BEGIN { print b / 1e6 }')" "$digest"
printf 'glossgraph %s, commit %s%s\n' "$glossgraph" "$commit" "$dirty"
printf 'peer       %s %s, sha256 %s\n' "$python" "$peer" "$(sha256sum "$peer" | cut -c1-16)"
printf 'machine    %d cores, load average %s\n' "$(nproc)" "$(cut -d' ' -f1-3 /proc/loadavg)"
echo

names=(glossgraph peer-default peer-fast)
# command_of NAME DB: the command line of one run.
command_of() {
    case $1 in
        glossgraph) echo "$glossgraph --db $2 import $corpus" ;;
        peer-default) echo "$python $peer import $corpus --db $2" ;;
        peer-fast) echo "$python $peer import $corpus --db $2 --t2s table --jobs 2 --no-text" ;;
    esac
}
for name in "${names[@]}"; do printf '%-12s %s\n' "$name" "$(command_of "$name" "DB")"; done
echo

declare -A walls rsss cpus
# run NAME ROUND: one import into a new database; appends to walls[NAME] and rsss[NAME].
run() {
    local name=$1 round=$2 db="$logs/$1.db" status=0
    rm -f "$db" "$db-wal" "$db-shm" "$db-journal"
    # shellcheck disable=SC2046  # the command is split on purpose: no path here holds a space
    "$time_cmd" -v -o "$logs/$name.$round.time" $(command_of "$name" "$db") \
        >"$logs/$name.$round.out" 2>"$logs/$name.$round.err" || status=$?
    local wall cpu rss size
    wall=$(awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, p, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + p[i]; print s }' "$logs/$name.$round.time")
    cpu=$(awk -F': ' '/User time|System time/ { s += $2 } END { printf "%.2f", s }' "$logs/$name.$round.time")
    rss=$(awk -F': ' '/Maximum resident set size/ { printf "%.0f", $2 / 1024 }' "$logs/$name.$round.time")
    size=$(find "$logs" -maxdepth 1 \( -name "$name.db" -o -name "$name.db-wal" \) -printf '%s\n' | awk '{ s += $1 } END { printf "%.0f", s / 1e6 }')
    printf '%5d  %-12s %8.2f %8.2f %8s %8s %6s\n' "$round" "$name" "$wall" "$cpu" "$rss" "$size" "$status"
    if [[ $status -ne 0 ]]; then
        # glossgraph exits 1 when a file failed; the rest of the corpus is still imported.
        echo "       exit $status; last lines of its stderr:" && tail -n 3 "$logs/$name.$round.err" | sed 's/^/       /'
    fi
    walls[$name]+="$wall "
    rsss[$name]+="$rss "
    cpus[$name]+="$cpu "
}

printf '%5s  %-12s %8s %8s %8s %8s %6s\n' round program 'wall s' 'cpu s' 'peak MB' 'db MB' exit
printf '%5s  %-12s %8s %8s %8s %8s %6s\n' ----- ------------ -------- -------- -------- -------- ------
for ((round = 1; round <= rounds; round++)); do
    for ((i = 0; i < 3; i++)); do run "${names[(i + round - 1) % 3]}" "$round"; done
done

median() { tr ' ' '\n' | grep . | sort -g | awk '{ v[NR] = $1 } END { print (NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2) }'; }
echo
printf '%-12s %9s %9s %9s %10s %10s %8s\n' median 'wall s' 'cpu s' 'peak MB' speed-up 'cpu ratio' memory
printf '%-12s %9s %9s %9s %10s %10s %8s\n' ------------ --------- --------- --------- ---------- ---------- --------
g_wall=$(median <<<"${walls[glossgraph]}")
g_cpu=$(median <<<"${cpus[glossgraph]}")
g_rss=$(median <<<"${rsss[glossgraph]}")
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", (b > 0 ? a / b : 0) }'; }
for name in "${names[@]}"; do
    wall=$(median <<<"${walls[$name]}")
    cpu=$(median <<<"${cpus[$name]}")
    rss=$(median <<<"${rsss[$name]}")
    if [[ $name == glossgraph ]]; then
        printf '%-12s %9.2f %9.2f %9.0f %10s %10s %8s\n' "$name" "$wall" "$cpu" "$rss" - - -
    else
        printf '%-12s %9.2f %9.2f %9.0f %9sx %9sx %8s\n' "$name" "$wall" "$cpu" "$rss" \
            "$(ratio "$wall" "$g_wall")" "$(ratio "$cpu" "$g_cpu")" "$(ratio "$g_rss" "$rss")"
    fi
done
echo
echo "speed-up: the peer's median wall time / glossgraph's; cpu ratio: the same of CPU time;"
echo "memory: glossgraph's median peak RSS / the peer's"
printf 'machine    load average %s after the runs\n' "$(cut -d' ' -f1-3 /proc/loadavg)"
[[ ${KEEP_DB:-0} == 1 ]] && echo "logs and databases kept in $logs"
exit 0
