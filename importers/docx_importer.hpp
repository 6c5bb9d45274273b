#pragma once
// Word documents (.docx) that offices circulate: read with libzip (zip_reader.hpp) and
// RapidXML (docx_xml.hpp) from word/document.xml, word/footnotes.xml, word/endnotes.xml and
// docProps/core.xml.
//
// Real footnotes are the glossary: the text is the body's paragraphs followed by a
// "名词解释" heading and one "(n)term：definition" line per note (its further paragraphs as
// lines of their own), n counting references in body order, footnotes and endnotes alike.
// Those entries carry footnote n and the marker "n" (Word shows the bare number), and each
// reference is an anchor (with an empty marker: the body holds no marker text). A glossary
// written as paragraphs at the end is read as in a text report. Entry lines and diagnostics
// count the lines of that text: paragraphs and breaks, then the glossary built from notes.
#include "importers/importer.hpp"
#include "importers/zip_reader.hpp"

namespace glossgraph {

class DocxImporter final : public Importer {
public:
    explicit DocxImporter(ZipLimits limits = {}) : limits_(limits) {}
    Format format() const override { return Format::docx; }
    // yes for a ZIP archive (PK\3\4) whose probe names word/document.xml; unsure for another
    // ZIP archive (the suffix decides); no otherwise.
    Identification identify(std::string_view probe) const override;
    std::vector<std::string_view> suffixes() const override { return {".docx"}; }
    // Throws parse_error naming the file for hostile or damaged archives (see ZipArchive), an
    // archive without word/document.xml, and malformed XML (naming the part, line and column).
    void read(std::string_view bytes, const ImportContext& context, ReportSink& sink) const override;

private:
    ZipLimits limits_;
};

// The whole DOCX pipeline without a sink; used by read() and by tests.
ParsedReport parse_docx_report(std::string_view bytes, const ImportContext& context, const ZipLimits& limits = {});

}  // namespace glossgraph
