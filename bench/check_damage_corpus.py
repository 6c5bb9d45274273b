#!/usr/bin/env python3
"""Repairs of damaged runs in a bench/make_corpus corpus, each matched against its truth.

make_corpus copies the paragraphs of samples 003 and 004, damage included, so each damaged run
of the corpus is a copy of a run of tests/core/text/damaged_runs_truth.tsv and its truth is
known by what it reads as written. A run found with another extent than the truth's (one ends
later or earlier, both in step after it) is compared over the longer of the two: the shorter
one's reading followed by the characters as written up to the longer one's end.

Prints the runs, how many were repaired exactly as their truth, kept as written and flagged,
repaired wrongly (with the commonest wrong repairs), and runs that match no truth; exits 1
when more runs were repaired wrongly than MAX_WRONG (default 0), a repaired run matches no
truth, or there is no run at all.

    bench/check_damage_corpus.py [--max-wrong N] CORPUS [GLOSSGRAPH]   (default build/glossgraph)
    bench/check_damage_corpus.py [--max-wrong N] --db DB [GLOSSGRAPH]  (a corpus imported into DB)
"""
import collections
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TRUTH = ROOT / 'tests' / 'core' / 'text' / 'damaged_runs_truth.tsv'


def read_truth():
    """{written: truth}; a run written alike reads alike in both samples (checked)."""
    truth = {}
    for line in TRUTH.open(encoding='utf-8'):
        if line.startswith('#') or not line.strip():
            continue
        _, _, written, expected = line.rstrip('\n').split('\t')
        if truth.setdefault(written, expected) != expected:
            sys.exit(f'{TRUTH}: {written} has two truths')
    return truth


def truth_of(written, truth):
    """(what follows the run up to the longer extent, as written; the truth's reading over that
    extent), or None when no truth's run starts as this one."""
    if written in truth:
        return '', truth[written]
    for other, expected in truth.items():
        if written.startswith(other):  # the run was found longer than its truth
            return '', expected + written[len(other):]
        if other.startswith(written):  # the run was found shorter than its truth
            return other[len(written):], expected
    return None


def classify(runs, truth):
    counts = collections.Counter()
    wrong = collections.Counter()
    unmatched = collections.Counter()
    for run in runs:
        written, repaired = run['written'], run['repaired']
        match = truth_of(written, truth)
        if match is None:
            counts['unmatched repaired' if repaired is not None else 'unmatched flagged'] += 1
            unmatched[(written, repaired)] += 1
            continue
        rest, expected = match
        if repaired is None:
            counts['flagged'] += 1
        elif repaired + rest == expected:
            counts['exact'] += 1
        else:
            counts['wrong'] += 1
            wrong[(written, repaired, expected)] += 1
    return counts, wrong, unmatched


def damage_of(db, glossgraph):
    out = subprocess.run([glossgraph, '--db', db, 'damage', '--json'], check=True, capture_output=True, text=True).stdout
    return json.loads(out)


def main(argv):
    max_wrong = 0
    if len(argv) > 2 and argv[1] == '--max-wrong':
        max_wrong = int(argv[2])
        argv = argv[:1] + argv[3:]
    by_db = len(argv) > 1 and argv[1] == '--db'
    if len(argv) not in ((3, 4) if by_db else (2, 3)):
        sys.exit(__doc__)
    db, rest = (argv[2], argv[3:]) if by_db else (None, argv[2:])
    glossgraph = rest[0] if rest else str(ROOT / 'build' / 'glossgraph')
    if db is not None:
        runs = damage_of(db, glossgraph)
    else:
        with tempfile.TemporaryDirectory() as folder:
            db = os.path.join(folder, 'corpus.db')
            subprocess.run([glossgraph, '--db', db, 'import', '--quiet', argv[1]], check=True, capture_output=True)
            runs = damage_of(db, glossgraph)
    counts, wrong, unmatched = classify(runs, read_truth())
    total = len(runs)
    share = lambda n: f'{100.0 * n / max(total, 1):.1f} %'
    print(f"runs: {total}; repaired exactly: {counts['exact']} ({share(counts['exact'])}); "
          f"kept as written, flagged: {counts['flagged']} ({share(counts['flagged'])}); "
          f"repaired wrongly: {counts['wrong']} ({share(counts['wrong'])}); "
          f"matching no truth: {counts['unmatched repaired']} repaired, {counts['unmatched flagged']} flagged")
    for (written, repaired, expected), n in wrong.most_common():
        print(f'wrong: {written} -> {repaired} (truth {expected}) x{n}')
    for (written, repaired), n in unmatched.most_common():
        print(f'no truth: {written} -> {repaired} x{n}')
    return 1 if total == 0 or counts['wrong'] > max_wrong or counts['unmatched repaired'] else 0


if __name__ == '__main__':
    sys.exit(main(sys.argv))
