#pragma once
// GraphData as RDF triples: a SKOS concept scheme of the terms, with the regions' definitions,
// the reports and the regions as resources of their own. Made once, handed to the
// Turtle and the N-Triples serialisers (exporters/rdf_exporter.hpp) as they come, which
// therefore agree triple for triple. IRIs follow exporters/escape.hpp (iri_for_term ...); the vocabulary of
// our own (gg:) is declared in data/vocabulary/glossgraph.ttl.
//
//   scheme   a skos:ConceptScheme; dcterms:title
//   region   a gg:Region, gg:Province|gg:Prefecture|gg:County; rdfs:label @zh-Hans;
//            skos:notation "510604"^^gg:GBT2260Code; dcterms:isPartOf each ancestor
//   report   a gg:Report; dcterms:identifier (file); dcterms:title @zh-Hans; dcterms:date
//            xsd:date; gg:year xsd:gYear; gg:speaker @zh-Hans|@zh-Hant; gg:script;
//            dcterms:spatial region; gg:mentions term; gg:qualifiedMention mention
//   mention  a gg:Mention; gg:mentionOf term; gg:count; gg:quoted; gg:anchored
//   term     a skos:Concept; skos:inScheme; skos:prefLabel (the label, as every export shows
//            it: GraphTerm::label, never converted), @zh-Hant when written in traditional
//            script, else @zh-Hans; skos:altLabel each other written form, tagged the same way;
//            skos:hiddenLabel (the key, unless already a label); skos:definition each
//            definition resource, and each distinct definition text as a literal tagged by its
//            script (else its report's); skos:broader / skos:narrower (relation broader);
//            gg:variantSuffix | gg:variantNumeral | gg:variantExpansion | gg:family |
//            gg:refersTo (sub-properties of skos:related) plus skos:related both ways
//   definition  a gg:Definition; rdf:value @zh-Hans|@zh-Hant (by the text's script);
//            gg:writtenTerm; gg:footnote; dcterms:source report; dcterms:spatial region;
//            dcterms:date (the report's delivery date as xsd:date, else its year as xsd:gYear);
//            and when derived from another definition (GraphData::derivations, PROV-O):
//            prov:wasDerivedFrom that definition, prov:qualifiedDerivation <definition/derivation>
//   derivation  (<definition IRI>/derivation) a prov:Derivation; prov:entity the source
//            definition; gg:relation "verbatim"|"adapted"; gg:direction "self"|"down"|"up"|
//            "across"|"distant"; gg:similarity xsd:decimal
#include "core/graph_data.hpp"

#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace glossgraph::rdf {

inline constexpr std::string_view rdf_ns = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
inline constexpr std::string_view rdfs_ns = "http://www.w3.org/2000/01/rdf-schema#";
inline constexpr std::string_view xsd_ns = "http://www.w3.org/2001/XMLSchema#";
inline constexpr std::string_view skos_ns = "http://www.w3.org/2004/02/skos/core#";
inline constexpr std::string_view dcterms_ns = "http://purl.org/dc/terms/";
inline constexpr std::string_view prov_ns = "http://www.w3.org/ns/prov#";
// The vocabulary of our own. Fixed, whatever --base says: it names the project's terms, which
// data/vocabulary/glossgraph.ttl declares, not the user's data.
inline constexpr std::string_view gg_ns = "https://glossgraph.example/vocabulary#";

struct Prefix {
    std::string name;  // without the colon
    std::string iri;
};

// One triple as the builder hands it to a sink: views that hold only during the call, since
// the builder reuses its buffers. The object is an IRI when is_iri, else a literal whose
// lexical form is `object`.
struct TripleView {
    std::string_view subject;
    std::string_view predicate;
    std::string_view object;
    bool is_iri = true;
    std::string_view language;  // literals: "zh-Hans", "zh-Hant", "en", or empty
    std::string_view datatype;  // literals: absolute IRI, empty for a plain string and a language tag
};

// Receives triples one at a time.
using TripleSink = std::function<void(const TripleView&)>;

// The triples of data with data IRIs under base (as checked_base_iri returns it), each handed
// to sink as it is made, so that a serialiser writes them as they come and no more than one
// subject's are held. Triples of one subject are adjacent and none repeats. Order: the scheme,
// the regions, each report followed by its mentions, each term followed by its definitions.
void for_each_triple(const GraphData& data, std::string_view base, const TripleSink& sink);

// The prefixes the Turtle writer may abbreviate with, by name: dcterms gg prov rdf rdfs skos xsd,
// and region report term under base.
std::vector<Prefix> prefixes(std::string_view base);

}  // namespace glossgraph::rdf
