#include "exporters/rdf_graph.hpp"

#include "core/text/script.hpp"
#include "exporters/escape.hpp"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <cstdint>
#include <cstdio>
#include <set>
#include <unordered_map>
#include <utility>

namespace glossgraph::rdf {
namespace {

std::string in(std::string_view ns, std::string_view local) { return std::string(ns).append(local); }
std::string skos(std::string_view local) { return in(skos_ns, local); }
std::string dcterms(std::string_view local) { return in(dcterms_ns, local); }
std::string gg(std::string_view local) { return in(gg_ns, local); }
std::string xsd(std::string_view local) { return in(xsd_ns, local); }
std::string prov(std::string_view local) { return in(prov_ns, local); }

// Every IRI of the vocabularies the builder writes, made once.
struct Names {
    std::string type = in(rdf_ns, "type"), value = in(rdf_ns, "value"), label = in(rdfs_ns, "label");
    std::string concept_scheme = skos("ConceptScheme"), skos_concept = skos("Concept"), in_scheme = skos("inScheme");
    std::string notation = skos("notation"), pref_label = skos("prefLabel"), alt_label = skos("altLabel");
    std::string hidden_label = skos("hiddenLabel"), definition = skos("definition"), broader = skos("broader");
    std::string narrower = skos("narrower"), related = skos("related");
    std::string title = dcterms("title"), is_part_of = dcterms("isPartOf"), is_replaced_by = dcterms("isReplacedBy");
    std::string replaces = dcterms("replaces"), identifier = dcterms("identifier"), date = dcterms("date");
    std::string spatial = dcterms("spatial"), source = dcterms("source");
    std::string region = gg("Region"), report = gg("Report"), mention_class = gg("Mention"), definition_class = gg("Definition");
    std::string year = gg("year"), speaker = gg("speaker"), script = gg("script"), mentions = gg("mentions");
    std::string qualified_mention = gg("qualifiedMention"), mention_of = gg("mentionOf"), count = gg("count");
    std::string quoted = gg("quoted"), anchored = gg("anchored"), written_term = gg("writtenTerm");
    std::string footnote = gg("footnote"), relation = gg("relation"), direction = gg("direction");
    std::string similarity = gg("similarity"), damaged = gg("damaged"), repaired = gg("repaired");
    std::string code_type = gg("GBT2260Code");
    std::string was_derived_from = prov("wasDerivedFrom"), qualified_derivation = prov("qualifiedDerivation");
    std::string derivation_class = prov("Derivation"), entity = prov("entity");
    std::string xsd_date = xsd("date"), xsd_gyear = xsd("gYear"), xsd_integer = xsd("integer");
    std::string xsd_boolean = xsd("boolean"), xsd_decimal = xsd("decimal");
};

const Names& names() {
    static const Names made;
    return made;
}

// An object as add() takes it: views into strings that live through the call.
struct ObjectRef {
    std::string_view value;
    bool is_iri = true;
    std::string_view language;
    std::string_view datatype;
};

ObjectRef iri(std::string_view value) { return {value, true, {}, {}}; }
ObjectRef text(std::string_view value, std::string_view language) { return {value, false, language, {}}; }
ObjectRef typed(std::string_view value, std::string_view datatype) { return {value, false, {}, datatype}; }
ObjectRef boolean(bool value) { return typed(value ? "true" : "false", names().xsd_boolean); }

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
constexpr std::pair<RelationKind, std::string_view> relation_properties[] = {
    {RelationKind::variant_suffix, "variantSuffix"}, {RelationKind::variant_numeral, "variantNumeral"},
    {RelationKind::variant_expansion, "variantExpansion"}, {RelationKind::family, "family"},
    {RelationKind::refers_to, "refersTo"},
};

std::string_view relation_property(RelationKind kind) {
    for (const auto& [k, property] : relation_properties) {
        if (k == kind) return property;
    }
    return {};
}

// The (predicate, object) pairs of one subject so far, to drop a repeat exactly. Kept from
// subject to subject without freeing anything: the pairs' bytes sit in one buffer, and an
// open-addressed table of their hashes (stamped, so that clearing it is one increment) points
// into it.
class SubjectPairs {
public:
    void clear() {
        bytes_.clear();
        used_ = 0;
        ++stamp_;
    }

    // False when the pair was inserted since the last clear().
    bool insert(std::string_view predicate, const ObjectRef& object) {
        const std::size_t start = bytes_.size();
        for (const std::string_view part : {predicate, object.value, object.language, object.datatype}) {
            const auto size = static_cast<std::uint32_t>(part.size());
            bytes_.append(reinterpret_cast<const char*>(&size), sizeof size).append(part);
        }
        bytes_ += object.is_iri ? 'i' : 'l';
        const std::string_view key = std::string_view(bytes_).substr(start);
        const std::size_t hash = std::hash<std::string_view>()(key);
        if ((used_ + 1) * 2 > slots_.size()) grow();
        for (std::size_t at = hash & (slots_.size() - 1);; at = (at + 1) & (slots_.size() - 1)) {
            Slot& slot = slots_[at];
            if (slot.stamp != stamp_) {
                slot = {hash, start, key.size(), stamp_};
                ++used_;
                return true;
            }
            if (slot.hash == hash && std::string_view(bytes_).substr(slot.offset, slot.length) == key) {
                bytes_.resize(start);
                return false;
            }
        }
    }

private:
    struct Slot {
        std::size_t hash = 0;
        std::size_t offset = 0;
        std::size_t length = 0;
        std::uint64_t stamp = 0;
    };

    void grow() {
        std::vector<Slot> old(std::max<std::size_t>(64, slots_.size() * 2));
        old.swap(slots_);
        for (const Slot& slot : old) {
            if (slot.stamp != stamp_) continue;
            std::size_t at = slot.hash & (slots_.size() - 1);
            while (slots_[at].stamp == stamp_) at = (at + 1) & (slots_.size() - 1);
            slots_[at] = slot;
        }
    }

    std::string bytes_;
    std::vector<Slot> slots_;
    std::size_t used_ = 0;
    std::uint64_t stamp_ = 1;
};

struct DefinitionRef {
    const GraphDefinition* definition;
    std::string iri;
};

class TripleBuilder {
public:
    TripleBuilder(const GraphData& data, std::string_view base, const TripleSink& sink)
        : data_(data), base_(base), term_prefix_(std::string(base).append("term/")), sink_(sink) {
        index();
    }

    void run() {
        scheme();
        for (const Region& region : data_.regions) this->region(region);
        for (const GraphReport& report : data_.reports) this->report(report);
        for (const GraphTerm& term : data_.terms) this->term(term);
    }

private:
    void index() {
        for (const Region& region : data_.regions) regions_[region.code] = &region;
        for (const GraphReport& report : data_.reports) reports_[report.file] = &report;
        for (const GraphMention& mention : data_.mentions) mentions_[mention.report_file].push_back(&mention);
        int ordinal = 0;
        const GraphDefinition* previous = nullptr;
        for (const GraphDefinition& definition : data_.definitions) {
            const bool same = previous && previous->term_key == definition.term_key && previous->report_file == definition.report_file;
            ordinal = same ? ordinal + 1 : 1;
            definitions_[definition.term_key].push_back(
                {&definition, iri_for_definition(base_, definition.term_key, definition.report_file, ordinal)});
            previous = &definition;
        }
        // Pointing into definitions_, whose vectors grow no more.
        for (const auto& [key, refs] : definitions_) {
            for (const DefinitionRef& ref : refs) entry_iris_[ref.definition->entry_id] = &ref.iri;
        }
        for (const GraphDerivation& derivation : data_.derivations) {
            if (entry_iris_.contains(derivation.entry_id) && entry_iris_.contains(derivation.source_entry_id))
                derivations_[derivation.entry_id] = &derivation;
        }
        for (const GraphRelation& relation : data_.relations) {
            outgoing_[relation.from_key].push_back(&relation);
            incoming_[relation.to_key].push_back(&relation);
            if (relation.kind == RelationKind::broader) broader_pairs_.insert(std::minmax(relation.from_key, relation.to_key));
        }
    }

    // Hands the triple to the sink unless it was made already for the current subject;
    // subjects come in blocks.
    void add(std::string_view subject, std::string_view predicate, const ObjectRef& object) {
        enter(subject);
        if (seen_.insert(predicate, object)) emit(predicate, object);
    }

    // add() for a triple that cannot repeat one already made: of a subject whose triples all
    // have predicates of their own (a mention's), so no pair needs remembering.
    void add_distinct(std::string_view subject, std::string_view predicate, const ObjectRef& object) {
        enter(subject);
        emit(predicate, object);
    }

    // The subject the next triples are of: a new one forgets the pairs of the last.
    void enter(std::string_view subject) {
        if (subject == subject_) return;
        subject_.assign(subject);
        seen_.clear();
    }

    void emit(std::string_view predicate, const ObjectRef& object) {
        sink_(TripleView{subject_, predicate, object.value, object.is_iri, object.language, object.datatype});
    }

    // A term's IRI, made once for each key.
    const std::string& term_iri(const std::string& key) {
        const auto [at, made] = term_iris_.try_emplace(key);
        if (made) {
            at->second = term_prefix_;
            append_percent_encoded(at->second, key);
        }
        return at->second;
    }

    void scheme() {
        const Names& n = names();
        const std::string iri = iri_for_scheme(base_);
        add(iri, n.type, rdf::iri(n.concept_scheme));
        add(iri, n.title, text("政府工作报告名词解释", "zh-Hans"));
        add(iri, n.title, text("Glossaries of Chinese local-government work reports", "en"));
    }

    void region(const Region& region) {
        const Names& n = names();
        const std::string iri = iri_for_region(base_, region.code);
        add(iri, n.type, rdf::iri(n.region));
        add(iri, n.type, rdf::iri(gg(level_class(region.level))));
        add(iri, n.label, text(region.name, "zh-Hans"));
        add(iri, n.notation, typed(region.code, n.code_type));
        // Up the chain as far as the data knows it; three levels at most in GB/T 2260.
        std::string parent = region.parent_code;
        for (int level = 0; level < 3 && !parent.empty(); ++level) {
            add(iri, n.is_part_of, rdf::iri(iri_for_region(base_, parent)));
            const auto found = regions_.find(parent);
            parent = found == regions_.end() ? std::string() : found->second->parent_code;
        }
        // A region whose line of history continues into another (罗江县 into 罗江区) is replaced
        // by it; a split gives away a part and replaces nothing.
        for (const RegionLink& link : data_.region_links) {
            if (!continues_line(link.change)) continue;
            if (link.from_code == region.code) add(iri, n.is_replaced_by, rdf::iri(iri_for_region(base_, link.to_code)));
            if (link.to_code == region.code) add(iri, n.replaces, rdf::iri(iri_for_region(base_, link.from_code)));
        }
    }

    void report(const GraphReport& report) {
        const Names& n = names();
        const std::string iri = iri_for_report(base_, report.file);
        add(iri, n.type, rdf::iri(n.report));
        add(iri, n.identifier, typed(report.file, {}));
        if (!report.title.empty()) add(iri, n.title, text(report.title, "zh-Hans"));
        if (report.delivered_on) {
            const std::string& date = *report.delivered_on;
            add(iri, n.date, is_iso_date(date) ? typed(date, n.xsd_date) : typed(date, {}));
        }
        if (report.year) add(iri, n.year, typed(gyear(*report.year), n.xsd_gyear));
        if (report.speaker) add(iri, n.speaker, text(*report.speaker, language_tag(*report.speaker, report.script)));
        if (report.script != Script::unknown) add(iri, n.script, typed(to_string(report.script), {}));
        if (!report.region_code.empty()) add(iri, n.spatial, rdf::iri(iri_for_region(base_, report.region_code)));
        add_damage(iri, report.damage);
        const auto mentions = mentions_.find(report.file);
        if (mentions == mentions_.end()) return;
        // Each term's IRI looked up once (the map's values stay where they are).
        terms_.clear();
        for (const GraphMention* mention : mentions->second) terms_.push_back(&term_iri(mention->term_key));
        for (const std::string* term : terms_) add(iri, n.mentions, rdf::iri(*term));
        for (const std::string* term : terms_) add(iri, n.qualified_mention, rdf::iri(mention_iri(iri, *term)));
        for (std::size_t i = 0; i < terms_.size(); ++i) this->mention(mention_iri(iri, *terms_[i]), *terms_[i], *mentions->second[i]);
    }

    // The report's IRI + "/mention/" + the key's segment (iri_for_mention), from the term's IRI,
    // in a buffer of the builder's: valid until the next call.
    const std::string& mention_iri(std::string_view report_iri, std::string_view term_iri) {
        mention_iri_.assign(report_iri).append("/mention/").append(term_iri.substr(term_prefix_.size()));
        return mention_iri_;
    }

    void mention(const std::string& iri, const std::string& term_iri, const GraphMention& mention) {
        const Names& n = names();
        add_distinct(iri, n.type, rdf::iri(n.mention_class));
        add_distinct(iri, n.mention_of, rdf::iri(term_iri));
        char digits[16];
        const auto [end, error] = std::to_chars(digits, digits + sizeof digits, mention.count);
        add_distinct(iri, n.count, typed(std::string_view(digits, static_cast<std::size_t>(end - digits)), n.xsd_integer));
        add_distinct(iri, n.quoted, boolean(mention.quoted));
        add_distinct(iri, n.anchored, boolean(mention.anchored));
    }

    void term(const GraphTerm& term) {
        const Names& n = names();
        const std::string iri = term_iri(term.key);
        add(iri, n.type, rdf::iri(n.skos_concept));
        const std::string scheme = iri_for_scheme(base_);
        add(iri, n.in_scheme, rdf::iri(scheme));
        labels(iri, term);
        const auto definitions = definitions_.find(term.key);
        if (definitions != definitions_.end()) {
            for (const DefinitionRef& ref : definitions->second) add(iri, n.definition, rdf::iri(ref.iri));
            // The texts again as literals, which SKOS viewers show; identical texts once.
            for (const DefinitionRef& ref : definitions->second) add(iri, n.definition, definition_text(*ref.definition));
        }
        relations(iri, term.key);
        if (definitions == definitions_.end()) return;
        for (const DefinitionRef& ref : definitions->second) definition(*ref.definition, ref.iri);
    }

    // One prefLabel, the term's label (the store's one rule, label_statements.hpp) tagged with
    // its own script; the other written forms as altLabels, each tagged with its script; the
    // key as hiddenLabel. SKOS keeps the three disjoint, so a form is written once.
    void labels(const std::string& iri, const GraphTerm& term) {
        const Names& n = names();
        const std::string& preferred = term.label.empty() ? term.key : term.label;
        std::set<std::string_view> used{preferred};
        add(iri, n.pref_label, text(preferred, language_tag(preferred, Script::simplified)));
        for (const std::string& form : term.written_forms) {
            if (used.insert(form).second) add(iri, n.alt_label, text(form, language_tag(form, Script::simplified)));
        }
        if (used.count(term.key) == 0) add(iri, n.hidden_label, text(term.key, "zh-Hans"));
    }

    void relations(const std::string& iri, const std::string& key) {
        const Names& n = names();
        const auto out = outgoing_.find(key);
        const auto into = incoming_.find(key);
        const std::vector<const GraphRelation*> none;
        const auto& outgoing = out == outgoing_.end() ? none : out->second;
        const auto& incoming = into == incoming_.end() ? none : into->second;
        for (const GraphRelation* relation : outgoing) {
            if (relation->kind == RelationKind::broader) add(iri, n.broader, rdf::iri(term_iri(relation->to_key)));
        }
        for (const GraphRelation* relation : incoming) {
            if (relation->kind == RelationKind::broader) add(iri, n.narrower, rdf::iri(term_iri(relation->from_key)));
        }
        for (const GraphRelation* relation : outgoing) {
            const std::string_view property = relation_property(relation->kind);
            if (!property.empty()) add(iri, gg(property), rdf::iri(term_iri(relation->to_key)));
        }
        for (const GraphRelation* relation : outgoing) related(iri, *relation, relation->to_key);
        for (const GraphRelation* relation : incoming) related(iri, *relation, relation->from_key);
    }

    // skos:related is symmetric: written on both concepts, so readers need no inference.
    // Never beside skos:broader, which SKOS declares disjoint from it.
    void related(const std::string& iri, const GraphRelation& relation, const std::string& other) {
        if (relation.kind == RelationKind::broader || broader_pairs_.count(std::minmax(relation.from_key, relation.to_key))) return;
        add(iri, names().related, rdf::iri(term_iri(other)));
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
    ObjectRef definition_text(const GraphDefinition& definition) const {
        return text(definition.text, language_tag(definition.text, script_of(definition)));
    }

    void definition(const GraphDefinition& definition, const std::string& iri) {
        const Names& n = names();
        const GraphReport* source = source_of(definition);
        add(iri, n.type, rdf::iri(n.definition_class));
        add(iri, n.value, definition_text(definition));
        add(iri, n.written_term, text(definition.term, language_tag(definition.term, script_of(definition))));
        if (definition.footnote) add(iri, n.footnote, typed(std::to_string(*definition.footnote), n.xsd_integer));
        add(iri, n.source, rdf::iri(iri_for_report(base_, definition.report_file)));
        if (source && !source->region_code.empty()) add(iri, n.spatial, rdf::iri(iri_for_region(base_, source->region_code)));
        if (source && source->delivered_on && is_iso_date(*source->delivered_on)) {
            add(iri, n.date, typed(*source->delivered_on, n.xsd_date));
        } else if (source && source->year) {
            add(iri, n.date, typed(gyear(*source->year), n.xsd_gyear));
        }
        add_damage(iri, definition.damage);
        const auto derived = derivations_.find(definition.entry_id);
        if (derived == derivations_.end()) return;
        const GraphDerivation& d = *derived->second;
        const std::string& from = *entry_iris_.at(d.source_entry_id);
        const std::string qualified = iri + "/derivation";
        add(iri, n.was_derived_from, rdf::iri(from));
        add(iri, n.qualified_derivation, rdf::iri(qualified));
        add(qualified, n.type, rdf::iri(n.derivation_class));
        add(qualified, n.entity, rdf::iri(from));
        add(qualified, n.relation, typed(d.relation, {}));
        add(qualified, n.direction, typed(d.direction, {}));
        add(qualified, n.similarity, typed(shortest_decimal(d.similarity), n.xsd_decimal));
    }

    // gg:damaged true where a damaged run was left as written, gg:repaired true where every
    // run was repaired; nothing for undamaged text.
    void add_damage(const std::string& iri, Damage damage) {
        if (damage == Damage::damaged) add(iri, names().damaged, boolean(true));
        if (damage == Damage::repaired) add(iri, names().repaired, boolean(true));
    }

    const GraphData& data_;
    std::string base_;
    std::string term_prefix_;  // base + "term/"
    std::unordered_map<std::string_view, const Region*> regions_;
    std::unordered_map<std::string_view, const GraphReport*> reports_;
    std::unordered_map<std::string_view, std::vector<const GraphMention*>> mentions_;
    std::unordered_map<std::string_view, std::vector<DefinitionRef>> definitions_;
    std::unordered_map<long long, const std::string*> entry_iris_;  // each definition's IRI by entry id
    std::unordered_map<long long, const GraphDerivation*> derivations_;  // by the derived entry id
    std::unordered_map<std::string_view, std::vector<const GraphRelation*>> outgoing_;
    std::unordered_map<std::string_view, std::vector<const GraphRelation*>> incoming_;
    std::set<std::pair<std::string, std::string>> broader_pairs_;
    std::unordered_map<std::string_view, std::string> term_iris_;
    std::string mention_iri_;
    std::vector<const std::string*> terms_;  // the IRIs of the current report's mentioned terms
    const TripleSink& sink_;
    std::string subject_;
    SubjectPairs seen_;
};

}  // namespace

void for_each_triple(const GraphData& data, std::string_view base, const TripleSink& sink) { TripleBuilder(data, base, sink).run(); }


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
