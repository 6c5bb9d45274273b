#!/usr/bin/env python3
"""Consistency check of the blind set: truth files against the report files.

    python3 tests/blind/check_truth.py          # exit status 1 on any error

For every truth/<stem>.json:
  * the fields are exactly those of tests/handmade/truth and well-formed;
  * reports/<file> exists and has the stem of the truth file;
  * region_code/region_name exist in data/gazetteer (current codes) or in the
    historical table /work/shared/data/areacodes/result.csv for report_year;
  * the speaker's name occurs in the visible text;
  * every term, definition_starts and definition_ends occur in order in the
    visible text: the term, then (after at most a few separator characters:
    colon, quote, bracket, dash, full stop of a marker) definition_starts, then
    later definition_ends, before the next entry's term.  Comparison ignores
    whitespace (line breaks, spaces, U+3000, no-break spaces), because a reader
    sees wrapped lines and table cells as continuous text.
  * definition_starts has 12 characters and definition_ends 8 (unless the
    definition is shorter).

Visible text: .txt decoded as UTF-8 (BOM allowed); .html decoded with the
charset of its <meta> and stripped of tags with html.parser (script/style
dropped, entities decoded); .docx: the w:t text of word/document.xml and then
of word/footnotes.xml (real footnotes only), one line per paragraph.
"""
import csv
import glob
import json
import os
import re
import sys
import zipfile
import xml.etree.ElementTree as ET
from html.parser import HTMLParser

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", ".."))
GAZ = os.path.join(ROOT, "data", "gazetteer")
HIST = "/work/shared/data/areacodes/result.csv"

FIELDS = ["file", "source", "level", "region_code", "region_name", "report_year",
          "delivered_on", "speaker", "entries", "notes"]
ENTRY_FIELDS = ["term", "definition_starts", "definition_ends"]
SEP = set("：:，,、.．。“”\"'‘’】[]［］）)》〕>—-　 \t\n\r\xa0")
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"

BLOCK = {"p", "div", "br", "li", "tr", "td", "th", "h1", "h2", "h3", "h4", "h5",
         "h6", "ul", "ol", "table", "section", "article", "header", "footer",
         "dd", "dt", "title"}


class Text(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.out, self.skip = [], 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style"):
            self.skip += 1
        elif tag in BLOCK:
            self.out.append("\n")

    def handle_startendtag(self, tag, attrs):
        if tag in BLOCK:
            self.out.append("\n")

    def handle_endtag(self, tag):
        if tag in ("script", "style"):
            self.skip = max(0, self.skip - 1)
        elif tag in BLOCK:
            self.out.append("\n")

    def handle_data(self, data):
        if not self.skip:
            self.out.append(data)


def html_text(raw):
    m = re.search(rb'<meta[^>]*charset\s*=\s*["\']?([A-Za-z0-9_-]+)', raw[:2048], re.I)
    if not m:
        raise ValueError("no <meta charset> in the first 2 KB")
    cs = m.group(1).decode().lower()
    text = raw.decode(cs)  # strict: the declared charset must fit the bytes
    if cs not in ("utf-8", "utf8"):
        try:
            raw.decode("utf-8")
            raise ValueError("declared %s but the bytes are valid UTF-8" % cs)
        except UnicodeDecodeError:
            pass
    p = Text()
    p.feed(text)
    p.close()
    return "".join(p.out)


def docx_text(path):
    lines = []
    with zipfile.ZipFile(path) as z:
        names = set(z.namelist())
        for part in ("[Content_Types].xml", "_rels/.rels", "word/document.xml",
                     "word/_rels/document.xml.rels"):
            if part not in names:
                raise ValueError("missing part " + part)
        roots = [ET.fromstring(z.read("word/document.xml"))]
        if "word/footnotes.xml" in names:
            fr = ET.fromstring(z.read("word/footnotes.xml"))
            for fn in fr.iter(W + "footnote"):
                if fn.get(W + "type") in ("separator", "continuationSeparator",
                                          "continuationNotice"):
                    fn.clear()
            roots.append(fr)
        for root in roots:
            for p in root.iter(W + "p"):
                buf = []
                for el in p.iter():
                    if el.tag == W + "t" and el.text:
                        buf.append(el.text)
                    elif el.tag == W + "tab":
                        buf.append("\t")
                    elif el.tag in (W + "br", W + "cr"):
                        buf.append("\n")
                lines.append("".join(buf))
    return "\n".join(lines)


def visible_text(path):
    if path.endswith(".txt"):
        with open(path, encoding="utf-8-sig") as f:
            return f.read()
    if path.endswith(".html"):
        with open(path, "rb") as f:
            return html_text(f.read())
    if path.endswith(".docx"):
        return docx_text(path)
    raise ValueError("unknown extension")


def squeeze(s):
    return "".join(ch for ch in s if not ch.isspace())


def load_codes():
    cur = {}
    with open(os.path.join(GAZ, "provinces.csv"), encoding="utf-8") as f:
        for r in csv.DictReader(f):
            cur[r["code"] + "0000"] = r["name"]
    with open(os.path.join(GAZ, "cities.csv"), encoding="utf-8") as f:
        for r in csv.DictReader(f):
            cur[r["code"] + "00"] = r["name"]
    with open(os.path.join(GAZ, "areas.csv"), encoding="utf-8") as f:
        for r in csv.DictReader(f):
            cur[r["code"]] = r["name"]
    hist = []
    with open(HIST, encoding="utf-8-sig") as f:
        for r in csv.DictReader(f):
            hist.append((r["代码"], r["名称"], int(r["启用时间"]),
                         int(r["变更/弃用时间"]) if r["变更/弃用时间"] else 9999))
    return cur, hist


def check_one(tpath, cur, hist):
    errs, warns = [], []
    stem = os.path.basename(tpath)[:-5]
    with open(tpath, encoding="utf-8") as f:
        t = json.load(f)
    if list(t) != FIELDS:
        errs.append("fields %s" % list(t))
        return errs, warns
    rpath = os.path.join(HERE, t["file"])
    if not t["file"].startswith("reports/") or os.path.splitext(os.path.basename(t["file"]))[0] != stem:
        errs.append("file name %s does not match truth stem" % t["file"])
    if not os.path.exists(rpath):
        errs.append("missing report " + t["file"])
        return errs, warns
    if t["source"] != "hand-made":
        errs.append("source")
    if t["level"] not in ("province", "prefecture", "county"):
        errs.append("level")
    y = t["report_year"]
    if not isinstance(y, int) or not 2014 <= y <= 2025:
        errs.append("report_year %r" % y)
    code, name = t["region_code"], t["region_name"]
    if code is not None:
        shape = {"province": code.endswith("0000"),
                 "prefecture": code.endswith("00") and not code.endswith("0000"),
                 "county": not code.endswith("00")}.get(t["level"])
        if not shape:
            errs.append("code %s does not fit level %s" % (code, t["level"]))
        ok_hist = any(c == code and n == name and a <= y < b for c, n, a, b in hist)
        if not ok_hist:
            errs.append("region %s %s not valid in %s (historical table)" % (code, name, y))
        if cur.get(code) not in (None, name):
            errs.append("gazetteer names %s %s" % (code, cur.get(code)))
    d = t["delivered_on"]
    if d is not None:
        m = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", d)
        if not m:
            errs.append("delivered_on format")
        else:
            dy, dm = int(m.group(1)), int(m.group(2))
            if not (dy == y or (dy == y - 1 and dm == 12)):
                errs.append("delivered_on %s vs report_year %s" % (d, y))
    try:
        text = visible_text(rpath)
    except Exception as e:  # noqa
        errs.append("cannot read %s: %s" % (t["file"], e))
        return errs, warns
    flat = squeeze(text)
    if t["speaker"] is not None:
        if re.search(r"\s", t["speaker"]):
            errs.append("speaker has spaces")
        if squeeze(t["speaker"]) not in flat:
            errs.append("speaker %s not in text" % t["speaker"])
    if name and t["level"] != "county" and name[:2] not in flat:
        warns.append("region name %s not in text" % name)
    pos = 0
    ents = t["entries"]
    for i, e in enumerate(ents):
        if list(e) != ENTRY_FIELDS:
            errs.append("entry %d fields" % i)
            continue
        term, st, en = (squeeze(e["term"]), squeeze(e["definition_starts"]),
                        squeeze(e["definition_ends"]))
        if e["term"] != e["term"].strip() or not term:
            errs.append("entry %d term blank/padded" % i)
        if len(e["definition_starts"]) != 12:
            warns.append("entry %d (%s): definition_starts has %d chars"
                         % (i, e["term"], len(e["definition_starts"])))
        if len(e["definition_ends"]) != 8:
            warns.append("entry %d (%s): definition_ends has %d chars"
                         % (i, e["term"], len(e["definition_ends"])))
        found = None
        k = flat.find(term, pos)
        while k >= 0:
            j = k + len(term)
            gap = 0
            while j < len(flat) and flat[j] in SEP and gap < 4:
                j += 1
                gap += 1
            if flat.startswith(st, j) or (gap and flat.startswith(st, j - 1)) \
                    or flat.startswith(st, k + len(term)):
                found = flat.find(st, k + len(term))
                break
            k = flat.find(term, k + 1)
        if found is None:
            errs.append("entry %d: term %r followed by %r not found after offset %d"
                        % (i, e["term"], e["definition_starts"], pos))
            continue
        endpos = flat.find(en, found + len(st) - min(len(st), len(en)))
        if endpos < 0:
            errs.append("entry %d: definition_ends %r not found" % (i, e["definition_ends"]))
            continue
        if i + 1 < len(ents):
            nxt = flat.find(squeeze(ents[i + 1]["term"]), found)
            if nxt >= 0 and endpos > nxt and endpos - found > 400:
                warns.append("entry %d: definition_ends found far after next term" % i)
        pos = endpos + len(en)
    return errs, warns


def main():
    cur, hist = load_codes()
    truths = sorted(glob.glob(os.path.join(HERE, "truth", "*.json")))
    reports = sorted(os.listdir(os.path.join(HERE, "reports")))
    bad = 0
    stems = {os.path.basename(p)[:-5] for p in truths}
    for r in reports:
        if os.path.splitext(r)[0] not in stems:
            print("report without truth:", r)
            bad += 1
    for tp in truths:
        errs, warns = check_one(tp, cur, hist)
        name = os.path.basename(tp)
        for w in warns:
            print("WARN ", name, w)
        for e in errs:
            print("ERROR", name, e)
        bad += len(errs)
    kinds = {}
    for r in reports:
        kinds[os.path.splitext(r)[1]] = kinds.get(os.path.splitext(r)[1], 0) + 1
    print("%d truth files, reports by type %s, %d errors" % (len(truths), kinds, bad))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
