#include "exporters/tbx_exporter.hpp"

#include "core/errors.hpp"
#include "core/text/script.hpp"
#include "exporters/escape.hpp"
#include "exporters/xml_document.hpp"

#include <map>
#include <ostream>
#include <set>
#include <sstream>
#include <stdexcept>
#include <string>
#include <vector>

namespace glossgraph {
namespace {

using XmlNode = XmlDocument::Node;

constexpr std::string_view tbx_namespace = "urn:iso:std:iso:30042:ed-2";
constexpr std::string_view simplified_tag = "zh-Hans";
constexpr std::string_view traditional_tag = "zh-Hant";

std::string concept_id(std::string_view key) { return xml_id("c-", key); }

std::string_view form_language(std::string_view form) { return language_tag(form, Script::unknown); }

class TbxWriter {
public:
    explicit TbxWriter(const GraphData& data) : data_(data) { index(); }

    void write(std::ostream& out) {
        XmlNode* root = xml_.element(xml_.document(), "tbx");
        xml_.attribute(root, "xmlns", tbx_namespace);
        xml_.attribute(root, "type", "TBX-Basic");
        xml_.attribute(root, "style", "dca");
        xml_.attribute(root, "xml:lang", simplified_tag);
        header(root);
        xml_.element(xml_.element(root, "text"), "body");
        // The frame (everything but the entries) printed as a whole, with an empty body; the
        // entries made and printed one at a time into it, so that one is held at a time.
        std::ostringstream printed;
        xml_.print(printed);
        const std::string frame = printed.str();
        constexpr std::string_view empty_body = "\t\t<body/>\n";
        const std::size_t body = frame.rfind(empty_body);  // the last element but closing tags
        if (body == std::string::npos) throw std::logic_error("tbx: the printed frame has no empty body");
        out.write(frame.data(), static_cast<std::streamsize>(body));
        out << "\t\t<body>\n";
        for (const GraphTerm& term : data_.terms) {
            xml_.clear();
            xml_.print_element(out, concept_entry(xml_.document(), term), 3);
        }
        out << "\t\t</body>\n";
        out << std::string_view(frame).substr(body + empty_body.size());
    }

private:
    void index() {
        for (const Region& region : data_.regions) regions_[region.code] = &region;
        for (const GraphReport& report : data_.reports) reports_[report.file] = &report;
        for (const GraphTerm& term : data_.terms) labels_[term.key] = term.label.empty() ? term.key : term.label;
        for (const GraphDefinition& definition : data_.definitions) {
            definitions_[definition.term_key].push_back(&definition);
            const GraphReport* report = report_of(definition);
            if (report && !report->region_code.empty()) form_regions_[{definition.term_key, definition.term}].insert(report->region_code);
        }
        std::map<std::string, std::set<std::string>> term_types;
        for (const GraphRelation& relation : data_.relations) {
            if (!is_variant(relation.kind) || !labels_.count(relation.from_key) || !labels_.count(relation.to_key)) continue;
            related_[relation.from_key].insert(relation.to_key);
            related_[relation.to_key].insert(relation.from_key);
            if (relation.kind != RelationKind::variant_expansion) continue;
            term_types[relation.from_key].insert("abbreviation");
            term_types[relation.to_key].insert("fullForm");
        }
        // A term that is the short form of one and the full form of another is neither.
        for (const auto& [key, types] : term_types) {
            if (types.size() == 1) term_type_[key] = *types.begin();
        }
    }

    const GraphReport* report_of(const GraphDefinition& definition) const {
        const auto found = reports_.find(definition.report_file);
        return found == reports_.end() ? nullptr : found->second;
    }

    // 四川省德阳市罗江区 510604: the names from the province down, and the code.
    std::string region_text(const std::string& code) const {
        std::string names;
        std::string at = code;
        for (int level = 0; level < 4 && !at.empty(); ++level) {
            const auto found = regions_.find(at);
            if (found == regions_.end()) break;
            names.insert(0, found->second->name);
            at = found->second->parent_code;
        }
        return names.empty() ? code : names + " " + code;
    }

    static std::string report_text(const GraphReport& report) {
        return report.title.empty() ? report.file : report.title + " (" + report.file + ")";
    }

    void header(XmlNode* root) {
        XmlNode* file_description = xml_.element(xml_.element(root, "tbxHeader"), "fileDesc");
        xml_.element(xml_.element(file_description, "titleStmt"), "title", "政府工作报告名词解释");
        XmlNode* source = xml_.element(file_description, "sourceDesc");
        if (data_.reports.empty()) xml_.element(source, "p", "Glossaries of Chinese local-government work reports");
        for (const GraphReport& report : data_.reports) xml_.element(source, "p", report_text(report));
    }

    XmlNode* concept_entry(XmlNode* parent, const GraphTerm& term) {
        XmlNode* entry = xml_.element(parent, "conceptEntry");
        xml_.attribute(entry, "id", concept_id(term.key));
        const auto related = related_.find(term.key);
        if (related != related_.end()) {
            for (const std::string& other : related->second) {
                XmlNode* ref = xml_.element(entry, "ref", labels_.at(other));
                xml_.attribute(ref, "type", "relatedConcept");
                xml_.attribute(ref, "target", concept_id(other));
            }
        }
        const std::string& label = labels_.at(term.key);
        std::vector<std::string> forms{label};
        for (const std::string& form : term.written_forms) {
            if (form != label) forms.push_back(form);
        }
        for (const std::string_view language : {simplified_tag, traditional_tag}) lang_sec(entry, term, forms, language);
        return entry;
    }

    void lang_sec(XmlNode* entry, const GraphTerm& term, const std::vector<std::string>& forms, std::string_view language) {
        std::vector<const std::string*> own;
        for (const std::string& form : forms) {
            if (form_language(form) == language) own.push_back(&form);
        }
        if (own.empty()) return;  // a langSec holds at least one termSec
        XmlNode* section = xml_.element(entry, "langSec");
        xml_.attribute(section, "xml:lang", language);
        const auto definitions = definitions_.find(term.key);
        if (definitions != definitions_.end()) {
            for (const GraphDefinition* definition : definitions->second) {
                if (form_language(definition->term) == language) definition_group(section, *definition, language);
            }
        }
        for (const std::string* form : own) term_sec(section, term, *form, form == &forms.front());
    }

    void definition_group(XmlNode* section, const GraphDefinition& definition, std::string_view language) {
        const GraphReport* report = report_of(definition);
        XmlNode* group = xml_.element(section, "descripGrp");
        XmlNode* descrip = xml_.element(group, "descrip", definition.text);
        xml_.attribute(descrip, "type", "definition");
        const std::string_view text_language = language_tag(definition.text, report ? report->script : Script::unknown);
        if (text_language != language) xml_.attribute(descrip, "xml:lang", text_language);
        XmlNode* source = xml_.element(group, "admin", report ? report_text(*report) : definition.report_file);
        xml_.attribute(source, "type", "source");
        if (report && !report->region_code.empty()) xml_.element(group, "note", region_text(report->region_code));
    }

    void term_sec(XmlNode* section, const GraphTerm& term, const std::string& form, bool preferred) {
        XmlNode* term_section = xml_.element(section, "termSec");
        xml_.element(term_section, "term", form);
        const auto type = term_type_.find(term.key);
        if (type != term_type_.end()) term_note(term_section, "termType", type->second);
        term_note(term_section, "administrativeStatus", preferred ? "preferredTerm-admn-sts" : "admittedTerm-admn-sts");
        const auto regions = form_regions_.find({term.key, form});
        if (regions == form_regions_.end()) return;
        for (const std::string& code : regions->second) term_note(term_section, "geographicalUsage", region_text(code));
    }

    void term_note(XmlNode* term_section, std::string_view type, std::string_view value) {
        xml_.attribute(xml_.element(term_section, "termNote", value), "type", type);
    }

    const GraphData& data_;
    XmlDocument xml_;
    std::map<std::string, const Region*> regions_;
    std::map<std::string, const GraphReport*> reports_;
    std::map<std::string, std::string> labels_;
    std::map<std::string, std::vector<const GraphDefinition*>> definitions_;
    std::map<std::pair<std::string, std::string>, std::set<std::string>> form_regions_;
    std::map<std::string, std::set<std::string>> related_;
    std::map<std::string, std::string> term_type_;
};

}  // namespace

void TbxExporter::write(const GraphData& data, const ExportOptions&, std::ostream& out) const {
    if (data.terms.empty()) {
        throw error("tbx: the selection holds no term, and a TBX body holds at least one concept entry");
    }
    TbxWriter(data).write(out);
}

}  // namespace glossgraph
