#include "importers/html_importer.hpp"

#include "core/errors.hpp"
#include "core/text/normalize.hpp"
#include "importers/extracted_text.hpp"
#include "importers/html_charset.hpp"
#include "importers/html_dom.hpp"
#include "importers/html_markup.hpp"
#include "importers/html_text.hpp"
#include "importers/text_importer.hpp"

#include <algorithm>
#include <cctype>

namespace glossgraph {
namespace {

// Far beyond any real page (a long report's page has a few thousand elements, a handful of
// attributes each); parsing stays well under a second and a few hundred MB up to here.
constexpr std::size_t max_nesting = 5000;
constexpr std::size_t max_elements = 500000;
constexpr std::size_t max_nesting_work = 200000000;  // 40,000 elements 5,000 deep; about 0.4 s
constexpr std::size_t max_attributes_per_element = 256;
constexpr std::size_t max_attributes = 1000000;

// Throws parse_error for a page that would take gumbo minutes or gigabytes (html_markup.hpp).
void check_markup(std::string_view html, const std::string& path) {
    const html::MarkupCounts counts = html::count_markup(html);
    const auto refuse = [&](int line, const std::string& what) {
        throw parse_error(path, line, 0, what + " — not a page this importer reads");
    };
    if (counts.deepest > max_nesting) refuse(0, "elements nested deeper than " + std::to_string(max_nesting));
    if (counts.elements > max_elements) {
        refuse(0, std::to_string(counts.elements) + " elements, more than the " + std::to_string(max_elements) + " a page may have");
    }
    if (counts.nesting_work > max_nesting_work) {
        refuse(0, std::to_string(counts.elements) + " elements at an average depth of " +
                      std::to_string(counts.nesting_work / counts.elements) + ": more nesting than the parser gets through in time");
    }
    if (counts.most_attributes > max_attributes_per_element) {
        refuse(static_cast<int>(counts.most_attributes_line),
               "an element with " + std::to_string(counts.most_attributes) + " attributes, more than the " +
                   std::to_string(max_attributes_per_element) + " one may have");
    }
    if (counts.attributes > max_attributes) {
        refuse(0, std::to_string(counts.attributes) + " attributes, more than the " + std::to_string(max_attributes) +
                      " a page may have");
    }
}

// The probe as ASCII: UTF-16 with a BOM loses its zero bytes, UTF-8 its BOM.
std::string ascii_view(std::string_view probe) {
    const bool little = probe.starts_with("\xFF\xFE");
    if (little || probe.starts_with("\xFE\xFF")) {
        std::string out;
        for (std::size_t i = little ? 2 : 3; i < probe.size(); i += 2) out.push_back(probe[i]);
        return out;
    }
    if (probe.starts_with("\xEF\xBB\xBF")) probe.remove_prefix(3);
    return std::string(probe);
}

// Skips white space, comments and an XML declaration before the first tag.
std::size_t first_tag(std::string_view text) {
    std::size_t pos = 0;
    while (pos < text.size()) {
        if (std::isspace(static_cast<unsigned char>(text[pos]))) {
            ++pos;
        } else if (text.substr(pos).starts_with("<!--")) {
            pos = text.find("-->", pos + 4);
            pos = pos == std::string_view::npos ? text.size() : pos + 3;
        } else if (text.substr(pos).starts_with("<?")) {
            pos = text.find("?>", pos + 2);
            pos = pos == std::string_view::npos ? text.size() : pos + 2;
        } else {
            break;
        }
    }
    return pos;
}

bool opens_html(std::string text) {
    std::transform(text.begin(), text.end(), text.begin(), [](unsigned char c) { return std::tolower(c); });
    text = text.substr(first_tag(text));
    for (std::string_view root : {"<!doctype html", "<html", "<head", "<body", "<meta", "<title"}) {
        if (text.starts_with(root)) {
            const char after = text.size() > root.size() ? text[root.size()] : ' ';
            if (!std::isalnum(static_cast<unsigned char>(after))) return true;
        }
    }
    return false;
}

}  // namespace

Identification HtmlImporter::identify(std::string_view probe) const {
    if (opens_html(ascii_view(probe))) return Identification::yes;
    const bool utf16_bom = probe.starts_with("\xFF\xFE") || probe.starts_with("\xFE\xFF");
    if (!utf16_bom && probe.find('\0') != std::string_view::npos) return Identification::no;
    return Identification::unsure;
}

ParsedReport parse_html_report(std::string_view bytes, const ImportContext& context) {
    ReportMeta meta = base_meta(bytes, Format::html, context);
    DecodedHtml decoded = decode_html(bytes, context.path, *context.diagnostics);
    meta.encoding = std::move(decoded.encoding);
    check_markup(decoded.text, context.path);
    const ExtractedText extracted = extract_html_text(decoded.text);
    if (trim(extracted.text).empty()) throw parse_error(context.path, 0, 0, "HTML page without text");
    return parse_extracted_text(extracted, std::move(meta), context);
}

void HtmlImporter::read(std::string_view bytes, const ImportContext& context, ReportSink& sink) const {
    const ParsedReport report = parse_html_report(bytes, context);
    sink.on_report(report.meta);
    for (const GlossaryEntry& entry : report.entries) sink.on_entry(entry);
    sink.end_report();
}

}  // namespace glossgraph
