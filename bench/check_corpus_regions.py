#!/usr/bin/env python3
"""Region and year accuracy of an import of a bench/make_corpus corpus.

Each report of the corpus is named {code}_{year}.txt after the region and year it was written
for, so its file name is its truth. Prints the share of reports filed under that code and year,
then every miss; exits 1 when there is a miss (or no report at all).

    bench/check_corpus_regions.py DB [GLOSSGRAPH]      (GLOSSGRAPH: default build/glossgraph)
"""
import json
import re
import subprocess
import sys
from pathlib import Path


def main():
    if len(sys.argv) not in (2, 3):
        sys.exit(__doc__)
    db = sys.argv[1]
    glossgraph = sys.argv[2] if len(sys.argv) == 3 else str(Path(__file__).resolve().parent.parent / "build" / "glossgraph")
    reports = json.loads(subprocess.run([glossgraph, "--db", db, "reports", "--json"], check=True,
                                        capture_output=True, text=True).stdout)
    named = [(r, re.fullmatch(r"(\d{6})_(\d{4})\.txt", Path(r["file"]).name)) for r in reports]
    named = [(r, m) for r, m in named if m]
    regions = [r for r, m in named if r["region_code"] == m.group(1)]
    years = [r for r, m in named if r["year"] == int(m.group(2))]
    total = len(named)
    print(f"reports: {total}")
    print(f"region: {len(regions)}/{total} ({100.0 * len(regions) / max(total, 1):.2f} %)")
    print(f"year: {len(years)}/{total} ({100.0 * len(years) / max(total, 1):.2f} %)")
    for r, m in named:
        if r["region_code"] != m.group(1):
            print(f"miss: {r['file']}: region {r['region_code']} ({r['title']})")
        if r["year"] != int(m.group(2)):
            print(f"miss: {r['file']}: year {r['year']} ({r['title']})")
    return 0 if total and len(regions) == total and len(years) == total else 1


if __name__ == "__main__":
    sys.exit(main())
