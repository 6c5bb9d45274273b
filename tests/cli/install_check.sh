#!/usr/bin/env bash
# cmake --install puts the executable, the manual page and the bash completion in place; the
# page renders without a groff warning and documents every command; the completion completes
# commands, options and option values from the installed binary.
#   install_check.sh BUILD_DIR WORK_DIR
set -euo pipefail
build=$1 prefix=$2/install
rm -rf "$prefix"
cmake --install "$build" --prefix "$prefix" >/dev/null
for file in bin/glossgraph share/man/man1/glossgraph.1 share/bash-completion/completions/glossgraph; do
  [ -s "$prefix/$file" ] || { echo "install_check: $file was not installed" >&2; exit 1; }
done
page=$prefix/share/man/man1/glossgraph.1
warnings=$(groff -k -man -Tutf8 -ww -z "$page" 2>&1)
[ -z "$warnings" ] || { echo "install_check: groff warns about the manual page:" >&2; echo "$warnings" >&2; exit 1; }
rendered=$(groff -k -man -Tutf8 "$page" 2>/dev/null)
for command in $("$prefix/bin/glossgraph" --help | sed -n '/^Subcommands:/,$s/^  \([a-z]\+\) .*/\1/p'); do
  grep -q "glossgraph $command \[OPTIONS\]" <<<"$rendered" || { echo "install_check: the page lacks '$command'" >&2; exit 1; }
done
PATH=$prefix/bin:$PATH
source "$prefix/share/bash-completion/completions/glossgraph"
completes() {  # expected words, then a command line whose last word is completed
  local expected=$1; shift
  COMP_WORDS=("$@"); COMP_CWORD=$(($# - 1)); COMPREPLY=(); _glossgraph
  local got; got=$(printf '%s\n' "${COMPREPLY[@]}" | sort | tr '\n' ' ')
  [ "$got" = "$expected " ] || { echo "install_check: '$*' completes to '$got', not '$expected'" >&2; exit 1; }
}
completes "timeline" glossgraph tim
completes "--limit" glossgraph search --li
completes "--variants" glossgraph --db x.db timeline --va
completes "tbx turtle" glossgraph export --format t
completes "bodies" glossgraph search --in b
completes "always auto never" glossgraph --color ""
echo "install_check: installed, the page renders, the completion completes"
