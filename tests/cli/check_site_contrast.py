#!/usr/bin/env python3
"""The contrast of every text of the samples' site (glossgraph site) against its background, as
headless Chromium draws it: WCAG 2's contrast ratio of each element's own text colour (CSS color;
fill in the inline SVG chart) and the background it sits on (the nearest background-color; in the
chart, its background rect), at least 4.5:1 (level AA for normal text). Each page is copied with a
script that measures its elements into the DOM; one Chromium opens them all (headless.py). Every
colour the stylesheet gives text must be among those measured, so that a colour of a page not
checked here cannot hide.

usage: check_site_contrast.py SITE
"""
import json
import pathlib
import re
import shutil
import sys
import tempfile

sys.path.insert(0, str(pathlib.Path(__file__).parent))
from check_site_browser import Tree, url  # noqa: E402
from headless import Browser, Failure  # noqa: E402

MINIMUM = 4.5
PAGES = [("index.html", None), ("regions.html", None), ("term/三线一单.html", None), ("term/两品一标.html", None),
         ("region/510604.html", None), ("report/002_56897e3e26716c43.txt.html", None), ("search.html", "生态")]

MEASURE = """<script>
window.addEventListener("load", function () { setTimeout(function () {
  function opaque(colour) { var v = colour.match(/[\\d.]+/g); return v && (v.length < 4 || Number(v[3]) > 0); }
  function background(element) {
    for (var node = element; node; node = node.parentElement) {
      if (node instanceof SVGElement) return getComputedStyle((node.ownerSVGElement || node).querySelector("rect")).fill;
      var colour = getComputedStyle(node).backgroundColor;
      if (opaque(colour)) return colour;
    }
    return "rgb(255, 255, 255)";
  }
  var found = [];
  document.querySelectorAll("body *").forEach(function (element) {
    var tag = element.tagName.toLowerCase();
    if (tag === "title" || tag === "script" || element.closest("#gg-contrast")) return;
    var own = Array.from(element.childNodes).some(function (n) { return n.nodeType === 3 && n.textContent.trim(); });
    if (!own) return;
    var style = getComputedStyle(element);
    found.push({tag: tag, text: element.textContent.trim().slice(0, 24),
                colour: element instanceof SVGElement ? style.fill : style.color, background: background(element)});
  });
  var pre = document.createElement("pre");
  pre.id = "gg-contrast";
  pre.textContent = JSON.stringify(found);
  document.body.appendChild(pre);
}, 0); });
</script>
"""


def expect(condition, message):
    if not condition:
        sys.exit("check_site_contrast: " + message)


def rgb(colour):
    """(r, g, b) of '#rrggbb', '#rgb', 'white' or 'rgb(r, g, b)'."""
    colour = colour.strip().lower()
    if colour in ("white", "#fff", "#ffffff"):
        return 255, 255, 255
    if colour.startswith("#") and len(colour) == 4:
        return tuple(int(c * 2, 16) for c in colour[1:])
    if colour.startswith("#"):
        return tuple(int(colour[i:i + 2], 16) for i in (1, 3, 5))
    values = re.findall(r"[\d.]+", colour)
    expect(len(values) == 3 or (len(values) == 4 and float(values[3]) == 1), f"not an opaque colour: {colour}")
    return tuple(round(float(v)) for v in values[:3])


def luminance(colour):
    def linear(c):
        c /= 255
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4
    r, g, b = (linear(c) for c in rgb(colour))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(a, b):
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def stylesheet_text_colours(css):
    """The colours site.css gives text (color: …, its custom properties resolved; inherit skipped)."""
    properties = dict(re.findall(r"(--[\w-]+):\s*([^;]+);", css))
    colours = set()
    for value in re.findall(r"(?<![-\w])color:\s*([^;}]+)", css):
        value = value.strip()
        reference = re.fullmatch(r"var\((--[\w-]+)\)", value)
        if reference:
            value = properties[reference.group(1)].strip()
        if value != "inherit":
            colours.add(rgb(value))
    return colours


def measure(site, page, query, browser):
    html = (site / page).read_text(encoding="utf-8")
    expect("</body>" in html, f"{page} has no </body>")
    (site / page).write_text(html.replace("</body>", MEASURE + "</body>"), encoding="utf-8")
    dom = Tree(browser.dom(url(site, page, query))).root
    found = dom.find_all("pre", id="gg-contrast")
    expect(found, f"the measuring script did not run on {page}")
    return json.loads(found[0].all_text())


def main():
    with tempfile.TemporaryDirectory() as work:
        site = pathlib.Path(work) / "site"
        shutil.copytree(sys.argv[1], site)
        measured, low = set(), []
        try:
            with Browser("check_site_contrast") as browser:
                texts = [(page, text) for page, query in PAGES for text in measure(site, page, query, browser)]
        except Failure as failure:
            sys.exit(f"check_site_contrast: {failure}")
        for page, text in texts:
            ratio = contrast(text["colour"], text["background"])
            measured.add(rgb(text["colour"]))
            if ratio < MINIMUM:
                low.append(f"{page}: <{text['tag']}> {text['text']!r} {text['colour']} on {text['background']}: {ratio:.2f}:1")
        expect(not low, f"texts under {MINIMUM}:1\n" + "\n".join(sorted(set(low))))
        unmeasured = stylesheet_text_colours((site / "assets" / "site.css").read_text(encoding="utf-8")) - measured
        expect(not unmeasured, f"colours of site.css on no page measured: {sorted(unmeasured)}")
        print(f"{len(measured)} text colours on {len(PAGES)} pages, each at least {MINIMUM}:1 against its background")


if __name__ == "__main__":
    main()
