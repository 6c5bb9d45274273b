#include "exporters/rdf_graph.hpp"

#include "core/text/script.hpp"
#include "exporters/escape.hpp"

#include <cctype>
#include <algorithm>
#include <cstdio>
#include <map>
#include <set>
#include <utility>

namespace glossgraph::rdf {
namespace {

std::string in(std::string_view ns, std::string_view local) { return std::string(ns).append(local); }
std::string skos(std::string_view local) { return in(skos_ns, local); }
std::string dcterms(std::string_view local) { return in(dcterms_ns, local); }
std::string gg(std::string_view local) { return in(gg_ns, local); }
std::string xsd(std::string_view local) { return in(xsd_ns, local); }
std::string prov(std::string_view local) { return in(prov_ns, local); }
const std::string rdf_type = in(rdf_ns, "type");

Literal text(std::string value, std::string language) { return {std::move(value), std::move(language), {}}; }
Literal typed(std::string value, std::string datatype) { return {std::move(value), {}, std::move(datatype)}; }
Literal integer(int value) { return typed(std::to_string(value), xsd("integer")); }
Literal boolean(bool value) { return typed(value ? "true" : "false", xsd("boolean")); }

std::string language_of(std::string_view value, Script fallback) { return std::string(language_tag(value, fallback)); }

bool is_iso_date(std::string_view value) {
    if (value.size() != 10 || value[4] != '-' || value[7] != '-') return false;
    for (const std::size_t i : {0, 1, 2, 3, 5, 6, 8, 9}) {
        if (!std::isdigit(static_cast<unsigned char>(value[i]))) return false;
    }
    return true;
}

// xsd:gYear wants at least four digits.
std::string gyear(int year) {
    if (year < 0 || year > 9999) return std::to_string(year);
    char digits[16];
    std::snprintf(digits, sizeof digits, "%04d", year);
    return digits;
}

std::string_view level_class(RegionLevel level) {
    switch (level) {
        case RegionLevel::province: return "Province";
        case RegionLevel::prefecture: return "Prefecture";
        case RegionLevel::county: return "County";
    }
    return "County";
}

// Relation kinds with a sub-property of skos:related of their own.
constexpr std::pair<std::string_view, std::string_view> relation_properties[] = {
    {"variant_suffix", "variantSuffix"}, {"variant_numeral", "variantNumeral"},
    {"variant_expansion", "variantExpansion"}, {"family", "family"}, {"refers_to", "refersTo"},
};
constexpr std::string_view broader_kind = "broader";

std::string_view relation_property(std::string_view kind) {
    for (const auto& [name, property] : relation_properties) {
        if (name == kind) return property;
    }
    return {};
}

struct DefinitionRef {
    const GraphDefinition* definition;
    std::string iri;
};

class TripleBuilder {
public:
    TripleBuilder(const GraphData& data, std::string_view base, const TripleSink& sink) : data_(data), base_(base), sink_(sink) {
        index();
    }

    void run() {
        scheme();
        for (const GraphRegion& region : data_.regions) this->region(region);
        for (const GraphReport& report : data_.reports) this->report(report);
        for (const GraphTerm& term : data_.terms) this->term(term);
    }

private:
    void index() {
        for (const GraphRegion& region : data_.regions) regions_[region.code] = &region;
        for (const GraphReport& report : data_.reports) reports_[report.file] = &report;
        for (const GraphMention& mention : data_.mentions) mentions_[mention.report_file].push_back(&mention);
        int ordinal = 0;
        const GraphDefinition* previous = nullptr;
        for (const GraphDefinition& definition : data_.definitions) {
            const bool same = previous && previous->term_key == definition.term_key && previous->report_file == definition.report_file;
            ordinal = same ? ordinal + 1 : 1;
            definitions_[definition.term_key].push_back(
                {&definition, iri_for_definition(base_, definition.term_key, definition.report_file, ordinal)});
            entry_iris_[definition.entry_id] = definitions_[definition.term_key].back().iri;
            previous = &definition;
        }
        for (const GraphDerivation& derivation : data_.derivations) {
            if (entry_iris_.contains(derivation.entry_id) && entry_iris_.contains(derivation.source_entry_id))
                derivations_[derivation.entry_id] = &derivation;
        }
        for (const GraphRelation& relation : data_.relations) {
            outgoing_[relation.from_key].push_back(&relation);
            incoming_[relation.to_key].push_back(&relation);
            if (relation.kind == broader_kind) broader_pairs_.insert(std::minmax(relation.from_key, relation.to_key));
        }
    }

    // Drops a triple already made for the current subject; subjects come in blocks.
    void add(const std::string& subject, std::string predicate, Object object) {
        if (subject != subject_) {
            subject_ = subject;
            seen_.clear();
        }
        std::string key = predicate + '\n';
        if (const auto* iri = std::get_if<Iri>(&object)) key += "<" + iri->value;
        else {
            const auto& literal = std::get<Literal>(object);
            key += "\"" + literal.lexical + "\n" + literal.language + "\n" + literal.datatype;
        }
        if (!seen_.insert(std::move(key)).second) return;
        sink_(Triple{subject, std::move(predicate), std::move(object)});
    }

    void scheme() {
        const std::string iri = iri_for_scheme(base_);
        add(iri, rdf_type, Iri{skos("ConceptScheme")});
        add(iri, dcterms("title"), text("政府工作报告名词解释", "zh-Hans"));
        add(iri, dcterms("title"), text("Glossaries of Chinese local-government work reports", "en"));
    }

    void region(const GraphRegion& region) {
        const std::string iri = iri_for_region(base_, region.code);
        add(iri, rdf_type, Iri{gg("Region")});
        add(iri, rdf_type, Iri{gg(level_class(region.level))});
        add(iri, in(rdfs_ns, "label"), text(region.name, "zh-Hans"));
        add(iri, skos("notation"), typed(region.code, gg("GBT2260Code")));
        // Up the chain as far as the data knows it; three levels at most in GB/T 2260.
        std::string parent = region.parent_code;
        for (int level = 0; level < 3 && !parent.empty(); ++level) {
            add(iri, dcterms("isPartOf"), Iri{iri_for_region(base_, parent)});
            const auto found = regions_.find(parent);
            parent = found == regions_.end() ? std::string() : found->second->parent_code;
        }
        // A region whose line of history continues into another (罗江县 into 罗江区) is replaced
        // by it; a split gives away a part and replaces nothing.
        for (const RegionLink& link : data_.region_links) {
            if (!continues_line(link.change)) continue;
            if (link.from_code == region.code) add(iri, dcterms("isReplacedBy"), Iri{iri_for_region(base_, link.to_code)});
            if (link.to_code == region.code) add(iri, dcterms("replaces"), Iri{iri_for_region(base_, link.from_code)});
        }
    }

    void report(const GraphReport& report) {
        const std::string iri = iri_for_report(base_, report.file);
        add(iri, rdf_type, Iri{gg("Report")});
        add(iri, dcterms("identifier"), typed(report.file, {}));
        if (!report.title.empty()) add(iri, dcterms("title"), text(report.title, "zh-Hans"));
        if (report.delivered_on) {
            const std::string& date = *report.delivered_on;
            add(iri, dcterms("date"), is_iso_date(date) ? typed(date, xsd("date")) : typed(date, {}));
        }
        if (report.year) add(iri, gg("year"), typed(gyear(*report.year), xsd("gYear")));
        if (report.speaker) add(iri, gg("speaker"), text(*report.speaker, language_of(*report.speaker, report.script)));
        if (report.script != Script::unknown) add(iri, gg("script"), typed(std::string(to_string(report.script)), {}));
        if (!report.region_code.empty()) add(iri, dcterms("spatial"), Iri{iri_for_region(base_, report.region_code)});
        add_damage(iri, report.damage);
        const auto mentions = mentions_.find(report.file);
        if (mentions == mentions_.end()) return;
        for (const GraphMention* mention : mentions->second) add(iri, gg("mentions"), Iri{iri_for_term(base_, mention->term_key)});
        for (const GraphMention* mention : mentions->second) {
            add(iri, gg("qualifiedMention"), Iri{iri_for_mention(base_, report.file, mention->term_key)});
        }
        for (const GraphMention* mention : mentions->second) this->mention(*mention);
    }

    void mention(const GraphMention& mention) {
        const std::string iri = iri_for_mention(base_, mention.report_file, mention.term_key);
        add(iri, rdf_type, Iri{gg("Mention")});
        add(iri, gg("mentionOf"), Iri{iri_for_term(base_, mention.term_key)});
        add(iri, gg("count"), integer(mention.count));
        add(iri, gg("quoted"), boolean(mention.quoted));
        add(iri, gg("anchored"), boolean(mention.anchored));
    }

    void term(const GraphTerm& term) {
        const std::string iri = iri_for_term(base_, term.key);
        add(iri, rdf_type, Iri{skos("Concept")});
        add(iri, skos("inScheme"), Iri{iri_for_scheme(base_)});
        labels(iri, term);
        const auto definitions = definitions_.find(term.key);
        if (definitions != definitions_.end()) {
            for (const DefinitionRef& ref : definitions->second) add(iri, skos("definition"), Iri{ref.iri});
            // The texts again as literals, which SKOS viewers show; identical texts once.
            for (const DefinitionRef& ref : definitions->second) add(iri, skos("definition"), definition_text(*ref.definition));
        }
        relations(iri, term.key);
        if (definitions == definitions_.end()) return;
        for (const DefinitionRef& ref : definitions->second) definition(*ref.definition, ref.iri);
    }

    // One prefLabel, the term's label (the store's one rule, label_statements.hpp) tagged with
    // its own script; the other written forms as altLabels, each tagged with its script; the
    // key as hiddenLabel. SKOS keeps the three disjoint, so a form is written once.
    void labels(const std::string& iri, const GraphTerm& term) {
        const std::string& preferred = term.label.empty() ? term.key : term.label;
        std::set<std::string> used{preferred};
        add(iri, skos("prefLabel"), text(preferred, language_of(preferred, Script::simplified)));
        for (const std::string& form : term.written_forms) {
            if (used.insert(form).second) add(iri, skos("altLabel"), text(form, language_of(form, Script::simplified)));
        }
        if (used.count(term.key) == 0) add(iri, skos("hiddenLabel"), text(term.key, "zh-Hans"));
    }

    void relations(const std::string& iri, const std::string& key) {
        const auto out = outgoing_.find(key);
        const auto into = incoming_.find(key);
        const std::vector<const GraphRelation*> none;
        const auto& outgoing = out == outgoing_.end() ? none : out->second;
        const auto& incoming = into == incoming_.end() ? none : into->second;
        for (const GraphRelation* relation : outgoing) {
            if (relation->kind == broader_kind) add(iri, skos("broader"), Iri{iri_for_term(base_, relation->to_key)});
        }
        for (const GraphRelation* relation : incoming) {
            if (relation->kind == broader_kind) add(iri, skos("narrower"), Iri{iri_for_term(base_, relation->from_key)});
        }
        for (const GraphRelation* relation : outgoing) {
            const std::string_view property = relation_property(relation->kind);
            if (!property.empty()) add(iri, gg(property), Iri{iri_for_term(base_, relation->to_key)});
        }
        for (const GraphRelation* relation : outgoing) related(iri, *relation, relation->to_key);
        for (const GraphRelation* relation : incoming) related(iri, *relation, relation->from_key);
    }

    // skos:related is symmetric: written on both concepts, so readers need no inference.
    // Never beside skos:broader, which SKOS declares disjoint from it.
    void related(const std::string& iri, const GraphRelation& relation, const std::string& other) {
        if (relation.kind == broader_kind || broader_pairs_.count(std::minmax(relation.from_key, relation.to_key))) return;
        add(iri, skos("related"), Iri{iri_for_term(base_, other)});
    }

    const GraphReport* source_of(const GraphDefinition& definition) const {
        const auto report = reports_.find(definition.report_file);
        return report == reports_.end() ? nullptr : report->second;
    }

    Script script_of(const GraphDefinition& definition) const {
        const GraphReport* source = source_of(definition);
        return source ? source->script : Script::unknown;
    }

    // A definition's text, tagged by its own script, else by its report's.
    Literal definition_text(const GraphDefinition& definition) const {
        return text(definition.text, language_of(definition.text, script_of(definition)));
    }

    void definition(const GraphDefinition& definition, const std::string& iri) {
        const GraphReport* source = source_of(definition);
        add(iri, rdf_type, Iri{gg("Definition")});
        add(iri, in(rdf_ns, "value"), definition_text(definition));
        add(iri, gg("writtenTerm"), text(definition.term, language_of(definition.term, script_of(definition))));
        if (definition.footnote) add(iri, gg("footnote"), integer(*definition.footnote));
        add(iri, dcterms("source"), Iri{iri_for_report(base_, definition.report_file)});
        if (source && !source->region_code.empty()) add(iri, dcterms("spatial"), Iri{iri_for_region(base_, source->region_code)});
        if (source && source->delivered_on && is_iso_date(*source->delivered_on)) {
            add(iri, dcterms("date"), typed(*source->delivered_on, xsd("date")));
        } else if (source && source->year) {
            add(iri, dcterms("date"), typed(gyear(*source->year), xsd("gYear")));
        }
        add_damage(iri, definition.damage);
        const auto derived = derivations_.find(definition.entry_id);
        if (derived == derivations_.end()) return;
        const GraphDerivation& d = *derived->second;
        const std::string from = entry_iris_.at(d.source_entry_id), qualified = iri + "/derivation";
        add(iri, prov("wasDerivedFrom"), Iri{from});
        add(iri, prov("qualifiedDerivation"), Iri{qualified});
        add(qualified, rdf_type, Iri{prov("Derivation")});
        add(qualified, prov("entity"), Iri{from});
        add(qualified, gg("relation"), typed(d.relation, {}));
        add(qualified, gg("direction"), typed(d.direction, {}));
        add(qualified, gg("similarity"), typed(shortest_decimal(d.similarity), xsd("decimal")));
    }

    // gg:damaged true where a damaged run was left as written, gg:repaired true where every
    // run was repaired; nothing for undamaged text.
    void add_damage(const std::string& iri, Damage damage) {
        if (damage == Damage::damaged) add(iri, gg("damaged"), boolean(true));
        if (damage == Damage::repaired) add(iri, gg("repaired"), boolean(true));
    }

    const GraphData& data_;
    std::string base_;
    std::map<std::string, const GraphRegion*> regions_;
    std::map<std::string, const GraphReport*> reports_;
    std::map<std::string, std::vector<const GraphMention*>> mentions_;
    std::map<std::string, std::vector<DefinitionRef>> definitions_;
    std::map<long long, std::string> entry_iris_;                   // each definition's IRI by entry id
    std::map<long long, const GraphDerivation*> derivations_;       // by the derived entry id
    std::map<std::string, std::vector<const GraphRelation*>> outgoing_;
    std::map<std::string, std::vector<const GraphRelation*>> incoming_;
    std::set<std::pair<std::string, std::string>> broader_pairs_;
    const TripleSink& sink_;
    std::string subject_;
    std::set<std::string> seen_;
};

}  // namespace

void for_each_triple(const GraphData& data, std::string_view base, const TripleSink& sink) { TripleBuilder(data, base, sink).run(); }

std::vector<Triple> build_triples(const GraphData& data, std::string_view base) {
    std::vector<Triple> triples;
    for_each_triple(data, base, [&](const Triple& triple) { triples.push_back(triple); });
    return triples;
}

std::vector<Prefix> prefixes(std::string_view base) {
    return {
        {"dcterms", std::string(dcterms_ns)}, {"gg", std::string(gg_ns)},
        {"prov", std::string(prov_ns)},       {"rdf", std::string(rdf_ns)},
        {"rdfs", std::string(rdfs_ns)},
        {"region", std::string(base) + "region/"}, {"report", std::string(base) + "report/"},
        {"skos", std::string(skos_ns)},       {"term", std::string(base) + "term/"},
        {"xsd", std::string(xsd_ns)},
    };
}

}  // namespace glossgraph::rdf
