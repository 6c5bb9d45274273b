#!/usr/bin/env bash
# pager_check.sh GLOSSGRAPH DB
# On a terminal (on_terminal.py gives the command one) a listing goes through $PAGER and its table
# fits $COLUMNS; with --no-pager, PAGER=cat, in a pipe, and for import, nothing is paged.
set -euo pipefail
gg=$1
db=$2
pager="sed s/^/paged:/"
fail() { echo "pager_check: $*" >&2; exit 1; }
on_terminal() { /usr/bin/python3 "$(dirname "$0")/on_terminal.py" "$1"; }

out=$(on_terminal "env PAGER='$pager' COLUMNS=60 '$gg' --db '$db' terms")
grep -q '^paged:term ' <<<"$out" || fail "terms on a terminal did not go through \$PAGER: $out"
grep -q '^paged:written forms' <<<"$out" && fail "a header was cut: $out"
# Fitted to 60 columns: the written forms of 专精特新 wrap onto a second line.
grep -q '^paged: \{40,\}' <<<"$out" || fail "no wrapped line at 60 columns: $out"

out=$(on_terminal "env PAGER='$pager' '$gg' --db '$db' terms --no-pager")
grep -q 'paged:' <<<"$out" && fail "--no-pager still paged"
grep -q '^term ' <<<"$out" || fail "--no-pager printed no table: $out"

# Plain words are run directly (the sed above went through sh): a pager named `then`, which
# sh would read as a keyword and refuse, pages. An assignment before the command (VAR=value)
# is shell syntax: it goes through sh, as it did before.
bin=$(mktemp -d)
printf '#!/bin/sh\nsed "s/^/direct:/"\n' >"$bin/then"
chmod +x "$bin/then"
out=$(on_terminal "env PATH='$bin:$PATH' PAGER=then '$gg' --db '$db' stats") || true
grep -q '^direct:reports' <<<"$out" || fail "PAGER=then was not run directly: $out"
out=$(on_terminal "env PATH='$bin:$PATH' PAGER='MARK=1 then' '$gg' --db '$db' stats") || true
grep -q '^direct:reports' <<<"$out" || fail "PAGER='MARK=1 then' was not run by sh: $out"
rm -rf "$bin"

out=$(on_terminal "env PAGER=cat '$gg' --db '$db' stats")
grep -q 'paged:' <<<"$out" && fail "PAGER=cat paged"

out=$(env PAGER="$pager" "$gg" --db "$db" terms)
grep -q 'paged:' <<<"$out" && fail "a pipe was paged"

copy=$(mktemp)
trap 'rm -f "$copy"' EXIT
cp "$db" "$copy"
out=$(on_terminal "env PAGER='$pager' '$gg' --db '$copy' import --quiet samples/000_5b54c714a6bec26a.txt")
grep -q 'paged:' <<<"$out" && fail "import was paged"
out=$(on_terminal "env PAGER='$pager' '$gg' --db '$copy' export --format dot -o '$copy.dot'; rm -f '$copy.dot'")
grep -q 'paged:' <<<"$out" && fail "export to a file was paged"

out=$(on_terminal "env PAGER=no-such-pager-here '$gg' --db '$db' stats 2>&1")
grep -q "the pager 'no-such-pager-here' could not be run (No such file or directory)" <<<"$out" ||
    fail "a pager that cannot run went unsaid: $out"
grep -q '^reports' <<<"$out" || fail "without a pager that could run, the output was lost: $out"
echo "pager_check: ok"
