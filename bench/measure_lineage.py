#!/usr/bin/env python3
"""measure_lineage.py CORPUS DATABASE [GLOSSGRAPH [MINIMUM]]

Measures `glossgraph lineage` against the truth make_corpus --lineage N wrote beside CORPUS
(CORPUS/lineage_truth.tsv), on DATABASE, the corpus imported: for every planted term, each
definition lineage --json derives from a source is right when the source is the planted one
(region and year). Prints precision (right / derived), recall (right / planted derivations),
and how many right ones also have the planted relation and direction; then the misses. With
MINIMUM (0.95), exits 1 when precision or recall is below it, or a right one has another
relation or direction than the planted one.

  build/bench/make_corpus /tmp/lc --regions 100 --years 2019-2023 --lineage 200
  build/glossgraph --db /tmp/lc.db import /tmp/lc
  bench/measure_lineage.py /tmp/lc /tmp/lc.db build/glossgraph"""
import csv
import json
import subprocess
import sys


def main(corpus, database, glossgraph="build/glossgraph", minimum=None):
    truth = {}
    with open(f"{corpus}/lineage_truth.tsv", encoding="utf-8") as file:
        for row in csv.DictReader(file, delimiter="\t"):
            truth.setdefault(row["term"], {})[(row["region_code"], int(row["year"]))] = row
    planted = found = right = relation = direction = 0
    misses = []
    for term, rows in sorted(truth.items()):
        out = subprocess.run([glossgraph, "--db", database, "lineage", term, "--json"],
                             capture_output=True, text=True, check=True).stdout
        for d in json.loads(out)["definitions"]:
            t = rows.get((d["region_code"], d["year"]))
            if t is None:
                misses.append(f"{term}: {d['region_code']} {d['year']} is not planted")
                continue
            planted += bool(t["source_code"])
            source = d["derived_from"]
            if source is None:
                if t["source_code"]:
                    misses.append(f"{term}: {t['region_code']} {t['year']} missed its source {t['source_code']} {t['source_year']}")
                continue
            found += 1
            if (source["region_code"], source["year"]) != (t["source_code"], int(t["source_year"] or 0)):
                misses.append(f"{term}: {t['region_code']} {t['year']} from {source['region_code']} {source['year']}, "
                              f"planted {t['source_code'] or 'none'} {t['source_year']}")
                continue
            right += 1
            relation += d["relation"] == t["relation"]
            direction += d["direction"] == t["direction"]
            if d["relation"] != t["relation"]:
                misses.append(f"{term}: {t['region_code']} {t['year']} {d['relation']} (similarity {d['similarity']:.3f}), "
                              f"planted {t['relation']}")
    print(f"{len(truth)} planted terms, {planted} planted derivations, {found} found, {right} right")
    print(f"precision {right / max(found, 1):.3f}  recall {right / max(planted, 1):.3f}  "
          f"relation {relation / max(right, 1):.3f}  direction {direction / max(right, 1):.3f}")
    for miss in misses:
        print("  " + miss)
    if minimum is not None:
        low = min(right / max(found, 1), right / max(planted, 1)) < float(minimum)
        sys.exit(1 if low or relation != right or direction != right else 0)


if __name__ == "__main__":
    main(*sys.argv[1:])
