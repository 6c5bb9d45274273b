#!/usr/bin/env python3
"""Consistency check for the second held-out set (tests/heldout).

For every truth/<stem>.json this verifies, against reports/<stem>.txt only
(it never imports or runs glossgraph):

  * the truth file has exactly the expected fields and sane values;
  * the report exists, is UTF-8 and has 40-150 lines;
  * region_code/region_name agree with data/gazetteer/*.csv or with the
    historical table /work/shared/data/areacodes/result.csv for report_year;
  * delivered_on is in report_year (or in December of the year before);
  * the speaker occurs at the end of a line (spaces between characters allowed);
  * every entry occurs in the report, in order: the term (a PDF line break may
    split it), then only separators (spaces, line breaks, colons, dashes,
    quotes, brackets, an opening parenthesis) before definition_starts, then
    definition_ends at the end of a line (only a closing parenthesis and
    punctuation may follow it);
  * definition_starts is exactly 12 and definition_ends exactly 8 characters,
    both inside one line;
  * no page furniture (page numbers, page counters) lies inside a definition.

Run:  python3 tests/heldout/check_truth.py      (exit status 1 on any error)
"""
import csv
import datetime
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
GAZ = os.path.join(REPO, "data", "gazetteer")
HIST = "/work/shared/data/areacodes/result.csv"

FIELDS = ["file", "source", "level", "region_code", "region_name",
          "report_year", "delivered_on", "speaker", "entries", "notes"]
ENTRY_FIELDS = ["term", "definition_starts", "definition_ends"]

# characters allowed between a term and the first character of its definition
SEP = r"[\s\u3000：:，,、—–\-－（(“”\"「」『』【】\[\]）)》《'‘’]*"
# what may follow definition_ends on its line
TAIL = re.compile(r"^[）)]?[；;。，,]?[ \t\u3000]*$")
# page furniture that must not sit inside a definition
FURNITURE = [
    re.compile(r"^\s*[—－-]\s*\d+\s*[—－-]\s*$"),          # — 12 —
    re.compile(r"^\s*第\s*\d+\s*页(\s*共\s*\d+\s*页)?\s*$"),  # 第 3 页 共 9 页
    re.compile(r"第\s*\d+\s*[页頁]\s*共\s*\d+\s*[页頁]"),      # title 第 3 页 共 9 页
    re.compile(r"^\s*\d+\s*/\s*\d+\s*$"),                    # 3 / 12
]


def load_names():
    """code -> list of (name, first_year, last_year_exclusive)."""
    names = {}
    if os.path.exists(HIST):
        with open(HIST, encoding="utf-8-sig", newline="") as fh:
            for row in csv.DictReader(fh):
                start = int(row["启用时间"]) if row["启用时间"] else 0
                end = int(row["变更/弃用时间"]) if row["变更/弃用时间"] else 9999
                names.setdefault(row["代码"], []).append((row["名称"], start, end))
    current = {}
    for fname, width in (("provinces.csv", 2), ("cities.csv", 4), ("areas.csv", 6)):
        with open(os.path.join(GAZ, fname), encoding="utf-8", newline="") as fh:
            for row in csv.DictReader(fh):
                code = row["code"].ljust(6, "0")
                current[code] = row["name"]
    return names, current


def name_ok(code, name, year, names, current):
    for nm, start, end in names.get(code, []):
        if nm == name and start <= year < end:
            return True
    return current.get(code) == name and not names.get(code)


def level_ok(level, code):
    if code is None:
        return True
    if level == "province":
        return code.endswith("0000")
    if level == "prefecture":
        return code.endswith("00") and not code.endswith("0000")
    if level == "county":
        return not code.endswith("00")
    return False


def loose(s):
    """regex for s allowing a line break (plus indentation) between characters."""
    return r"(?:\r?\n[ \t\u3000]*)?".join(re.escape(c) for c in s)


def check_one(path, names, current, errors):
    stem = os.path.splitext(os.path.basename(path))[0]

    def err(msg):
        errors.append(f"{stem}: {msg}")

    with open(path, encoding="utf-8") as fh:
        truth = json.load(fh)
    if list(truth.keys()) != FIELDS:
        err(f"fields {list(truth.keys())} != {FIELDS}")
        return 0
    if truth["file"] != f"reports/{stem}.txt":
        err(f"file field {truth['file']!r} does not match stem")
    if truth["source"] != "hand-made":
        err("source must be 'hand-made'")
    rpath = os.path.join(HERE, truth["file"])
    if not os.path.exists(rpath):
        err("report file missing")
        return 0
    with open(rpath, "rb") as fh:
        raw = fh.read()
    text = raw.decode("utf-8-sig")
    nlines = len(text.splitlines())
    if not 40 <= nlines <= 150:
        err(f"{nlines} lines, expected 40-150")

    level, code, year = truth["level"], truth["region_code"], truth["report_year"]
    if level not in ("province", "prefecture", "county"):
        err(f"bad level {level!r}")
    if code is not None and not re.fullmatch(r"\d{6}", code):
        err(f"bad region_code {code!r}")
    if not level_ok(level, code):
        err(f"level {level} does not fit code {code}")
    if not isinstance(year, int) or not 2013 <= year <= 2025:
        err(f"report_year {year!r} outside 2013-2025")
    if code is not None and not name_ok(code, truth["region_name"], year, names, current):
        err(f"region {code} {truth['region_name']} not valid in {year}")

    d = truth["delivered_on"]
    if d is not None:
        try:
            day = datetime.date.fromisoformat(d)
        except ValueError:
            err(f"bad delivered_on {d!r}")
        else:
            if not (day.year == year or (day.year == year - 1 and day.month == 12)):
                err(f"delivered_on {d} does not fit report_year {year}")

    sp = truth["speaker"]
    if sp is not None:
        if re.search(r"\s", sp):
            err("speaker contains whitespace")
        elif not re.search(r"[ \u3000]*".join(map(re.escape, sp)) + r"[ \t\u3000]*$",
                           text, re.M):
            err(f"speaker {sp!r} not found at the end of a line")

    pos = 0
    for i, e in enumerate(truth["entries"]):
        if list(e.keys()) != ENTRY_FIELDS:
            err(f"entry {i}: fields {list(e.keys())}")
            continue
        term, st, en = e["term"], e["definition_starts"], e["definition_ends"]
        if len(st) != 12:
            err(f"entry {i} {term}: definition_starts has {len(st)} chars")
        if len(en) != 8:
            err(f"entry {i} {term}: definition_ends has {len(en)} chars")
        if "\n" in st or "\n" in en or "\n" in term:
            err(f"entry {i} {term}: line break inside a truth string")
        m = re.compile(loose(term) + SEP + re.escape(st)).search(text, pos)
        if not m:
            err(f"entry {i} {term}: term + separators + definition_starts not found after offset {pos}")
            continue
        dstart = m.end() - len(st)
        k = dstart
        while True:
            k = text.find(en, k)
            if k < 0:
                break
            line_end = text.find("\n", k)
            line_end = len(text) if line_end < 0 else line_end
            if TAIL.match(text[k + len(en):line_end]):
                break
            k += 1
        if k < 0:
            err(f"entry {i} {term}: definition_ends {en!r} not found at a line end after its start")
            continue
        body = text[dstart:k + len(en)]
        for line in body.splitlines():
            if any(p.search(line) for p in FURNITURE):
                err(f"entry {i} {term}: page furniture inside definition: {line.strip()!r}")
        pos = k + len(en)
    return len(truth["entries"])


def main():
    names, current = load_names()
    errors = []
    tdir = os.path.join(HERE, "truth")
    rdir = os.path.join(HERE, "reports")
    truths = sorted(f for f in os.listdir(tdir) if f.endswith(".json"))
    reports = sorted(f for f in os.listdir(rdir) if f.endswith(".txt"))
    if [t[:-5] for t in truths] != [r[:-4] for r in reports]:
        errors.append("reports/ and truth/ stems differ")
    total = 0
    for t in truths:
        total += check_one(os.path.join(tdir, t), names, current, errors)
    for e in errors:
        print("ERROR", e)
    print(f"{len(truths)} truth files, {total} entries, {len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
