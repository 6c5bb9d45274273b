"""check_drawings.py chart SVG SPREAD.json | lineage SVG LINEAGE.json

What spread --svg and lineage --svg draw, read back (Debian's /usr/bin/python3): each SVG is
well-formed XML (ElementTree parses it or the check fails).
  chart:   the adoption curve has one line per level (province, prefecture, county) with a
           point for every year of spread --json, each line's last point at the level's
           regions so far, and the end labels say so; the title names the term.
  lineage: Graphviz drew a node for every definition of lineage --json (its region and year in
           the label) and an edge for every derivation, in the CJK font."""
import json
import re
import sys
import xml.etree.ElementTree as ElementTree

NS = "{http://www.w3.org/2000/svg}"
FONT = "Noto Sans CJK SC"


class Checks:
    def __init__(self, name):
        self.name, self.failures = name, []

    def expect(self, condition, message):
        if not condition:
            self.failures.append(message)

    def finish(self):
        for failure in self.failures:
            print(f"{self.name}: {failure}", file=sys.stderr)
        print(f"{self.name}: {'ok' if not self.failures else 'FAILED'}")
        sys.exit(1 if self.failures else 0)


def check_chart(svg, spread):
    checks = Checks("check_drawings chart")
    root = ElementTree.parse(svg).getroot()
    texts = [element.text or "" for element in root.iter(f"{NS}text")]
    checks.expect(any(spread["term"] in t for t in texts), f"no text names {spread['term']}")
    lines = list(root.iter(f"{NS}polyline"))
    checks.expect(len(lines) == 3, f"{len(lines)} lines, expected one per level")
    for line in lines:
        points = line.get("points").split()
        checks.expect(len(points) == len(spread["years"]), f"a line of {len(points)} points for {len(spread['years'])} years")
    plural = {"province": "provinces", "prefecture": "prefectures", "county": "counties"}
    last = spread["years"][-1]["so_far"] if spread["years"] else {}
    for level, name in plural.items():
        label = f"{name} {last.get(level, 0)}"
        checks.expect(label in texts, f"no end label {label!r} among {texts}")
    checks.expect(FONT in root.get("font-family", ""), "the chart does not ask for the CJK font")
    checks.finish()


def check_lineage(svg, lineage):
    checks = Checks("check_drawings lineage")
    root = ElementTree.parse(svg).getroot()
    title = lambda g: g.find(f"{NS}title").text or ""
    nodes = [title(g) for g in root.iter(f"{NS}g") if g.get("class") == "node"]
    edges = [title(g) for g in root.iter(f"{NS}g") if g.get("class") == "edge"]
    texts = " ".join(element.text or "" for element in root.iter(f"{NS}text"))
    definitions = lineage["definitions"]
    derived = [d for d in definitions if d["derived_from"] is not None]
    drawn = [n for n in nodes if re.fullmatch(r"d[0-9]+", n)]
    checks.expect(len(drawn) == len(definitions), f"{len(drawn)} definition nodes drawn for {len(definitions)}")
    lineage_edges = [e for e in edges if re.fullmatch(r"d[0-9]+->d[0-9]+", e)]
    checks.expect(len(lineage_edges) == len(derived), f"{len(lineage_edges)} edges drawn for {len(derived)} derivations")
    for d in definitions:
        label = f"{d['region']} {d['region_code']}" if d["region"] else f"({d['report']})"
        checks.expect(label in texts, f"{label} not drawn")
        if d["direction"]:
            checks.expect(d["direction"] in texts, f"no edge labelled {d['direction']}")
    checks.expect(lineage["term"] in texts, f"the title does not name {lineage['term']}")
    fonts = {element.get("font-family") for element in root.iter(f"{NS}text")}
    checks.expect(fonts == {FONT}, f"fonts {fonts}")
    checks.finish()


def main(kind, svg, json_path):
    with open(json_path, encoding="utf-8") as file:
        data = json.load(file)
    (check_chart if kind == "chart" else check_lineage)(svg, data)


if __name__ == "__main__":
    main(*sys.argv[1:])
