#!/usr/bin/env python3
"""The include check finds what is planted in tests/architecture/planted (and nothing else):
an importer including the store and sqlite3.h, a store including the graph and the linker, a
file of no part. The command line may include all of them.

usage: check_includes_test.py
"""
import subprocess
import sys
from pathlib import Path

here = Path(__file__).resolve().parent
expected = [
    "core/planted_stray.cpp: belongs to no part of docs/architecture.md",
    "core/store/store.hpp:3: store may not include core/graph/knowledge_graph.hpp (graph)",
    "core/store/store.hpp:5: store may not include core/link/linker.hpp (link)",
    "importers/planted_importer.cpp:2: importers may not include core/store/store.hpp (store)",
    "importers/planted_importer.cpp:5: importers may not use SQLite (sqlite3.h)",
    "8 files checked, 5 violation(s)",
]
run = subprocess.run([sys.executable, str(here / "check_includes.py"), "--root", str(here / "planted"),
                      "--doc", str(here.parents[1] / "docs" / "architecture.md")], capture_output=True, text=True)
lines = run.stdout.splitlines()
if run.returncode != 1 or lines != expected:
    print(f"exit {run.returncode}, expected 1; output:\n" + run.stdout + run.stderr)
    print("expected:\n" + "\n".join(expected))
    sys.exit(1)
print("the planted violations were found, and only they")
