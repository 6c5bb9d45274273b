#!/usr/bin/env python3
"""Checks the include lines of the source tree (or the libraries' link lines) against docs/architecture.md.

The document's parts table says which files make each part and which parts each may include;
its libraries table, which parts may include a library's headers. Every #include "..." of a
file of the tree and every #include <...> of a listed library is checked; a source file that
belongs to no part is an error too. Prints each violation as FILE:LINE: what, and exits 1 when
there is one.

With --links FILE (library_links.txt of a build directory, which CMake writes), checks instead
the link lines of the libraries against the parts table, through its targets table (which target
builds which part): a library's sources find the headers of the libraries it links and of those
they link PUBLIC, so each of those must be of a part the library's part may include.

With --dot, prints instead the parts and their arrows as a Graphviz graph (docs/architecture.dot
is that graph, laid out by dot into docs/architecture.svg).

usage: check_includes.py [--root DIR] [--doc FILE] [--links FILE | --dot]
       (defaults: the repository holding this script, and DIR/docs/architecture.md)
"""
import argparse
import fnmatch
import re
import sys
from pathlib import Path

SOURCE_FOLDERS = ("core", "importers", "exporters", "cli")
SOURCE_SUFFIXES = (".cpp", ".hpp", ".h", ".inc")
INCLUDE = re.compile(r'^\s*#\s*include\s*([<"])([^>"]+)[>"]')


def table(doc, name, columns=3):
    """The rows of the table between <!-- NAME: ... --> and <!-- end NAME -->, as lists of cells."""
    match = re.search(r"<!-- %s:.*?-->(.*?)<!-- end %s -->" % (name, name), doc, re.S)
    if not match:
        sys.exit(f"check_includes: docs/architecture.md has no {name} table")
    rows = []
    for line in match.group(1).strip().splitlines():
        cells = [cell.strip() for cell in line.strip().strip("|").split("|")]
        if len(cells) < columns or cells[0] in ("part", "library", "target") or set(cells[0]) <= set("-: "):
            continue
        rows.append(cells)
    return rows


def read_rules(doc):
    parts = []  # (name, patterns, allowed), in the table's order: the first match wins
    for name, files, allowed in table(doc, "parts"):
        patterns = re.findall(r"`([^`]+)`", files)
        parts.append((name, patterns, {part.strip() for part in allowed.split(",") if part.strip()}))
    libraries = []  # (library, header prefix, parts)
    for library, header, users in table(doc, "libraries"):
        prefix = re.findall(r"`([^`]+)`", header)
        if not prefix:
            sys.exit(f"check_includes: the library {library} names no header")
        libraries.append((library, prefix[0], {part.strip() for part in users.split(",") if part.strip()}))
    known = {name for name, _, _ in parts}
    for name, _, allowed in parts:
        for other in allowed - known:
            sys.exit(f"check_includes: the part {name} may include '{other}', which is no part")
    return parts, libraries


def part_of(path, parts):
    for name, patterns, _ in parts:
        if any(fnmatch.fnmatchcase(path, pattern) for pattern in patterns):
            return name
    return None


def check(root, doc_path):
    parts, libraries = read_rules(doc_path.read_text(encoding="utf-8"))
    allowed = {name: may for name, _, may in parts}
    problems = []
    files = sorted(path for folder in SOURCE_FOLDERS if (root / folder).is_dir()
                   for path in (root / folder).rglob("*") if path.suffix in SOURCE_SUFFIXES and path.is_file())
    for path in files:
        relative = path.relative_to(root).as_posix()
        part = part_of(relative, parts)
        if part is None:
            problems.append(f"{relative}: belongs to no part of docs/architecture.md")
            continue
        for number, line in enumerate(path.read_text(encoding="utf-8", errors="replace").splitlines(), 1):
            match = INCLUDE.match(line)
            if not match:
                continue
            quote, header = match.groups()
            for library, prefix, users in libraries:
                if header.startswith(prefix) and part not in users:
                    problems.append(f"{relative}:{number}: {part} may not use {library} ({header})")
            if quote != '"' or not (root / header).is_file():
                continue  # a system header, or a file the build generates
            target = part_of(header, parts)
            if target is None:
                problems.append(f"{relative}:{number}: includes {header}, which belongs to no part")
            elif target not in allowed[part]:
                problems.append(f"{relative}:{number}: {part} may not include {header} ({target})")
    return files, problems


def check_links(doc_path, links_path):
    """The problems of the link lines in links_path: lines `TARGET links|exports ITEM...`, the
    libraries TARGET links (PUBLIC and PRIVATE) and those it passes on to its users (PUBLIC)."""
    doc = doc_path.read_text(encoding="utf-8")
    parts, _ = read_rules(doc)
    allowed = {name: may for name, _, may in parts}
    part_of_target = {}
    for targets, part in table(doc, "targets", columns=2):
        for target in re.findall(r"`([^`]+)`", targets):
            part_of_target[target] = part.split()[0]
    links, exports = {}, {}
    for line in links_path.read_text(encoding="utf-8").splitlines():
        target, kind, *items = line.split()
        (links if kind == "links" else exports)[target] = [item for item in items if item in part_of_target]
    problems = []

    def exported(target, seen):
        for other in exports.get(target, []):
            if other not in seen:
                seen[other] = seen[target]
                exported(other, seen)

    for target in sorted(links):
        part = part_of_target.get(target)
        if part is None:
            problems.append(f"{target}: a library of no row of the targets table of docs/architecture.md")
            continue
        found = {}  # library -> the library linked that brings its headers
        for other in links[target]:
            found.setdefault(other, other)
            exported(other, found)
        for other, through in sorted(found.items()):
            if part_of_target[other] not in allowed[part]:
                how = "links" if other == through else f"links {through}, which exports"
                problems.append(f"{target}: {how} {other} ({part_of_target[other]}), "
                                f"whose headers {part} may not include")
    return problems


def reaches(edges, start, goal, skip):
    """Whether goal is reached from start over edges without taking the edge `skip`."""
    seen, todo = {start}, [start]
    while todo:
        at = todo.pop()
        for other in edges[at]:
            if (at, other) == skip or other in seen:
                continue
            if other == goal:
                return True
            seen.add(other)
            todo.append(other)
    return False


def dot(doc_path):
    """The parts as boxes, an arrow from each to every other part it may include, less the arrows
    another path implies (cli -> model, when cli -> text -> model is drawn)."""
    parts, libraries = read_rules(doc_path.read_text(encoding="utf-8"))
    lines = ["// Made by tests/architecture/check_includes.py --dot from docs/architecture.md; do not edit.",
             "digraph architecture {",
             '\trankdir=BT; nodesep=0.3; ranksep=0.5; bgcolor="white";',
             '\tnode [shape=box, style="rounded,filled", fillcolor="#dae8fc", color="#6c8ebf", fontname="sans-serif"];',
             '\tedge [color="#555555", arrowsize=0.7];']
    uses = {}
    for library, _, users in libraries:
        for user in users:
            uses.setdefault(user, []).append(library)
    for name, _, _ in parts:
        label = name if name not in uses else name + "\\n(" + ", ".join(uses[name]) + ")"
        lines.append(f'\t"{name}" [label="{label}"];')
    edges = {name: sorted(allowed - {name}) for name, _, allowed in parts}
    for name, _, _ in parts:
        for other in edges[name]:
            if not reaches(edges, name, other, (name, other)):
                lines.append(f'\t"{name}" -> "{other}";')
    lines.append("}")
    return "\n".join(lines) + "\n"


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--root", type=Path, default=Path(__file__).resolve().parents[2])
    parser.add_argument("--doc", type=Path)
    parser.add_argument("--links", type=Path)
    parser.add_argument("--dot", action="store_true")
    args = parser.parse_args()
    doc = args.doc or args.root / "docs" / "architecture.md"
    if args.links:
        problems = check_links(doc, args.links)
        for problem in problems:
            print(problem)
        print(f"the link lines of {args.links}: {len(problems)} violation(s)")
        return 1 if problems else 0
    if args.dot:
        sys.stdout.write(dot(doc))
        return 0
    files, problems = check(args.root, doc)
    for problem in problems:
        print(problem)
    print(f"{len(files)} files checked, {len(problems)} violation(s)")
    return 1 if problems or not files else 0


if __name__ == "__main__":
    sys.exit(main())
