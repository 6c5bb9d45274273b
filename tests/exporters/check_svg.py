"""check_svg.py DOT.svg SFDP.svg SUMMARY.json

Graphviz (dot and sfdp) drew every node of the DOT export with its label as written (the hostile
one as its two lines, quotes, backslash, < > & intact) in the CJK font, which fontconfig finds
installed, and kept the hostile definition exactly in its edge's tooltip; dot also drew the
province and prefecture clusters and the legend. The SVG must be well-formed XML to get here."""
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


def check_drawing(checks, path, summary):
    texts, fonts, clusters = texts_and_fonts(path)
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
    for name in ("cluster_510000", "cluster_510600", "cluster_420000", "cluster_421300", "cluster_legend"):
        checks.expect(name in clusters, f"dot drew no {name}")
    found = subprocess.run(["fc-match", "-f", "%{family}", FONT], capture_output=True, text=True).stdout
    checks.expect(FONT in found, f"fontconfig does not have {FONT} (Debian: fonts-noto-cjk); it offers {found!r}")
    checks.finish()


if __name__ == "__main__":
    main(*sys.argv[1:])
