#include "importers/text_importer.hpp"

#include "core/text/encoding.hpp"
#include "core/text/script.hpp"
#include "importers/chrome.hpp"
#include "importers/damaged_text.hpp"
#include "importers/footnote_anchors.hpp"
#include "importers/glossary_parser.hpp"
#include "importers/report_header.hpp"

#include <set>

namespace glossgraph {
namespace {

std::string join_lines(const std::vector<SourceLine>& lines, std::size_t end) {
    std::string body;
    for (std::size_t i = 0; i < end; ++i) {
        body += lines[i].text;
        body += '\n';
    }
    return body;
}

// Keeps the first kMaxEntriesPerReport entries; their heads are earlier entries, so kept too.
void limit_entries(std::vector<GlossaryEntry>& entries, const ImportContext& context) {
    if (entries.size() <= kMaxEntriesPerReport) return;
    context.diagnostics->warning({context.path, entries[kMaxEntriesPerReport].line},
                                 "the glossary has " + std::to_string(entries.size()) + " entries, more than the " +
                                     std::to_string(kMaxEntriesPerReport) + " a report may have; only the first " +
                                     std::to_string(kMaxEntriesPerReport) + " are kept");
    entries.erase(entries.begin() + static_cast<std::ptrdiff_t>(kMaxEntriesPerReport), entries.end());
}

}  // namespace

Identification TextImporter::identify(std::string_view probe) const {
    const bool utf16_bom = probe.starts_with("\xFF\xFE") || probe.starts_with("\xFE\xFF");
    if (!utf16_bom && probe.find('\0') != std::string_view::npos) return Identification::no;
    return Identification::unsure;
}

ReportMeta base_meta(std::string_view bytes, Format format, const ImportContext& context) {
    ReportMeta meta;
    meta.path = context.path;
    meta.file = file_name(context.path);
    meta.content_hash = content_hash(bytes);
    meta.format = std::string(to_string(format));
    return meta;
}

ParsedReport parse_report_text(std::string_view text, ReportMeta base, const ImportContext& context) {
    ParsedReport report;
    report.meta = std::move(base);
    ReportMeta& meta = report.meta;
    meta.script = detect_script(text);
    ChromeResult page = strip_chrome(split_clean_lines(text));

    ReportHeader header = parse_report_header(page.lines, *context.gazetteer, context.path, *context.diagnostics);
    meta.title = std::move(header.title);
    meta.written_title = std::move(header.written_title);
    meta.year = header.year;
    meta.delivered_on = std::move(header.delivered_on);
    meta.speaker = std::move(header.speaker);
    meta.region = std::move(header.region);

    GlossarySection glossary = parse_glossary(page.lines, context.path, *context.diagnostics);
    meta.glossary_heading = glossary.heading;
    meta.body = join_lines(page.lines, glossary.found ? glossary.begin : page.lines.size());
    report.entries = std::move(glossary.entries);
    limit_entries(report.entries, context);
    std::set<int> footnotes;
    for (const GlossaryEntry& entry : report.entries) {
        if (entry.footnote) footnotes.insert(*entry.footnote);
    }
    meta.anchors = find_footnote_anchors(meta.body, footnotes);
    flag_damaged_entries(report);
    return report;
}

ParsedReport parse_text_report(std::string_view bytes, const ImportContext& context) {
    ReportMeta meta = base_meta(bytes, Format::text, context);
    DecodedText decoded = decode_text(bytes, context.path, *context.diagnostics);
    meta.encoding = decoded.encoding;
    const std::string repaired = repair_damaged_text(std::move(decoded.text), meta);
    warn_damaged_runs(meta.damaged_runs, context);
    return parse_report_text(repaired, std::move(meta), context);
}

void TextImporter::read(std::string_view bytes, const ImportContext& context, ReportSink& sink) const {
    const ParsedReport report = parse_text_report(bytes, context);
    sink.on_report(report.meta);
    for (const GlossaryEntry& entry : report.entries) sink.on_entry(entry);
    sink.end_report();
}

}  // namespace glossgraph
