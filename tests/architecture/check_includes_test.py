#!/usr/bin/env python3
"""The include check finds what is planted in tests/architecture/planted (and nothing else):
an importer including the store and sqlite3.h, a store including the graph and the linker, a
file of no part. The command line may include all of them.

The link check finds what planted/library_links.txt plants: an importer and a matcher linking
the store, a store linking the graph, the headers those pass on (a library linked PRIVATE is
not passed on: the linker, linking the matcher, is not refused the store), and a library of no
row of the targets table.

usage: check_includes_test.py
"""
import subprocess
import sys
from pathlib import Path

here = Path(__file__).resolve().parent
include_violations = [
    "core/planted_stray.cpp: belongs to no part of docs/architecture.md",
    "core/store/store.hpp:3: store may not include core/graph/knowledge_graph.hpp (graph)",
    "core/store/store.hpp:5: store may not include core/link/linker.hpp (link)",
    "importers/planted_importer.cpp:2: importers may not include core/store/store.hpp (store)",
    "importers/planted_importer.cpp:5: importers may not use SQLite (sqlite3.h)",
    "8 files checked, 5 violation(s)",
]
link_violations = [
    "glossgraph_importers: links glossgraph_store, which exports glossgraph_compare (compare), whose headers importers may not include",
    "glossgraph_importers: links glossgraph_store, which exports glossgraph_graph (graph), whose headers importers may not include",
    "glossgraph_importers: links glossgraph_store (store), whose headers importers may not include",
    "glossgraph_link: links glossgraph_store, which exports glossgraph_compare (compare), whose headers link may not include",
    "glossgraph_link: links glossgraph_store, which exports glossgraph_graph (graph), whose headers link may not include",
    "glossgraph_link: links glossgraph_store (store), whose headers link may not include",
    "glossgraph_planted: a library of no row of the targets table of docs/architecture.md",
    "glossgraph_store: links glossgraph_graph, which exports glossgraph_compare (compare), whose headers store may not include",
    "glossgraph_store: links glossgraph_graph (graph), whose headers store may not include",
    f"the link lines of {here / 'planted' / 'library_links.txt'}: 9 violation(s)",
]
failed = False
for arguments, expected in (
        (["--root", str(here / "planted")], include_violations),
        (["--links", str(here / "planted" / "library_links.txt")], link_violations)):
    run = subprocess.run([sys.executable, str(here / "check_includes.py"), *arguments,
                          "--doc", str(here.parents[1] / "docs" / "architecture.md")], capture_output=True, text=True)
    if run.returncode != 1 or run.stdout.splitlines() != expected:
        print(f"{' '.join(arguments)}: exit {run.returncode}, expected 1; output:\n" + run.stdout + run.stderr)
        print("expected:\n" + "\n".join(expected))
        failed = True
if failed:
    sys.exit(1)
print("the planted violations were found, and only they")
