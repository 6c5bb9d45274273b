#!/usr/bin/env bash
# Times `export` of a whole database to a file in every format: wall, user and system CPU,
# peak memory and the size written, one run of each after an untimed warm-up (so the database
# is in the page cache). The files go to a folder of their own under DIR (default /tmp) and
# are removed after each run. For the largest output it also times dd writing as many bytes
# with fsync, the floor that the disk puts under any writer of that size.
#
#   bench/export_bench.sh DB [DIR]
#   GLOSSGRAPH=...   another binary (default build/glossgraph of this tree)
#   FORMATS="..."    the formats to time (default: all of them)
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
db=${1:?usage: bench/export_bench.sh DB [DIR]}
parent=${2:-/tmp}
gg=${GLOSSGRAPH:-$root/build/glossgraph}
formats=${FORMATS:-dot graphml turtle ntriples json tbx jieba csv}
[ -x /usr/bin/time ] || { echo "export_bench: /usr/bin/time is missing (apt-get install time)" >&2; exit 1; }
out=$(mktemp -d "$parent/export_bench.XXXXXX")
trap 'rm -rf "$out"' EXIT

echo "database $db ($(du -h "$db" | cut -f1)); load average: $(cut -d' ' -f1-3 /proc/loadavg)"
"$gg" --db "$db" export --format jieba -o - >/dev/null  # warm-up
printf '%-9s %9s %9s %9s %9s %11s\n' format wall user system peak written
largest=0
for format in $formats; do
    target=$out/out.$format
    [ "$format" = csv ] && target=$out/tables  # csv writes a folder of tables (out.csv would name one file)
    /usr/bin/time -o "$out/time" -f "%e %U %S %M" "$gg" --db "$db" export --format "$format" -o "$target" --force
    read -r wall user system peak < "$out/time"
    bytes=$(du -sb "$target" | cut -f1)
    (( bytes > largest )) && largest=$bytes
    printf '%-9s %8ss %8ss %8ss %7dMB %9dMB\n' "$format" "$wall" "$user" "$system" $((peak / 1024)) $((bytes / 1000000))
    rm -rf "$target"
done
blocks=$(( (largest + 1048575) / 1048576 ))
floor=$( { /usr/bin/time -f "%e" dd if=/dev/zero of="$out/dd" bs=1M count=$blocks conv=fsync status=none; } 2>&1 )
echo "dd of the largest size ($((largest / 1000000)) MB) with fsync, through the page cache: ${floor} s"
