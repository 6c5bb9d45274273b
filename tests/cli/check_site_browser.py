#!/usr/bin/env python3
"""The samples' site (glossgraph site) in a real browser: headless Chromium opens its pages from
disk, runs their scripts and gives their DOM, which is checked here. With --screenshots DIR, each
kind of page is drawn at a desktop and a phone width into DIR instead. One Chromium serves every
page (headless.py).

usage: check_site_browser.py SITE [--screenshots DIR]
"""
import pathlib
import struct
import sys
import urllib.parse
from html.parser import HTMLParser

sys.path.insert(0, str(pathlib.Path(__file__).parent))
from headless import Browser, Failure  # noqa: E402

SIZES = {"desktop": (1280, 900), "phone": (390, 844)}


class Node:
    def __init__(self, tag, attrs, parent):
        self.tag, self.attrs, self.parent, self.children, self.text = tag, dict(attrs), parent, [], []

    def all_text(self):
        return "".join(t if isinstance(t, str) else t.all_text() for t in self.text)

    def find_all(self, tag=None, cls=None, id=None):
        found = []
        for child in self.children:
            if (tag is None or child.tag == tag) and (cls is None or cls in child.attrs.get("class", "").split()) \
                    and (id is None or child.attrs.get("id") == id):
                found.append(child)
            found.extend(child.find_all(tag, cls, id))
        return found


class Tree(HTMLParser):
    VOID = {"meta", "link", "input", "br", "img", "hr", "circle", "rect", "path", "line", "polyline"}

    def __init__(self, text):
        super().__init__()
        self.root = self.current = Node("#document", [], None)
        self.feed(text)

    def handle_starttag(self, tag, attrs):
        node = Node(tag, attrs, self.current)
        self.current.children.append(node)
        self.current.text.append(node)
        if tag not in self.VOID:
            self.current = node

    def handle_startendtag(self, tag, attrs):
        node = Node(tag, attrs, self.current)
        self.current.children.append(node)
        self.current.text.append(node)

    def handle_endtag(self, tag):
        node = self.current
        while node is not None and node.tag != tag:
            node = node.parent
        if node is not None and node.parent is not None:
            self.current = node.parent

    def handle_data(self, data):
        self.current.text.append(data)


def url(site, path, query=None):
    address = (site / path).resolve().as_uri()
    return address + ("?q=" + urllib.parse.quote(query) if query else "")


def expect(condition, message):
    if not condition:
        sys.exit("check_site_browser: " + message)


def check_term_page(site, browser):
    dom = Tree(browser.dom(url(site, "term/三线一单.html"))).root
    html = dom.find_all("html")[0]
    expect(html.attrs.get("lang", "").startswith("zh"), f"html lang is {html.attrs.get('lang')!r}")
    expect([h.all_text() for h in dom.find_all("h1")] == ["三线一单"], "the term page's h1 is not 三线一单")
    forms = [f.all_text() for f in dom.find_all("span", cls="form")]
    expect(forms == ["三线一单", "三線一單"], f"the written forms are {forms}, not 三线一单 and 三線一單 (converted)")
    readings = dom.find_all("article", cls="reading")
    expect(len(readings) == 2, f"三线一单 has {len(readings)} readings on its page, not 2")
    expect("罗江区" in readings[0].all_text() and "曾都区" not in readings[0].all_text(), "reading 1 is not 罗江区's")
    expect("曾都区" in readings[1].all_text(), "reading 2 is not 曾都区's")
    definition = readings[1].find_all("p", cls="definition")[0]
    expect([d.all_text() for d in definition.find_all("del")] == ["负面"], "the diff does not mark 负面 removed")
    expect([i.all_text() for i in definition.find_all("ins")] == ["生态"], "the diff does not mark 生态 inserted")
    expect(len(dom.find_all("svg")) == 1, "the term page has no timeline chart")


def search_results(site, query, browser):
    dom = Tree(browser.dom(url(site, "search.html", query))).root
    results = dom.find_all("ol", id="results")[0].find_all("li")
    status = dom.find_all("p", id="status")[0].all_text()
    return [(li.find_all("a")[0].all_text(), li.find_all("a")[0].attrs["href"]) for li in results], status


def search_snippets(site, query, browser):
    """The text shown under each result that has one, with its marked words, by the result's label."""
    dom = Tree(browser.dom(url(site, "search.html", query))).root
    snippets = {}
    for li in dom.find_all("ol", id="results")[0].find_all("li"):
        for p in li.find_all("p"):
            snippets[li.find_all("a")[0].all_text()] = (p.all_text(), [m.all_text() for m in p.find_all("mark")])
    return snippets


def check_search(site, browser):
    for query in ["三线一单", "三線一單", "“三线一单”"]:
        results, status = search_results(site, query, browser)
        expect(results and results[0][0] == "三线一单", f"searching {query} does not list 三线一单 first: {results} ({status})")
        expect(results[0][1] == "term/%E4%B8%89%E7%BA%BF%E4%B8%80%E5%8D%95.html", f"the result links to {results[0][1]}")
    results, status = search_results(site, "准入负面", browser)  # a definition's words
    expect("三线一单" in [r[0] for r in results], f"searching 准入负面 does not find 三线一单: {results} ({status})")
    results, status = search_results(site, "没有这样的词语", browser)
    expect(results == [] and "0" in status, f"a search for nothing found {results} ({status})")
    # The snippet is the text as written, the match marked: matched in key form (ppp, 最严谨), shown
    # as written (PPP, 最嚴謹), quotes kept.
    for query, term, marked, shown in [("ppp", "七大项目指挥部", "PPP", "提升PPP项目"), ("红色驿站", "七大项目指挥部", "红色驿站", "“红色驿站”"),
                                       ("最严谨", "四個最嚴", "最嚴謹", "最嚴謹的標準")]:
        snippets = search_snippets(site, query, browser)
        expect(term in snippets, f"searching {query} does not show a text of {term}: {sorted(snippets)}")
        text, marks = snippets[term]
        expect(marks == [marked], f"searching {query} marks {marks} in {text!r}, not {marked}")
        expect(shown in text, f"searching {query} shows {text!r}, not the text as written ({shown})")


def check_index(site, browser):
    dom = Tree(browser.dom(url(site, "index.html"))).root
    expect(len(dom.find_all("h1")) == 1, "the index has not one h1")
    label = dom.find_all("label")[0]
    expect(label.attrs.get("for") == "q" and dom.find_all("input", id="q"), "the search box has no label")
    expect(len(dom.find_all("ol", cls="top")) == 3, "the index lacks its three lists of terms")


def check_no_external_reference(site):
    for path in site.rglob("*"):
        if path.is_file():
            text = path.read_text(encoding="utf-8").replace('xmlns="http://www.w3.org/2000/svg"', "")
            for scheme in ("http://", "https://", "//fonts.", "url("):
                expect(scheme not in text, f"{path} refers to {scheme}")


def screenshots(site, out, browser):
    out.mkdir(parents=True, exist_ok=True)
    pages = {"index": url(site, "index.html"), "term": url(site, "term/三线一单.html"),
             "region": url(site, "region/510604.html"), "report": url(site, "report/002_56897e3e26716c43.txt.html"),
             "search": url(site, "search.html", "生态")}
    for name, address in pages.items():
        for size, (width, height) in SIZES.items():
            target = out / f"site_{name}_{size}.png"
            target.unlink(missing_ok=True)
            png = browser.screenshot(address, width, height)
            target.write_bytes(png)
            expect(len(png) > 10000, f"no screenshot of {name} at {size}")
            expect(png[:8] == b"\x89PNG\r\n\x1a\n" and struct.unpack(">II", png[16:24]) == (width, height),
                   f"the screenshot of {name} at {size} is no PNG of {width}×{height}")


def main():
    site = pathlib.Path(sys.argv[1])
    shots = len(sys.argv) == 4 and sys.argv[2] == "--screenshots"
    if not shots:
        check_no_external_reference(site)
    try:
        with Browser("check_site_browser", ["--hide-scrollbars"] if shots else []) as browser:
            if shots:
                screenshots(site, pathlib.Path(sys.argv[3]), browser)
                return
            check_index(site, browser)
            check_term_page(site, browser)
            check_search(site, browser)
    except Failure as failure:
        sys.exit(f"check_site_browser: {failure}")


if __name__ == "__main__":
    main()
