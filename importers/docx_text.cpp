#include "importers/docx_text.hpp"

#include "core/text/normalize.hpp"

#include <algorithm>

namespace glossgraph {
namespace {

constexpr int max_depth = XmlPart::max_depth;

bool is_any(const XmlNode& node, std::initializer_list<std::string_view> names) {
    return std::any_of(names.begin(), names.end(), [&](std::string_view name) { return is_element(node, name); });
}

// An on/off property (w:vanish, w:tblHeader): on unless w:val says otherwise.
bool is_on(const XmlNode* property) {
    if (!property) return false;
    const std::string_view value = attribute_value(*property, "w:val");
    return value != "0" && value != "false" && value != "off";
}

bool is_hidden_run(const XmlNode& run) {
    const XmlNode* properties = child_element(run, "w:rPr");
    return properties && is_on(child_element(*properties, "w:vanish"));
}

// The text of a cell as a reader sees it, for deciding the layout of its row.
void collect_cell_text(const XmlNode& node, std::string& out, int depth) {
    for (const XmlNode* child = node.first_node(); child && depth < max_depth; child = child->next_sibling()) {
        if (is_any(*child, {"w:del", "w:moveFrom", "w:instrText", "w:rPr", "w:pPr"})) continue;
        if (is_element(*child, "w:t")) out.append(element_text(*child));
        else collect_cell_text(*child, out, depth + 1);
    }
}

struct Cell {
    const XmlNode* node;
    std::string text;
    const XmlNode* only_paragraph;  // the cell's one paragraph, nullptr when it has several or a table
};

Cell read_cell(const XmlNode& tc) {
    Cell cell{&tc, {}, nullptr};
    collect_cell_text(tc, cell.text, 0);
    cell.text = std::string(trim(cell.text));
    int blocks = 0;
    for (const XmlNode* child = tc.first_node(); child; child = child->next_sibling()) {
        if (is_element(*child, "w:p")) cell.only_paragraph = child;
        if (is_any(*child, {"w:p", "w:tbl", "w:sdt", "w:customXml"})) ++blocks;
    }
    if (blocks != 1) cell.only_paragraph = nullptr;
    return cell;
}

struct TableRow {
    std::vector<Cell> cells;
    std::vector<std::string> texts;
    bool heading = false;  // a repeated header row (w:tblHeader)
};

class DocxWalker {
public:
    DocxWalker(TextBuilder& out, const NoteReferenceHandler& on_reference) : out_(out), on_reference_(on_reference) {}

    void blocks(const XmlNode& container, int depth) {
        for (const XmlNode* child = container.first_node(); child && depth < max_depth; child = child->next_sibling()) {
            if (is_element(*child, "w:p")) paragraph(*child, depth + 1);
            else if (is_element(*child, "w:tbl")) table(*child, depth + 1);
            else if (is_any(*child, {"w:sdt", "w:sdtContent", "w:customXml", "w:ins", "w:moveTo"})) blocks(*child, depth + 1);
        }
    }

private:
    void paragraph(const XmlNode& p, int depth) {
        out_.end_paragraph();
        inline_content(p, depth);
        out_.end_paragraph();
    }

    void inline_content(const XmlNode& node, int depth) {
        for (const XmlNode* child = node.first_node(); child && depth < max_depth; child = child->next_sibling()) {
            if (child->type() != rapidxml::node_element) continue;
            if (is_any(*child, {"w:del", "w:moveFrom", "w:pPr", "w:rPr", "w:sdtPr", "w:sdtEndPr"})) continue;
            if (is_element(*child, "w:r")) run(*child);
            else if (is_element(*child, "mc:AlternateContent")) alternate(*child, depth + 1);
            else inline_content(*child, depth + 1);  // w:hyperlink, w:ins, w:fldSimple, w:smartTag, w:sdt …
        }
    }

    // Markup compatibility offers the same content several ways: read the first choice only.
    void alternate(const XmlNode& node, int depth) {
        if (const XmlNode* choice = node.first_node()) inline_content(*choice, depth);
    }

    void run(const XmlNode& r) {
        const bool hidden = is_hidden_run(r);
        for (const XmlNode* child = r.first_node(); child; child = child->next_sibling()) {
            if (is_element(*child, "w:fldChar")) field_char(*child);
            else if (!hidden && !in_field_instruction()) run_content(*child);
        }
    }

    void run_content(const XmlNode& node) {
        if (is_element(node, "w:t")) out_.append(element_text(node));
        else if (is_any(node, {"w:tab", "w:ptab"})) out_.append("\t");
        else if (is_any(node, {"w:br", "w:cr"})) out_.line_break();
        else if (is_element(node, "w:noBreakHyphen")) out_.append("-");
        else if (is_element(node, "w:footnoteReference")) on_reference_(NoteKind::footnote, attribute_value(node, "w:id"));
        else if (is_element(node, "w:endnoteReference")) on_reference_(NoteKind::endnote, attribute_value(node, "w:id"));
    }

    // Complex fields: begin, instruction, separate, result, end; they may nest.
    void field_char(const XmlNode& node) {
        const std::string_view type = attribute_value(node, "w:fldCharType");
        if (type == "begin") fields_.push_back(true);
        else if (type == "separate" && !fields_.empty()) fields_.back() = false;
        else if (type == "end" && !fields_.empty()) fields_.pop_back();
    }

    bool in_field_instruction() const { return std::find(fields_.begin(), fields_.end(), true) != fields_.end(); }

    void table(const XmlNode& tbl, int depth) {
        out_.end_paragraph();
        std::vector<TableRow> rows;
        for (const XmlNode* tr = tbl.first_node(); tr; tr = tr->next_sibling()) {
            if (is_element(*tr, "w:tr")) rows.push_back(read_row(*tr));
        }
        const bool glossary = std::any_of(rows.begin(), rows.end(),
                                          [](const TableRow& row) { return row_layout(row.texts) != RowLayout::plain; });
        for (const TableRow& row : rows) {
            if (!(glossary && row.heading)) write_row(row, depth);
        }
    }

    static TableRow read_row(const XmlNode& tr) {
        TableRow row;
        const XmlNode* properties = child_element(tr, "w:trPr");
        row.heading = properties && is_on(child_element(*properties, "w:tblHeader"));
        for (const XmlNode* tc = tr.first_node(); tc; tc = tc->next_sibling()) {
            if (!is_element(*tc, "w:tc")) continue;
            row.cells.push_back(read_cell(*tc));
            row.texts.push_back(row.cells.back().text);
        }
        return row;
    }

    void write_row(const TableRow& row, int depth) {
        const bool inline_cells = std::all_of(row.cells.begin(), row.cells.end(), [](const Cell& c) { return c.only_paragraph; });
        if (!inline_cells) {
            for (const Cell& cell : row.cells) blocks(*cell.node, depth + 1);
            return;
        }
        const RowLayout layout = row_layout(row.texts);
        out_.end_paragraph();
        for (std::size_t i = 0; i < row.cells.size(); ++i) {
            const std::string_view separator = cell_separator(layout, i, i > 0 ? row.texts[i - 1] : "");
            if (!out_.current_line().empty()) out_.append(separator);
            inline_content(*row.cells[i].only_paragraph, depth + 1);
        }
        out_.end_paragraph();
    }

    TextBuilder& out_;
    const NoteReferenceHandler& on_reference_;
    std::vector<bool> fields_;  // open complex fields: true while in their instruction
};

std::vector<std::string> note_paragraphs(const XmlNode& note) {
    TextBuilder builder;
    const NoteReferenceHandler ignore = [](NoteKind, std::string_view) {};
    DocxWalker(builder, ignore).blocks(note, 0);
    const ExtractedText text = builder.take();
    std::vector<std::string> paragraphs;
    std::size_t pos = 0;
    while (pos < text.text.size()) {
        const std::size_t end = std::min(text.text.find('\n', pos), text.text.size());
        const std::string_view line = trim(std::string_view(text.text).substr(pos, end - pos));
        if (!line.empty()) paragraphs.emplace_back(line);
        pos = end + 1;
    }
    return paragraphs;
}

}  // namespace

void write_docx_blocks(const XmlNode& container, TextBuilder& out, const NoteReferenceHandler& on_reference) {
    DocxWalker(out, on_reference).blocks(container, 0);
}

NoteTexts read_notes(const XmlPart& part) {
    NoteTexts notes;
    if (!part.root()) return notes;
    for (const XmlNode* note = part.root()->first_node(); note; note = note->next_sibling()) {
        if (!is_element(*note, "w:footnote") && !is_element(*note, "w:endnote")) continue;
        const std::string_view type = attribute_value(*note, "w:type");
        if (!type.empty() && type != "normal") continue;  // separator, continuationSeparator …
        notes[std::string(attribute_value(*note, "w:id"))] = note_paragraphs(*note);
    }
    return notes;
}

}  // namespace glossgraph
