#!/usr/bin/env python3
"""Build the blind-set .docx reports from their readable sources.

    python3 tests/blind/make_docx.py            # all docx_src/*.txt -> reports/*.docx

Standard library only (zipfile). Each source file docx_src/<stem>.txt gives one
reports/<stem>.docx.  One source line = one Word paragraph; blank source lines
are skipped.  Line forms:

    %% comment                 ignored
    =c  text                   centred paragraph
    =cb text                   centred bold paragraph
    =b  text                   bold paragraph (first-line indent)
    =r  text                   right-aligned paragraph
    =li text                   list paragraph using Word numbering (<w:numPr>,
                               numId 1, decimal "%1."); the number is NOT in the text
    =fn N text                 footnote N (word/footnotes.xml), text "term：definition"
    =empty                     empty paragraph
    text                       ordinary paragraph, first-line indent 2 characters

Inside a paragraph:
    [^N]                       <w:footnoteReference w:id="N"/> (superscript run)
    **text**                   bold run
    a run boundary is also forced at every '|' (written as a split run, the '|'
    itself is dropped) so that term and definition may sit in separate runs the
    way Word saves them after editing.

The output is deterministic (fixed zip timestamps).
"""
import os
import re
import sys
import zipfile
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "docx_src")
OUT = os.path.join(HERE, "reports")

W_NS = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
        'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"')

FONT = ('<w:rFonts w:ascii="Times New Roman" w:eastAsia="仿宋_GB2312" '
        'w:hAnsi="Times New Roman"/>')


def run(text, bold=False):
    rpr = FONT + ("<w:b/>" if bold else "") + '<w:sz w:val="32"/>'
    return ('<w:r><w:rPr>%s</w:rPr><w:t xml:space="preserve">%s</w:t></w:r>'
            % (rpr, escape(text)))


def fn_ref_run(n):
    return ('<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/>'
            '<w:vertAlign w:val="superscript"/></w:rPr>'
            '<w:footnoteReference w:id="%d"/></w:r>' % n)


TOKEN = re.compile(r"\[\^(\d+)\]|\*\*(.+?)\*\*|\|")


def runs(text):
    out, pos = [], 0
    for m in TOKEN.finditer(text):
        if m.start() > pos:
            out.append(run(text[pos:m.start()]))
        if m.group(1):
            out.append(fn_ref_run(int(m.group(1))))
        elif m.group(2):
            out.append(run(m.group(2), bold=True))
        pos = m.end()
    if pos < len(text):
        out.append(run(text[pos:]))
    return "".join(out)


def para(text, kind=""):
    ppr = ""
    if kind in ("c", "cb"):
        ppr = '<w:pPr><w:jc w:val="center"/></w:pPr>'
        if kind == "cb":
            text = "**%s**" % text
    elif kind == "r":
        ppr = '<w:pPr><w:jc w:val="right"/></w:pPr>'
    elif kind == "li":
        ppr = ('<w:pPr><w:pStyle w:val="ListParagraph"/><w:numPr><w:ilvl w:val="0"/>'
               '<w:numId w:val="1"/></w:numPr><w:ind w:firstLine="640"/></w:pPr>')
    elif kind == "empty":
        return "<w:p/>"
    else:
        ppr = '<w:pPr><w:ind w:firstLineChars="200" w:firstLine="640"/></w:pPr>'
        if kind == "b":
            text = "**%s**" % text
    return "<w:p>%s%s</w:p>" % (ppr, runs(text))


def parse(path):
    body, notes, uses_list = [], [], False
    with open(path, encoding="utf-8") as f:
        for raw in f:
            line = raw.rstrip("\n")
            if not line.strip() or line.startswith("%%"):
                continue
            m = re.match(r"=(c|cb|b|r|li|empty)(?:\s+(.*))?$", line)
            f_ = re.match(r"=fn\s+(\d+)\s+(.*)$", line)
            if f_:
                notes.append((int(f_.group(1)), f_.group(2)))
            elif m:
                if m.group(1) == "li":
                    uses_list = True
                body.append(para(m.group(2) or "", m.group(1)))
            else:
                body.append(para(line))
    return body, notes, uses_list


def build(stem):
    body, notes, uses_list = parse(os.path.join(SRC, stem + ".txt"))
    sect = ('<w:sectPr><w:pgSz w:w="11906" w:h="16838"/>'
            '<w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1588" '
            'w:header="851" w:footer="1474" w:gutter="0"/></w:sectPr>')
    document = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                '<w:document %s><w:body>%s%s</w:body></w:document>'
                % (W_NS, "".join(body), sect))
    ct = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
          '<Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/>']
    rels = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings" Target="settings.xml"/>']
    settings_extra = ""
    parts = {}
    if notes:
        fn = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:footnotes %s>' % W_NS,
              '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>',
              '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>']
        for n, text in notes:
            fn.append('<w:footnote w:id="%d"><w:p><w:pPr><w:pStyle w:val="FootnoteText"/></w:pPr>'
                      '<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteRef/></w:r>'
                      '<w:r><w:t xml:space="preserve"> </w:t></w:r>%s</w:p></w:footnote>'
                      % (n, "".join(run(t) for t in text.split("|"))))
        fn.append("</w:footnotes>")
        parts["word/footnotes.xml"] = "".join(fn)
        ct.append('<Override PartName="/word/footnotes.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/>')
        rels.append('<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes" Target="footnotes.xml"/>')
        settings_extra = '<w:footnotePr><w:footnote w:id="-1"/><w:footnote w:id="0"/></w:footnotePr>'
    if uses_list:
        parts["word/numbering.xml"] = (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:numbering %s>'
            '<w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="singleLevel"/>'
            '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
            '<w:lvlText w:val="%%1."/><w:lvlJc w:val="left"/>'
            '<w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr></w:lvl></w:abstractNum>'
            '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>' % W_NS)
        ct.append('<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>')
        rels.append('<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>')
    parts["word/styles.xml"] = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:styles %s>'
        '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>'
        '<w:style w:type="paragraph" w:styleId="ListParagraph"><w:name w:val="List Paragraph"/>'
        '<w:basedOn w:val="Normal"/></w:style>'
        '<w:style w:type="paragraph" w:styleId="FootnoteText"><w:name w:val="footnote text"/>'
        '<w:basedOn w:val="Normal"/><w:rPr><w:sz w:val="18"/></w:rPr></w:style>'
        '<w:style w:type="character" w:styleId="FootnoteReference"><w:name w:val="footnote reference"/>'
        '<w:rPr><w:vertAlign w:val="superscript"/></w:rPr></w:style>'
        '</w:styles>' % W_NS)
    ct.append('<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>')
    rels.append('<Relationship Id="rId4" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>')
    parts["word/settings.xml"] = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:settings %s>'
        '<w:defaultTabStop w:val="420"/>%s<w:compat/></w:settings>' % (W_NS, settings_extra))
    ct.append("</Types>")
    rels.append("</Relationships>")
    parts["[Content_Types].xml"] = "".join(ct)
    parts["_rels/.rels"] = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
        '</Relationships>')
    parts["word/document.xml"] = document
    parts["word/_rels/document.xml.rels"] = "".join(rels)
    order = ["[Content_Types].xml", "_rels/.rels", "word/document.xml",
             "word/_rels/document.xml.rels", "word/styles.xml", "word/settings.xml",
             "word/footnotes.xml", "word/numbering.xml"]
    out = os.path.join(OUT, stem + ".docx")
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name in order:
            if name in parts:
                zi = zipfile.ZipInfo(name, date_time=(2024, 1, 1, 0, 0, 0))
                zi.compress_type = zipfile.ZIP_DEFLATED
                z.writestr(zi, parts[name].encode("utf-8"))
    return out


def main(argv):
    stems = argv or sorted(f[:-4] for f in os.listdir(SRC) if f.endswith(".txt"))
    for stem in stems:
        print(build(stem))


if __name__ == "__main__":
    main(sys.argv[1:])
