#!/usr/bin/python3
"""Turns each sample report (samples/*.txt) into the HTML page a portal would publish and the
.docx an office would circulate, so that the HTML and DOCX importers can be held to the
text importer's results (tests/importers/converted_samples_test.cpp).

    make_html_docx_samples.py SAMPLES_DIR OUT_DIR   ->  OUT_DIR/html/*.html, OUT_DIR/docx/*.docx

Standard library only. Each page carries what real ones do: a charset in <meta> (GB2312,
GBK or UTF-8, or none), navigation, scripts, styles, share buttons and a footer around the
report, footnote markers as <sup>, and the glossary as paragraphs, a list or a table. Each
document splits its paragraphs into several runs and carries fields, tracked changes, tabs,
bookmarks and whitespace-only runs that must not change its text; sample 000's glossary
becomes real footnotes.
"""
import html
import pathlib
import re
import sys
import zipfile

# Per sample (by its number): how the page is encoded and declared, and how its glossary is laid out.
LAYOUTS = {
    "000": {"encoding": "gb2312", "declared": "http-equiv", "glossary": "paragraphs", "footnotes": True},
    "001": {"encoding": "utf-8", "declared": "charset", "glossary": "ordered-list"},
    "002": {"encoding": "utf-8-sig", "declared": None, "glossary": "numbered-table"},
    "003": {"encoding": "gbk", "declared": "charset-gb2312", "glossary": "two-column-table"},
    "004": {"encoding": "gb18030", "declared": None, "glossary": None, "breaks": True},
}

HEADING = re.compile(r"^(名\s*[词詞]\s*解\s*[释釋]|[注註]\s*[释釋])$")
NUMBERED = re.compile(r"^(?:[(（](\d+)[)）]|(\d+)[.．、])")
BODY_MARKER = re.compile(r"[(（]\d{1,2}[)）]|[①-⑳]")
TAIL = re.compile(r"^(您需要登录|扫一扫在手机上查看|本版积分规则)")
TERM_SPLIT = re.compile(r"[:：]")


class Sample:
    """A sample's lines split into body, glossary heading, glossary lines and page tail."""

    def __init__(self, path):
        self.path = path
        self.number = path.name[:3]
        lines = [line.strip() for line in path.read_text(encoding="utf-8").splitlines()]
        start, has_heading = self.glossary_start(lines)
        end = next((i for i in range(start, len(lines)) if TAIL.match(lines[i])), len(lines))
        self.body = lines[:start]
        self.heading = lines[start] if has_heading else None
        self.glossary = [line for line in lines[start + (1 if has_heading else 0):end] if line]
        self.tail = [line for line in lines[end:] if line]
        self.title = next((line for line in lines if "政府工作报告" in line or "政府工作報告" in line), "")

    @staticmethod
    def glossary_start(lines):
        for i in range(len(lines) - 1, -1, -1):
            if HEADING.match(lines[i]):
                return i, True
        closing = max((i for i, line in enumerate(lines) if line.startswith("各位代表")), default=0)
        for i in range(closing + 1, len(lines)):
            match = NUMBERED.match(lines[i])
            if match and (match.group(1) or match.group(2)) == "1":
                return i, False
        return len(lines), False

    def glossary_groups(self):
        """[(number or None, first line without its marker, [further lines])] in glossary order."""
        groups = []
        for line in self.glossary:
            match = NUMBERED.match(line)
            if match:
                groups.append((int(match.group(1) or match.group(2)), line[match.end():], []))
            elif groups and groups[-1][0] is not None:
                groups[-1][2].append(line)
            else:
                groups.append((None, line, []))
        return groups


def escape(text):
    return html.escape(text, quote=False)


def split_term(line):
    parts = TERM_SPLIT.split(line, maxsplit=1)
    return (parts[0], parts[1]) if len(parts) == 2 else ("", line)


# HTML pages

def html_head(sample, layout):
    declared = layout["declared"]
    charset = {"http-equiv": '<meta http-equiv="Content-Type" content="text/html; charset=gb2312">',
               "charset": '<meta charset="utf-8">',
               "charset-gb2312": '<meta charset="gb2312">'}.get(declared, "")
    return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
{charset}
<title>{escape(sample.title)}_人民政府门户网站</title>
<meta name="ArticleTitle" content="{html.escape(sample.title)}">
<meta name="PubDate" content="2023-02-01 09:35">
<style>body {{ font-size: 14px; }} .top-nav a {{ color: #333; }}</style>
<script>var pageTitle = "2019年桃花源县政府工作报告"; if (window.x) {{ document.write("<p>广告</p>"); }}</script>
</head>
<body>
<div class="top-nav"><a href="/">首页</a> | <a href="/zwgk/">政务公开</a> | <a href="/old/">2019年桃花源县政府工作报告</a></div>
<nav><ul><li><a href="/">首页</a></li><li><a href="/jggk/">机构概况</a></li><li><a href="/bsfw/">办事服务</a></li></ul></nav>
<div class="breadcrumb">当前位置：<a href="/">首页</a> &gt; 政务公开 &gt; 政府工作报告</div>
<div id="content" class="article">
"""


def html_tail(sample):
    tail = "\n".join(f"<p>{escape(line)}</p>" for line in sample.tail)
    return f"""</div>
<div class="bdsharebuttonbox"><a href="#" class="bds_more">分享到：</a><a class="bds_weixin" title="分享到微信">微信</a><a class="bds_tsina">微博</a></div>
<footer>{tail}<p>版权所有：桃花源县人民政府 主办单位：桃花源县人民政府办公室 联系电话：0838-1234567</p></footer>
<script>var _hmt = _hmt || []; _hmt.push(["_trackPageview"]);</script>
</body>
</html>
"""


def body_html(sample, layout):
    lines = [BODY_MARKER.sub(lambda m: f"<sup>{m.group(0)}</sup>", escape(line)) for line in sample.body if line]
    if layout.get("breaks"):
        return '<div class="TRS_Editor">\n' + "<br>\n".join(lines) + "\n</div>\n"
    return "\n".join(f"<p>{line}</p>" for line in lines) + "\n"


def glossary_html(sample, layout):
    style = layout["glossary"]
    out = [f"<h3>{escape(sample.heading)}</h3>"] if sample.heading else []
    groups = sample.glossary_groups()
    if style == "paragraphs":
        out += [f"<p>{escape(line)}</p>" for line in sample.glossary]
    elif style == "ordered-list":
        out.append(f'<ol start="{groups[0][0]}">')
        out += [f"<li>{escape(first)}" + "".join(f"<p>{escape(more)}</p>" for more in rest) + "</li>"
                for _, first, rest in groups]
        out.append("</ol>")
    elif style in ("numbered-table", "two-column-table"):
        numbered = style == "numbered-table"
        out.append("<table border=\"1\"><thead><tr>" + ("<th>序号</th>" if numbered else "") + "<th>名词</th><th>解释</th></tr></thead><tbody>")
        for number, first, _ in groups:
            term, definition = split_term(first)
            cells = ([str(number or "")] if numbered else []) + [term, definition]
            out.append("<tr>" + "".join(f"<td>{escape(cell)}</td>" for cell in cells) + "</tr>")
        out.append("</tbody></table>")
    return "\n".join(out) + "\n"


def write_html(sample, layout, out_dir):
    page = html_head(sample, layout) + body_html(sample, layout)
    if layout["glossary"]:
        page += glossary_html(sample, layout)
    page += html_tail(sample)
    encoding = layout["encoding"]
    data = page.encode(encoding, errors="xmlcharrefreplace")
    (out_dir / (sample.path.stem + ".html")).write_bytes(data)


# Word documents

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"


def runs(text, kind):
    """The text as several runs, with markup that must leave it unchanged."""
    chunks = [text[i:i + 17] for i in range(0, len(text), 17)] or [""]
    out = []
    for i, chunk in enumerate(chunks):
        run = f'<w:r><w:rPr><w:rFonts w:hint="eastAsia"/></w:rPr><w:t xml:space="preserve">{escape(chunk)}</w:t></w:r>'
        if kind == "fields" and i == 0:
            run = ('<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> MERGEFIELD 正文 </w:instrText></w:r>'
                   f'<w:r><w:fldChar w:fldCharType="separate"/></w:r>{run}<w:r><w:fldChar w:fldCharType="end"/></w:r>')
        elif kind == "fields" and i == 1:
            run = f'<w:fldSimple w:instr=" DOCPROPERTY Title ">{run}</w:fldSimple>'
        elif kind == "tracked" and i == 1:
            run = (f'<w:ins w:id="{i}" w:author="办公室">{run}</w:ins>'
                   '<w:del w:id="90" w:author="办公室"><w:r><w:delText>（此句已删除）</w:delText></w:r></w:del>')
        out.append(run)
        if i == 0:
            out.append('<w:proofErr w:type="spellStart"/><w:bookmarkStart w:id="0" w:name="_GoBack"/><w:bookmarkEnd w:id="0"/>')
    if kind == "tabs":
        out.insert(0, "<w:r><w:tab/></w:r>")
    if kind == "blank-runs":
        out.append('<w:r><w:t xml:space="preserve">   </w:t></w:r>')
    return "".join(out)


def paragraph(content):
    return f'<w:p><w:pPr><w:spacing w:line="560" w:lineRule="exact"/></w:pPr>{content}</w:p>'


def body_with_references(sample, footnotes):
    """Body paragraphs; with footnotes, each first "(n)" becomes a w:footnoteReference (w:id n+1)."""
    kind = {"001": "fields", "002": "tracked", "003": "tabs", "004": "blank-runs"}.get(sample.number, "plain")
    referenced = set()
    out = []
    for line in (line for line in sample.body if line):
        if not footnotes:
            out.append(paragraph(runs(line, kind)))
            continue
        content, last = [], 0
        for match in re.finditer(r"[(（](\d{1,2})[)）]", line):
            number = int(match.group(1))
            if number in referenced or number not in footnotes:
                continue
            referenced.add(number)
            content.append(runs(line[last:match.start()], kind) if match.start() > last else "")
            content.append(f'<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteReference w:id="{number + 1}"/></w:r>')
            last = match.end()
        content.append(runs(line[last:], kind) if last < len(line) else "")
        out.append(paragraph("".join(content)))
    return out


def footnotes_xml(footnotes):
    notes = ['<w:footnote w:type="separator" w:id="0"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>',
             '<w:footnote w:type="continuationSeparator" w:id="1"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>']
    for number, (first, rest) in sorted(footnotes.items()):
        first_paragraph = ('<w:p><w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteRef/></w:r>'
                           f'<w:r><w:t xml:space="preserve"> </w:t></w:r>{runs(first, "plain")}</w:p>')
        notes.append(f'<w:footnote w:id="{number + 1}">{first_paragraph}' + "".join(paragraph(runs(line, "plain")) for line in rest) + "</w:footnote>")
    return f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:footnotes xmlns:w="{W}">' + "".join(notes) + "</w:footnotes>"


def write_docx(sample, layout, out_dir):
    footnotes = {}
    if layout.get("footnotes"):
        footnotes = {number: (first, rest) for number, first, rest in sample.glossary_groups() if number is not None}
    paragraphs = body_with_references(sample, footnotes)
    if not footnotes:
        if sample.heading:
            paragraphs.append(paragraph(runs(sample.heading, "plain")))
        paragraphs += [paragraph(runs(line, "plain")) for line in sample.glossary]
    document = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="{W}" xmlns:r="{R}"><w:body>'
                + "\n".join(paragraphs) + '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:body></w:document>')
    parts = {
        "[Content_Types].xml": content_types(bool(footnotes)),
        "_rels/.rels": ('<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>'),
        "word/document.xml": document,
        "docProps/core.xml": core_xml(sample.title),
    }
    if footnotes:
        parts["word/footnotes.xml"] = footnotes_xml(footnotes)
        parts["word/_rels/document.xml.rels"] = (
            '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes" Target="footnotes.xml"/></Relationships>')
    with zipfile.ZipFile(out_dir / (sample.path.stem + ".docx"), "w", zipfile.ZIP_DEFLATED) as archive:
        for name, text in parts.items():
            archive.writestr(name, text.encode("utf-8"))


def content_types(with_footnotes):
    footnotes = ('<Override PartName="/word/footnotes.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/>'
                 if with_footnotes else "")
    return ('<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
            f'{footnotes}</Types>')


def core_xml(title):
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><cp:coreProperties '
            'xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            f'<dc:title>{escape(title)}</dc:title><dc:creator>办公室</dc:creator>'
            '<dcterms:created xsi:type="dcterms:W3CDTF">2023-02-01T09:35:00Z</dcterms:created></cp:coreProperties>')


def main(argv):
    if len(argv) != 3:
        sys.exit("usage: make_html_docx_samples.py SAMPLES_DIR OUT_DIR")
    samples_dir, out_dir = pathlib.Path(argv[1]), pathlib.Path(argv[2])
    for kind in ("html", "docx"):
        (out_dir / kind).mkdir(parents=True, exist_ok=True)
    paths = sorted(samples_dir.glob("*.txt"))
    if not paths:
        sys.exit(f"no samples in {samples_dir}")
    for path in paths:
        sample = Sample(path)
        layout = LAYOUTS[sample.number]
        write_html(sample, layout, out_dir / "html")
        write_docx(sample, layout, out_dir / "docx")
    print(f"wrote {len(paths)} HTML pages and {len(paths)} Word documents to {out_dir}")


if __name__ == "__main__":
    main(sys.argv)
