#pragma once
// HTML pages of government portals: encoding from the BOM, a <meta> charset or detection
// (html_charset.hpp), the readable text by an HTML5 parser (html_text.hpp), then the text
// pipeline. Footnote anchors come from <sup> markers and in-page links ([n]).
#include "importers/importer.hpp"

namespace glossgraph {

class HtmlImporter final : public Importer {
public:
    Format format() const override { return Format::html; }
    // yes when, after a BOM, white space, comments and an XML declaration, the probe opens with
    // <!DOCTYPE html, <html, <head, <body or <meta (any case); no when it holds NUL bytes
    // (binary, or UTF-16 without BOM); unsure otherwise.
    Identification identify(std::string_view probe) const override;
    std::vector<std::string_view> suffixes() const override { return {".html", ".htm", ".xhtml", ".shtml"}; }
    // Throws parse_error for an empty or binary page and for a page without text.
    void read(std::string_view bytes, const ImportContext& context, ReportSink& sink) const override;
};

// The whole HTML pipeline without a sink; used by read() and by tests.
ParsedReport parse_html_report(std::string_view bytes, const ImportContext& context);

}  // namespace glossgraph
