#!/usr/bin/env bash
# Times the lookups a researcher makes on a database: search (a word of three characters or
# more through the trigram index, a two-character word through its vocabulary, two words), timeline,
# regions, a filtered terms, show and diff. Each command runs N times (default 5) after one
# untimed warm-up (so the file is in the page cache); prints the median wall time and CPU time
# (user + system: the steadier figure on a busy machine) in milliseconds, and the peak memory
# of the last run (which counts the database pages it read through mmap).
#
#   bench/lookup_bench.sh DB [N]
#   GLOSSGRAPH=...   another binary (default build/glossgraph of this tree)
# The terms and regions looked up are picked from the database itself: the term defined by
# most regions, and the province with most reports.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
db=${1:?usage: bench/lookup_bench.sh DB [N]}
runs=${2:-5}
gg=${GLOSSGRAPH:-$root/build/glossgraph}
[ -x /usr/bin/time ] || { echo "lookup_bench: /usr/bin/time is missing (apt-get install time)" >&2; exit 1; }

term=$("$gg" --db "$db" terms --csv | sed -n 2p | cut -d, -f2 | tr -d '\r')
# A term as most are: the first defined by 20 regions or fewer (columns: term,key,regions,...).
typical=$("$gg" --db "$db" terms --csv | tr -d '\r' | awk -F, 'NR > 1 && $3 <= 20 && !found { print $2; found = 1 }')
province=$("$gg" --db "$db" regions --csv | cut -d, -f1 | cut -c1-2 | sort | uniq -c | sort -rn | sed -n 1p | awk '{print $2 "0000"}')
first_year=$("$gg" --db "$db" reports --csv | cut -d, -f2 | sed 1d | grep -v '^$' | sort -n | sed -n 1p)
echo "database $db ($(du -h "$db" | cut -f1)); terms $term (most regions) and $typical; province $province; year $first_year; $runs runs each"
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"

measure() {  # label, then the command's arguments
    local label=$1; shift
    "$gg" --db "$db" "$@" >/dev/null
    local times=() cpus=() peak=0
    for ((i = 0; i < runs; i++)); do
        local out
        out=$( { /usr/bin/time -f '%e %U %S %M' "$gg" --db "$db" "$@" >/dev/null; } 2>&1 | tail -n 1)
        times+=("$(awk '{printf "%d", $1 * 1000}' <<<"$out")")
        cpus+=("$(awk '{printf "%d", ($2 + $3) * 1000}' <<<"$out")")
        peak=$(awk '{print $4}' <<<"$out")
    done
    local median cpu
    median=$(printf '%s\n' "${times[@]}" | sort -n | sed -n "$(( (runs + 1) / 2 ))p")
    cpu=$(printf '%s\n' "${cpus[@]}" | sort -n | sed -n "$(( (runs + 1) / 2 ))p")
    printf '%-48s wall %5d ms  CPU %5d ms  peak %6d KB (medians)\n' "$label" "$median" "$cpu" "$peak"
}

measure "search $term (trigram index)" search "$term"
measure "search 生态 (two characters: the index's vocabulary)" search 生态
measure "search 生态 环境 --in definitions" search 生态 环境 --in definitions
measure "timeline $term" timeline "$term"
measure "timeline $typical" timeline "$typical"
measure "regions" regions
measure "regions --province $province" regions --province "$province"
measure "terms --province $province" terms --province "$province"
measure "terms --year $first_year" terms --year "$first_year"
measure "show $term" show "$term"
measure "show $typical" show "$typical"
measure "diff $typical" diff "$typical"
