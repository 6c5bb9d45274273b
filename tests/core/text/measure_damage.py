#!/usr/bin/env python3
"""Measures the repair of damaged runs on samples 003 and 004 against the hand-checked truth
(damaged_runs_truth.tsv): runs detected, runs repaired exactly, runs flagged (kept as written), runs repaired wrongly.

    tests/core/text/measure_damage.py build/glossgraph

Imports the two samples into a fresh database in a temporary folder and reads
`glossgraph damage --json`. Exits 1 when a truth run is not detected."""
import json, os, subprocess, sys, tempfile

here = os.path.dirname(os.path.abspath(__file__))
root = os.path.normpath(os.path.join(here, '..', '..', '..'))
binary = sys.argv[1]
truth = {}
for line in open(os.path.join(here, 'damaged_runs_truth.tsv'), encoding='utf-8'):
    if line.startswith('#') or not line.strip():
        continue
    report, number, written, expected = line.rstrip('\n').split('\t')
    truth[(report, int(number), written)] = expected
with tempfile.TemporaryDirectory() as folder:
    db = os.path.join(folder, 'm.db')
    samples = [os.path.join(root, 'samples', name) for name in ('003_69fdf8d6d7fd43b7.txt', '004_377fd206c21df32a.txt')]
    subprocess.run([binary, '--db', db, 'import', '--quiet'] + samples, check=True, capture_output=True)
    runs = json.loads(subprocess.run([binary, '--db', db, 'damage', '--json'], check=True, capture_output=True).stdout)
found = {(r['report'], r['line'], r['written']): r['repaired'] for r in runs}
missed = [k for k in truth if k not in found]
extra = [k for k in found if k not in truth]
for sample in ('003', '004'):
    keys = [k for k in truth if k[0].startswith(sample)]
    exact = [k for k in keys if found.get(k) == truth[k]]
    print(f'sample {sample}: {len(keys)} runs, {len([k for k in keys if k in found])} detected, {len(exact)} repaired exactly')
    for k in keys:
        if found.get(k) != truth[k]:
            print(f'  line {k[1]}: {k[2]} -> {found.get(k)} (truth {truth[k]})')
total = len(truth)
exact = sum(1 for k in truth if found.get(k) == truth[k])
wrong = sum(1 for k in truth if found.get(k) is not None and found.get(k) != truth[k])
flagged = sum(1 for k in truth if k in found and found[k] is None)
print(f'both: {total} runs, {total - len(missed)} detected, {exact} repaired exactly ({100.0 * exact / total:.1f} %), '
      f'{flagged} kept as written and flagged, {wrong} repaired wrongly; {len(extra)} run(s) found outside the truth')
sys.exit(1 if missed else 0)
