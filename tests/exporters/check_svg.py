"""check_svg.py DOT.svg SFDP.svg SUMMARY.json

Graphviz (dot and sfdp) drew every node of the DOT export with its label as written (the hostile
one as its two lines, quotes, backslash, < > & intact) in the CJK font, which fontconfig finds
installed, and kept the hostile definition exactly in its edge's tooltip; dot also drew the
province and prefecture clusters; both drew the legend as one node (so no layout scatters it), with
the kinds of the drawing's nodes and edges. The SVG must be well-formed XML to get here."""
import subprocess
import sys
import xml.etree.ElementTree as ElementTree

from export_checks import Checks, load_summary

NS = "{http://www.w3.org/2000/svg}"
XLINK_TITLE = "{http://www.w3.org/1999/xlink}title"
FONT = "Noto Sans CJK SC"


def texts_and_fonts(path):
    root = ElementTree.parse(path).getroot()
    texts = [element.text or "" for element in root.iter(f"{NS}text")]
    fonts = {element.get("font-family") for element in root.iter(f"{NS}text")}
    texts += [element.get(XLINK_TITLE) for element in root.iter(f"{NS}a") if element.get(XLINK_TITLE)]
    clusters = {g.find(f"{NS}title").text for g in root.iter(f"{NS}g") if g.get("class") == "cluster"}
    return texts, fonts, clusters


def legend_texts(path):
    root = ElementTree.parse(path).getroot()
    for g in root.iter(f"{NS}g"):
        if g.get("class") == "node" and g.find(f"{NS}title").text == "legend":
            return [element.text or "" for element in g.iter(f"{NS}text")]
    return []


def check_drawing(checks, path, summary):
    texts, fonts, clusters = texts_and_fonts(path)
    legend = legend_texts(path)
    for item in ("图例 legend", "地区 region", "报告 report", "术语 term", "defines 定义", "broader 上位"):
        checks.expect(item in legend, f"{path}: {item!r} not in the legend node (it holds {legend!r})")
    checks.equal(fonts, {FONT}, f"fonts in {path}")
    for node_id, node in summary["nodes"].items():
        for line in node["label"].split("\n"):
            checks.expect(line in texts, f"{path}: label line {line!r} of {node_id} not drawn")
    checks.expect(summary["hostile_definition"] in texts, f"{path}: hostile definition not in a tooltip as written")
    return clusters


def main(dot_svg, sfdp_svg, summary_path):
    checks = Checks("check_svg")
    summary = load_summary(summary_path)
    clusters = check_drawing(checks, dot_svg, summary)
    check_drawing(checks, sfdp_svg, summary)
    for name in ("cluster_510000", "cluster_510600", "cluster_420000", "cluster_421300"):
        checks.expect(name in clusters, f"dot drew no {name}")
    found = subprocess.run(["fc-match", "-f", "%{family}", FONT], capture_output=True, text=True).stdout
    checks.expect(FONT in found, f"fontconfig does not have {FONT} (Debian: fonts-noto-cjk); it offers {found!r}")
    checks.finish()


if __name__ == "__main__":
    main(*sys.argv[1:])
