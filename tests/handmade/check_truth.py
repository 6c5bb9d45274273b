#!/usr/bin/env python3
"""Consistency check for the hand-made evaluation set.

For every truth/<stem>.json: the report file exists; the metadata fields are
present and well-formed; region_code (if not null) is a known GB/T 2260 code
(current gazetteer or the historical area-code table); every entry's term,
definition_starts and definition_ends occur in the report, in order, with only
separator characters between a term and the start of its definition.

This script only reads the hand-made files and the code tables; it does not
use the glossgraph parser.
"""
import csv, glob, json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, '..', '..'))
GAZ = os.path.join(ROOT, 'data', 'gazetteer')
HIST = '/work/shared/data/areacodes/result.csv'

def known_codes():
    codes = {}
    with open(os.path.join(GAZ, 'provinces.csv'), encoding='utf-8') as f:
        for r in csv.DictReader(f):
            codes[r['code'] + '0000'] = r['name']
    with open(os.path.join(GAZ, 'cities.csv'), encoding='utf-8') as f:
        for r in csv.DictReader(f):
            codes[r['code'] + '00'] = r['name']
    with open(os.path.join(GAZ, 'areas.csv'), encoding='utf-8') as f:
        for r in csv.DictReader(f):
            codes[r['code']] = r['name']
    hist = {}
    if os.path.exists(HIST):
        with open(HIST, encoding='utf-8-sig') as f:
            for r in csv.DictReader(f):
                hist.setdefault(r['代码'], []).append(r['名称'])
    return codes, hist

GAP = re.compile(r'^[：:”"」』，,\s\u3000]*$')
LEVEL_DIGITS = {'province': 4, 'prefecture': 2}

def main():
    codes, hist = known_codes()
    errors = 0
    files = sorted(glob.glob(os.path.join(HERE, 'truth', '*.json')))
    for tp in files:
        stem = os.path.basename(tp)[:-5]
        def err(msg):
            nonlocal errors
            errors += 1
            print(f'{stem}: {msg}')
        t = json.load(open(tp, encoding='utf-8'))
        for k in ['file', 'source', 'level', 'region_code', 'region_name',
                  'report_year', 'delivered_on', 'speaker', 'entries', 'notes']:
            if k not in t:
                err(f'missing key {k}')
        if t['file'] != f'reports/{stem}.txt':
            err('file field does not match stem')
        rp = os.path.join(HERE, t['file'])
        if not os.path.exists(rp):
            err('report file missing'); continue
        with open(rp, encoding='utf-8-sig', newline='') as f:
            text = f.read()
        nlines = len(text.splitlines())
        if not 40 <= nlines <= 150:
            err(f'{nlines} lines, outside 40-150')
        if t['level'] not in ('province', 'prefecture', 'county'):
            err('bad level')
        rc = t['region_code']
        if rc is not None:
            if not re.fullmatch(r'\d{6}', rc):
                err('region_code not 6 digits')
            elif rc not in codes and rc not in hist:
                err(f'region_code {rc} unknown')
            else:
                names = [codes.get(rc)] + hist.get(rc, [])
                if t['region_name'] not in names:
                    err(f'region_name {t["region_name"]} not among {names}')
            tail = LEVEL_DIGITS.get(t['level'])
            if tail and not rc.endswith('0' * tail):
                err('region_code does not fit level')
            if t['level'] == 'county' and rc.endswith('00'):
                err('county code ends in 00')
        if not isinstance(t['report_year'], int) or not 2012 <= t['report_year'] <= 2025:
            err('report_year out of range')
        d = t['delivered_on']
        if d is not None and not re.fullmatch(r'\d{4}-\d{2}-\d{2}', d):
            err('delivered_on malformed')
        sp = t['speaker']
        if sp is not None and re.search(r'\s', sp):
            err('speaker contains spaces')
        if sp is not None and sp not in re.sub(r'[ \u3000]', '', text):
            err('speaker not found in text')
        cursor = 0
        for i, e in enumerate(t['entries']):
            term, s, en = e['term'], e['definition_starts'], e['definition_ends']
            for name, v in (('term', term), ('starts', s), ('ends', en)):
                if not v or '\n' in v or '\r' in v:
                    err(f'entry {i} {name} empty or has newline: {v!r}')
                if v not in text:
                    err(f'entry {i} {name} not in text: {v!r}')
            if len(s) > 12 or len(en) > 8:
                err(f'entry {i} starts/ends too long')
            # locate term followed (after separators only) by starts, after cursor
            p = text.find(term, cursor)
            found = None
            while p != -1:
                q = text.find(s, p + len(term))
                if q != -1 and GAP.match(text[p + len(term):q]):
                    found = (p, q)
                    break
                p = text.find(term, p + 1)
            if not found:
                err(f'entry {i} {term!r}: term+definition start not found in order after offset {cursor}')
                continue
            p, q = found
            r = text.find(en, q)
            if r == -1:
                err(f'entry {i} {term!r}: definition end not found after start')
                continue
            # the end must come before the next entry's term (if any)
            if i + 1 < len(t['entries']):
                nt = t['entries'][i + 1]['term']
                np_ = text.find(nt, q + 1)
                if np_ != -1 and np_ < r and text.find(t['entries'][i + 1]['definition_starts'], np_) < r:
                    err(f'entry {i} {term!r}: end found only after the next entry')
            cursor = r + len(en)
    print(f'{len(files)} truth files checked, {errors} problem(s)')
    return 1 if errors else 0

if __name__ == '__main__':
    sys.exit(main())
