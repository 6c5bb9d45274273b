#!/usr/bin/env python3
"""Measures the repair of damaged runs on clean text damaged as the samples' content farm
damaged theirs (damage_trial), where the truth is known: text the repair's model never saw
measures what it does on reports nobody here has read.

    tests/core/text/measure_damage_trial.py GLOSSGRAPH DAMAGE_TRIAL FILE... [--show N]
        [--min-exact PCT] [--max-wrong PCT]

damage_trial writes each FILE damaged and as a perfect repair gives it back; glossgraph
imports the damaged files and lists its runs (`damage --json`). Each line damaged is aligned
with its expected line (difflib); a *damaged place* is a stretch where they differ. Each run
found is matched to the expected text over its extent: repaired exactly, repaired wrongly, or
kept as written (flagged); a damaged place no run covers is missed; a run where nothing was
damaged is a false alarm (repaired: the clean text changed). Prints the counts and the
commonest wrong repairs. Exits 1 when a run's column does not point at what it says it wrote,
when fewer damaged places than --min-exact percent were repaired exactly, or more than
--max-wrong percent wrongly (the undamaged text changed counts as wrong).

tests/core/text/trial_texts holds report texts the model never saw (SOURCES.tsv):

    tests/core/text/measure_damage_trial.py build/glossgraph build/tests/core/text/damage_trial \
        tests/core/text/trial_texts/*.txt"""
import collections
import difflib
import json
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
KEYS = os.path.join(HERE, 'damage_trial_keys.tsv')
MERGE = 4  # damaged places closer than this many equal characters are one place


def places(damaged, expected):
    """[(i1, i2, j1, j2)]: the stretches where the damaged line and the expected one differ."""
    out = []
    matcher = difflib.SequenceMatcher(None, damaged, expected, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == 'equal':
            continue
        if out and i1 - out[-1][1] < MERGE and j1 - out[-1][3] < MERGE:
            out[-1] = (out[-1][0], i2, out[-1][2], j2)
        else:
            out.append((i1, i2, j1, j2))
    return out


def mapped(position, found, start):
    """Where a position of the damaged line falls in the expected one."""
    shift = 0
    for i1, i2, j1, j2 in found:
        if position < i1:
            break
        if position < i2 or (not start and position == i2):
            return j1 if start else j2
        shift = j2 - i2
    return position + shift


def clusters(found, spans):
    """The damaged places and runs of a line grouped where they overlap: ([places], [runs],
    start, end), in the damaged line's characters."""
    items = sorted([(p[0], p[1], 'place', p) for p in found] + [(r[0], r[1], 'run', r) for r in spans],
                   key=lambda item: (item[0], item[1]))
    out = []
    for begin, finish, kind, item in items:
        if out and begin < out[-1][3]:
            out[-1][3] = max(out[-1][3], finish)
        else:
            out.append([[], [], begin, finish])
        out[-1][0 if kind == 'place' else 1].append(item)
    return [tuple(c) for c in out]


def spans_of(name, number, damaged, line_runs):
    """(start, end, repaired or None, the 4 characters before) of each run of a line, in its
    characters; exits when a run's column does not point at what it says it wrote."""
    raw = damaged.encode('utf-8')
    spans = []
    for run in line_runs:
        begin = len(raw[:run['column']].decode('utf-8'))
        finish = begin + len(run['written'])
        if damaged[begin:finish] != run['written']:
            sys.exit(f'{name}:{number}: run {run["written"]} not at column {run["column"]}')
        spans.append((begin, finish, run['repaired'], run['before'][-4:]))
    return spans


def score_line(damaged, expected, found, spans, counts, wrong):
    """Counts each damaged place and run of one line by what the repair made of it."""
    for cluster_places, cluster_runs, a, b in clusters(found, spans):
        truth = expected[mapped(a, found, True):mapped(b, found, False)]
        rebuilt, at = '', a
        for begin, finish, repaired, _ in cluster_runs:
            rebuilt += damaged[at:begin] + (repaired if repaired is not None else damaged[begin:finish])
            at = finish
        rebuilt += damaged[at:b]
        if not cluster_runs:
            counts['missed'] += 1
        elif not cluster_places:
            changed = rebuilt != damaged[a:b]
            counts['false alarm, changed' if changed else 'false alarm, flagged'] += 1
            if changed:
                wrong[(cluster_runs[0][3], damaged[a:b], rebuilt, damaged[a:b])] += 1
        elif rebuilt == truth and all(r[2] is not None for r in cluster_runs):
            counts['exact'] += 1
        elif all(r[2] is None for r in cluster_runs):
            counts['flagged'] += 1
        else:
            counts['wrong'] += 1
            wrong[(cluster_runs[0][3], damaged[a:b], rebuilt, truth)] += 1
        counts['places'] += 1 if cluster_places else 0


def measure(glossgraph, trial, files, counts, wrong):
    """Damages the files, imports them, and scores every line against its expected one."""
    with tempfile.TemporaryDirectory() as folder:
        subprocess.run([trial, KEYS, folder] + files, check=True)
        db = os.path.join(folder, 'trial.db')
        subprocess.run([glossgraph, '--db', db, 'import', '--quiet', os.path.join(folder, 'damaged')],
                       check=True, capture_output=True)
        runs = json.loads(subprocess.run([glossgraph, '--db', db, 'damage', '--json'], check=True,
                                         capture_output=True).stdout)
        by_line = collections.defaultdict(list)
        for run in runs:
            by_line[(run['report'], run['line'])].append(run)
        for name in sorted(os.listdir(os.path.join(folder, 'damaged'))):
            damaged_lines = open(os.path.join(folder, 'damaged', name), encoding='utf-8').read().split('\n')
            expected_lines = open(os.path.join(folder, 'expected', name), encoding='utf-8').read().split('\n')
            for number, (damaged, expected) in enumerate(zip(damaged_lines, expected_lines), 1):
                found = places(damaged, expected) if damaged != expected else []
                line_runs = by_line.get((name, number), [])
                if found or line_runs:
                    score_line(damaged, expected, found, spans_of(name, number, damaged, line_runs), counts, wrong)


def main(argv):
    options = {'--show': 20.0, '--min-exact': 0.0, '--max-wrong': 100.0}
    for name in options:
        if name in argv:
            at = argv.index(name)
            options[name] = float(argv[at + 1])
            argv = argv[:at] + argv[at + 2:]
    if len(argv) < 4:
        sys.exit(__doc__)
    counts = collections.Counter()
    wrong = collections.Counter()
    measure(argv[1], argv[2], argv[3:], counts, wrong)
    total = counts['places']
    share = lambda n: f'{100.0 * n / max(total, 1):.1f} %'
    print(f"damaged places: {total}: found {total - counts['missed']}, missed {counts['missed']} ({share(counts['missed'])}); "
          f"repaired exactly {counts['exact']} ({share(counts['exact'])}), kept as written {counts['flagged']} "
          f"({share(counts['flagged'])}), repaired wrongly {counts['wrong']} ({share(counts['wrong'])}); "
          f"false alarms: {counts['false alarm, flagged']} flagged, {counts['false alarm, changed']} changed")
    for (before, written, repaired, truth), n in wrong.most_common(int(options['--show'])):
        print(f'wrong: …{before} {written} -> {repaired} (truth {truth}) x{n}')
    exact = 100.0 * counts['exact'] / max(total, 1)
    wrongly = 100.0 * (counts['wrong'] + counts['false alarm, changed']) / max(total, 1)
    if exact < options['--min-exact'] or wrongly > options['--max-wrong']:
        print(f"below the floor: {exact:.1f} % exact (at least {options['--min-exact']}), {wrongly:.1f} % wrong "
              f"(at most {options['--max-wrong']})")
        return 1
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv))
