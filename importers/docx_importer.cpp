#include "importers/docx_importer.hpp"

#include "core/errors.hpp"
#include "core/text/normalize.hpp"
#include "importers/docx_text.hpp"
#include "importers/docx_xml.hpp"
#include "importers/extracted_text.hpp"
#include "importers/text_importer.hpp"

#include <map>
#include <memory>

namespace glossgraph {
namespace {

const std::string document_part = "word/document.xml";
const std::string footnotes_part = "word/footnotes.xml";
const std::string endnotes_part = "word/endnotes.xml";
const std::string core_part = "docProps/core.xml";

// Numbers notes in the order the body refers to them.
class NoteNumbering {
public:
    struct Reference {
        NoteKind kind;
        std::string id;
    };

    int number(NoteKind kind, std::string_view id) {
        const auto [found, added] = numbers_.try_emplace({kind, std::string(id)}, static_cast<int>(order_.size() + 1));
        if (added) order_.push_back({kind, std::string(id)});
        return found->second;
    }
    const std::vector<Reference>& order() const { return order_; }

private:
    std::vector<Reference> order_;
    std::map<std::pair<NoteKind, std::string>, int> numbers_;
};

// A part, or nullptr when the archive has none; bytes that were not UTF-8 are a warning.
std::unique_ptr<XmlPart> read_part(const ZipArchive& archive, const std::string& name, const ImportContext& context) {
    if (!archive.contains(name)) return nullptr;
    auto part = std::make_unique<XmlPart>(name, archive.read(name), context.path);
    if (!part->damage().empty()) context.diagnostics->warning({context.path, 0}, name + ": " + part->damage());
    return part;
}

NoteTexts read_notes_part(const ZipArchive& archive, const std::string& name, const ImportContext& context) {
    const std::unique_ptr<XmlPart> part = read_part(archive, name, context);
    return part ? read_notes(*part) : NoteTexts{};
}

// The synthetic glossary after the body: a heading, then "(n)" + each note's text. Returns
// the line of its first entry.
int append_note_glossary(TextBuilder& out, const NoteNumbering& numbering, const ZipArchive& archive,
                         const ImportContext& context) {
    const NoteTexts footnotes = read_notes_part(archive, footnotes_part, context);
    const NoteTexts endnotes = read_notes_part(archive, endnotes_part, context);
    out.end_paragraph();
    out.append("名词解释\n");
    const int first_entry_line = out.line_number();
    for (std::size_t i = 0; i < numbering.order().size(); ++i) {
        const NoteNumbering::Reference& reference = numbering.order()[i];
        const bool footnote = reference.kind == NoteKind::footnote;
        const NoteTexts& notes = footnote ? footnotes : endnotes;
        const auto found = notes.find(reference.id);
        if (found == notes.end() || found->second.empty()) {
            context.diagnostics->warning({context.path, 0}, std::string(footnote ? "footnote" : "endnote") + " " +
                                                                reference.id + " is referenced but has no text in " +
                                                                (footnote ? footnotes_part : endnotes_part));
            continue;
        }
        std::string marker = "(";  // appended in steps: GCC 12 warns falsely (-Wrestrict) on "(" + …
        marker.append(std::to_string(i + 1)).append(")");
        out.append(marker);
        for (const std::string& paragraph : found->second) out.append(paragraph + "\n");
    }
    return first_entry_line;
}

// The document's own title (when it names a report) and creation date, from docProps/core.xml.
void read_core_properties(const ZipArchive& archive, ExtractedText& extracted, const ImportContext& context) {
    const std::unique_ptr<XmlPart> core = read_part(archive, core_part, context);
    if (!core || !core->root()) return;
    if (const XmlNode* title = child_element(*core->root(), "dc:title")) {
        const std::string_view text = trim(element_text(*title));
        if (names_report(text)) extracted.title = std::string(text);
    }
    if (const XmlNode* created = child_element(*core->root(), "dcterms:created")) {
        extracted.date = parse_date(element_text(*created));
    }
}

}  // namespace

Identification DocxImporter::identify(std::string_view probe) const {
    if (!probe.starts_with("PK\x03\x04")) return Identification::no;
    return probe.find(document_part) != std::string_view::npos ? Identification::yes : Identification::unsure;
}

ParsedReport parse_docx_report(std::string_view bytes, const ImportContext& context, const ZipLimits& limits) {
    ReportMeta meta = base_meta(bytes, Format::docx, context);
    meta.encoding = "UTF-8";
    const ZipArchive archive(bytes, context.path, limits);
    if (!archive.contains(document_part)) {
        throw parse_error(context.path, 0, 0, "not a Word document: the archive has no " + document_part);
    }
    const std::unique_ptr<XmlPart> document = read_part(archive, document_part, context);
    const XmlNode* body = document->root() ? child_element(*document->root(), "w:body") : nullptr;
    if (!body) throw parse_error(context.path, 0, 0, "not a Word document: " + document_part + " has no w:body");

    TextBuilder out;
    NoteNumbering numbering;
    write_docx_blocks(*body, out, [&](NoteKind kind, std::string_view id) { out.anchor(numbering.number(kind, id), ""); });
    const int first_note_line = numbering.order().empty() ? 0 : append_note_glossary(out, numbering, archive, context);
    ExtractedText extracted = out.take();
    extracted.source_lines.clear();  // the text's own lines are the best reference a .docx has
    read_core_properties(archive, extracted, context);
    if (trim(extracted.text).empty()) throw parse_error(context.path, 0, 0, "Word document without text");

    ParsedReport report = parse_extracted_text(extracted, std::move(meta), context);
    for (GlossaryEntry& entry : report.entries) {
        if (first_note_line > 0 && entry.line >= first_note_line && entry.marker && entry.footnote) entry.marker = std::to_string(*entry.footnote);
    }
    return report;
}

void DocxImporter::read(std::string_view bytes, const ImportContext& context, ReportSink& sink) const {
    const ParsedReport report = parse_docx_report(bytes, context, limits_);
    sink.on_report(report.meta);
    for (const GlossaryEntry& entry : report.entries) sink.on_entry(entry);
    sink.end_report();
}

}  // namespace glossgraph
