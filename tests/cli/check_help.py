#!/usr/bin/env python3
"""Every subcommand's --help, found from `glossgraph --help` itself (so a new command is
checked without being listed here): exits 0, opens with the description the command list
gives it, shows its usage under its own name (`glossgraph timeline [OPTIONS] TERM`, never
COMMAND), and says what every option and positional is for.

usage: check_help.py GLOSSGRAPH
"""
import re
import subprocess
import sys


def run(glossgraph, *args):
    done = subprocess.run([glossgraph, *args], capture_output=True, text=True)
    return done.returncode, done.stdout, done.stderr


def commands(top_help):
    """(name, description) of each line of the Subcommands: section."""
    listed, inside = [], False
    for line in top_help.splitlines():
        if line.strip().lower().startswith("subcommands"):
            inside = True
            continue
        if inside:
            match = re.match(r"^  ([a-z][a-z-]*)\s{2,}(\S.*)$", line)
            if match:
                listed.append((match.group(1), match.group(2)))
            elif line.strip() and not line.startswith("  "):
                break
    return listed


SPEC = re.compile(r"^(-\S*|[A-Z][A-Z0-9_:]*|Excludes:|Needs:|in|\[.*|.*\]|\{.*|.*\}|-|[0-9.]+|,)$")


def undescribed(help_text):
    """Option and positional lines (two-space indent, a name) with nothing after their names,
    types, ranges, defaults and exclusions, and no description on the line after."""
    missing = []
    lines = help_text.splitlines()
    for i, line in enumerate(lines):
        if not re.match(r"^  (-|[A-Z])", line):
            continue
        words = [word for word in line.split() if not SPEC.match(word)]
        following = i + 1 < len(lines) and re.match(r"^\s{20,}\S", lines[i + 1])
        if not words and not following:
            missing.append(line.strip())
    return missing


def main(glossgraph):
    code, top, _ = run(glossgraph, "--help")
    listed = commands(top)
    failures = [] if code == 0 and len(listed) >= 10 else [f"glossgraph --help: exit {code}, {len(listed)} commands listed"]
    for name, description in listed:
        code, out, err = run(glossgraph, name, "--help")
        if code != 0:
            failures.append(f"{name} --help: exit {code}: {err.strip()[:200]}")
            continue
        if not out.startswith(description):
            failures.append(f"{name} --help does not open with its description ({description[:40]}...)")
        if not re.search(rf"^Usage: glossgraph {re.escape(name)}\b", out, re.M):
            failures.append(f"{name} --help shows no usage under its own name")
        if "COMMAND" in out:
            failures.append(f"{name} --help says COMMAND")
        for line in undescribed(out):
            failures.append(f"{name} --help: '{line}' says nothing of what it is for")
    for failure in failures:
        print(failure)
    print(f"{len(listed)} commands' help checked, {len(failures)} problem(s)")
    return 1 if failures else 0


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    sys.exit(main(sys.argv[1]))
