#pragma once
// RDF: the triples of exporters/rdf_graph.hpp written as Turtle or as N-Triples. Both writers
// serialise the same triple list, so the two files hold the same triples (rapper counts the
// same number in each). Data IRIs are minted under ExportOptions::base_iri (checked with
// checked_base_iri: usage_error when it is no absolute IRI).
#include "exporters/exporter.hpp"
#include "exporters/rdf_graph.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace glossgraph {

// Turtle: the prefixes first (dcterms gg rdf rdfs skos xsd, and region report term under the
// base), then one block per subject with ';' between predicates and ',' between objects of
// one predicate. xsd:integer and xsd:boolean literals are written bare, rdf:type as "a".
class TurtleExporter : public Exporter {
public:
    ExportFormat format() const override { return ExportFormat::turtle; }
    Reads reads() const override { return {true, false}; }  // prov:wasDerivedFrom
    void write(const GraphData& data, const ExportOptions& options, std::ostream& out) const override;
};

// N-Triples: one triple a line, every IRI absolute, literals as escape_turtle_literal writes
// them (UTF-8, which N-Triples 1.1 allows).
class NTriplesExporter : public Exporter {
public:
    ExportFormat format() const override { return ExportFormat::ntriples; }
    Reads reads() const override { return {true, false}; }  // prov:wasDerivedFrom
    void write(const GraphData& data, const ExportOptions& options, std::ostream& out) const override;
};

// iri as a Turtle prefixed name when one of prefixes covers it and the rest is a plain local
// name (letters, digits, '_', %XX, and '-' or '.' inside), else as <iri>.
std::string turtle_iri(std::string_view iri, const std::vector<rdf::Prefix>& prefixes);

}  // namespace glossgraph
