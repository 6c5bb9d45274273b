#pragma once
// Plain-text reports in UTF-8 (with or without BOM), GB18030/GBK or UTF-16 with BOM.
#include "importers/importer.hpp"

#include <cstddef>

namespace glossgraph {

class TextImporter final : public Importer {
public:
    Format format() const override { return Format::text; }
    // Text is the fallback format: unsure, unless the probe holds NUL bytes (no).
    Identification identify(std::string_view probe) const override;
    std::vector<std::string_view> suffixes() const override { return {".txt", ".text"}; }
    void read(std::string_view bytes, const ImportContext& context, ReportSink& sink) const override;
};

// The whole text pipeline without a sink: decode, repair damaged runs (core/text/damaged_runs.hpp),
// clean lines, strip chrome, parse header and glossary. Each damaged run is a warning at its
// line ("damaged text '?cè)谑形?' repaired as '在市委'", or "... not repaired (kept as
// written)") and is kept in meta.damaged_runs; the report and each entry whose lines hold
// one are flagged (damage). Text without a run is parsed byte for byte as decoded.
// Used by read() and by tests.
ParsedReport parse_text_report(std::string_view bytes, const ImportContext& context);

// The most glossary entries one report keeps. A real glossary has a few dozen; every entry
// becomes a term that linking relates to every other and looks for in every body, so a
// file with a million of them (40 MB) would stall every later import's linking.
inline constexpr std::size_t kMaxEntriesPerReport = 2000;

// The pipeline after decoding, shared by every importer that can turn its input into text
// (HTML, DOCX): `text` is UTF-8 with LF line ends, one paragraph per line. `base` carries
// what the caller knows (file, path, content_hash, encoding, format); the rest is parsed.
// A glossary of more than kMaxEntriesPerReport entries keeps the first ones, with a warning
// at the line of the first entry left out. `text` is already repaired (importers/damaged_text.hpp);
// the entries whose lines hold one of base.damaged_runs are flagged.
ParsedReport parse_report_text(std::string_view text, ReportMeta base, const ImportContext& context);

// file, path, content_hash and format of a report read from `bytes` by `format`.
ReportMeta base_meta(std::string_view bytes, Format format, const ImportContext& context);

}  // namespace glossgraph
