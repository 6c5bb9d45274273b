// RDF: the SKOS triples, the IRIs under --base, and both serialisations of hostile text.
#include "exporters/rdf_exporter.hpp"
#include "exporters/rdf_graph.hpp"

#include "core/errors.hpp"
#include "exporters/escape.hpp"
#include "fixture_graph.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <sstream>

namespace glossgraph {
namespace {

// A triple with strings of its own (the builder's views hold only during the call).
struct Triple {
    std::string subject;
    std::string predicate;
    std::string object;  // the IRI, or the literal's lexical form
    bool is_iri = true;
    std::string language;
    std::string datatype;
};

// The triples of data, collected (rdf::for_each_triple gives them one at a time).
std::vector<Triple> build_triples(const GraphData& data, std::string_view base) {
    std::vector<Triple> triples;
    rdf::for_each_triple(data, base, [&](const rdf::TripleView& t) {
        triples.push_back({std::string(t.subject), std::string(t.predicate), std::string(t.object), t.is_iri,
                           std::string(t.language), std::string(t.datatype)});
    });
    return triples;
}

const std::string base = "https://glossgraph.example/";
const std::string skos = "http://www.w3.org/2004/02/skos/core#";
const std::string gg = "https://glossgraph.example/vocabulary#";
const std::string sanxian = base + "term/%E4%B8%89%E7%BA%BF%E4%B8%80%E5%8D%95";

std::string write(const Exporter& exporter, const GraphData& data, const std::string& base_iri = base) {
    std::ostringstream out;
    ExportOptions options;
    options.base_iri = base_iri;
    exporter.write(data, options, out);
    return out.str();
}

// The literals of subject's predicate as "lexical@language" or "lexical^^datatype".
std::vector<std::string> literals(const std::vector<Triple>& triples, const std::string& subject, const std::string& predicate) {
    std::vector<std::string> found;
    for (const Triple& triple : triples) {
        if (triple.subject != subject || triple.predicate != predicate || triple.is_iri) continue;
        found.push_back(triple.object + (triple.language.empty() ? "^^" + triple.datatype : "@" + triple.language));
    }
    return found;
}

std::vector<std::string> objects(const std::vector<Triple>& triples, const std::string& subject, const std::string& predicate) {
    std::vector<std::string> found;
    for (const Triple& triple : triples) {
        if (triple.subject == subject && triple.predicate == predicate && triple.is_iri) found.push_back(triple.object);
    }
    return found;
}

using Strings = std::vector<std::string>;

// The prefLabel is the label every other export shows, as written and tagged by its script:
// 四個最嚴, never a simplified form that no report wrote.
TEST(ExportRdf, ConceptLabelsByScript) {
    const auto triples = build_triples(fixtures::fixture_graph(), base);
    const std::string zui_yan = iri_for_term(base, "四个最严");
    EXPECT_EQ(literals(triples, zui_yan, skos + "prefLabel"), Strings{"四個最嚴@zh-Hant"});
    EXPECT_TRUE(literals(triples, zui_yan, skos + "altLabel").empty());
    EXPECT_EQ(literals(triples, zui_yan, skos + "hiddenLabel"), Strings{"四个最严@zh-Hans"});
    const std::string yaoqiu = iri_for_term(base, "四个最严要求");
    EXPECT_EQ(literals(triples, yaoqiu, skos + "prefLabel"), Strings{"“四个最严”要求@zh-Hans"});
    EXPECT_EQ(literals(triples, yaoqiu, skos + "hiddenLabel"), Strings{"四个最严要求@zh-Hans"});
    EXPECT_EQ(literals(triples, sanxian, skos + "prefLabel"), Strings{"三线一单@zh-Hans"});
    EXPECT_TRUE(literals(triples, sanxian, skos + "altLabel").empty());
}

TEST(ExportRdf, OtherWrittenFormsAreAltLabelsTaggedByTheirScript) {
    GraphData data = fixtures::fixture_graph();
    for (GraphTerm& term : data.terms) {
        if (term.key == "四个最严") term.written_forms = {"“四个最严”", "四個最嚴"};
    }
    const auto triples = build_triples(data, base);
    const std::string zui_yan = iri_for_term(base, "四个最严");
    EXPECT_EQ(literals(triples, zui_yan, skos + "prefLabel"), Strings{"四個最嚴@zh-Hant"});
    EXPECT_EQ(literals(triples, zui_yan, skos + "altLabel"), Strings{"“四个最严”@zh-Hans"});
}

// Beside each definition resource, its text as a literal that SKOS viewers show; identical
// texts of two regions once.
TEST(ExportRdf, DefinitionTextsAreLiteralsToo) {
    GraphData data = fixtures::fixture_graph();
    data.definitions.insert(data.definitions.begin() + 3, {125, "三线一单", "003_69fdf8d6d7fd43b7.txt", "三线一单",
                                                           "生态保护红线、环境质量底线、资源利用上线和生态环境准入清单。", 25});
    const auto triples = build_triples(data, base);
    EXPECT_EQ(literals(triples, sanxian, skos + "definition"),
              (Strings{"生态保护红线、环境质量底线、资源利用上线和环境准入负面清单。@zh-Hans",
                       "生态保护红线、环境质量底线、资源利用上线和生态环境准入清单。@zh-Hans"}));
    EXPECT_EQ(objects(triples, sanxian, skos + "definition").size(), 3u);
    EXPECT_EQ(literals(triples, iri_for_term(base, "四个最严"), skos + "definition"),
              Strings{"最嚴謹的標準、最嚴格的監管、最嚴厲的處罰、最嚴肅的問責。@zh-Hant"});
}

TEST(ExportRdf, DefinitionsAreResourcesWithSourceAndRegion) {
    const auto triples = build_triples(fixtures::fixture_graph(), base);
    const Strings definitions = objects(triples, sanxian, skos + "definition");
    ASSERT_EQ(definitions, (Strings{sanxian + "/definition/000_5b54c714a6bec26a.txt", sanxian + "/definition/002_56897e3e26716c43.txt"}));
    const std::string rdf_value = "http://www.w3.org/1999/02/22-rdf-syntax-ns#value";
    EXPECT_EQ(literals(triples, definitions[1], rdf_value), Strings{"生态保护红线、环境质量底线、资源利用上线和生态环境准入清单。@zh-Hans"});
    EXPECT_EQ(objects(triples, definitions[1], "http://purl.org/dc/terms/spatial"), Strings{base + "region/421303"});
    EXPECT_EQ(objects(triples, definitions[0], "http://purl.org/dc/terms/source"), Strings{base + "report/000_5b54c714a6bec26a.txt"});
    EXPECT_EQ(literals(triples, definitions[0], gg + "footnote"), Strings{"24^^http://www.w3.org/2001/XMLSchema#integer"});
    const std::string traditional = iri_for_definition(base, "四个最严", "003_69fdf8d6d7fd43b7.txt", 1);
    EXPECT_EQ(literals(triples, traditional, rdf_value), Strings{"最嚴謹的標準、最嚴格的監管、最嚴厲的處罰、最嚴肅的問責。@zh-Hant"});
}

// PROV-O: 罗江区's definition was derived from 曾都区's, qualified by how; each definition dated.
TEST(ExportRdf, DerivationsInProv) {
    const auto triples = build_triples(fixtures::fixture_graph(), base);
    const std::string prov = "http://www.w3.org/ns/prov#", xsd = "http://www.w3.org/2001/XMLSchema#";
    const std::string luojiang = sanxian + "/definition/000_5b54c714a6bec26a.txt";
    const std::string zengdu = sanxian + "/definition/002_56897e3e26716c43.txt";
    EXPECT_EQ(objects(triples, luojiang, prov + "wasDerivedFrom"), Strings{zengdu});
    EXPECT_EQ(objects(triples, luojiang, prov + "qualifiedDerivation"), Strings{luojiang + "/derivation"});
    EXPECT_EQ(objects(triples, zengdu, prov + "wasDerivedFrom"), Strings{});
    const std::string how = luojiang + "/derivation";
    EXPECT_EQ(objects(triples, how, "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"), Strings{prov + "Derivation"});
    EXPECT_EQ(objects(triples, how, prov + "entity"), Strings{zengdu});
    EXPECT_EQ(literals(triples, how, gg + "relation"), Strings{"adapted^^"});
    EXPECT_EQ(literals(triples, how, gg + "direction"), Strings{"distant^^"});
    EXPECT_EQ(literals(triples, how, gg + "similarity"), Strings{"0.8518518518518519^^" + xsd + "decimal"});
    EXPECT_EQ(literals(triples, luojiang, "http://purl.org/dc/terms/date"), Strings{"2023-12-27^^" + xsd + "date"});
    EXPECT_EQ(literals(triples, zengdu, "http://purl.org/dc/terms/date"), Strings{"2023-01-08^^" + xsd + "date"});
}

TEST(ExportRdf, SecondDefinitionInOneReportGetsAnOrdinal) {
    GraphData data = fixtures::fixture_graph();
    data.definitions.insert(data.definitions.begin() + 2, {125, "三线一单", "000_5b54c714a6bec26a.txt", "三线一单", "又一条。", 25});
    const auto triples = build_triples(data, base);
    EXPECT_EQ(objects(triples, sanxian, skos + "definition").at(1), sanxian + "/definition/000_5b54c714a6bec26a.txt/2");
}

TEST(ExportRdf, RelationsAsSkosAndSubProperties) {
    const auto triples = build_triples(fixtures::fixture_graph(), base);
    const std::string narrow = iri_for_term(base, "四大目标");
    const std::string head = iri_for_term(base, "四五五六发展总思路");
    EXPECT_EQ(objects(triples, narrow, skos + "broader"), Strings{head});
    EXPECT_EQ(objects(triples, head, skos + "narrower"), Strings{narrow});
    EXPECT_TRUE(objects(triples, narrow, skos + "related").empty());
    const std::string liang = iri_for_term(base, "两品一标");
    const std::string er = iri_for_term(base, "二品一标");
    EXPECT_EQ(objects(triples, liang, gg + "variantNumeral"), Strings{er});
    EXPECT_EQ(objects(triples, liang, skos + "related"), Strings{er});
    EXPECT_EQ(objects(triples, er, skos + "related"), Strings{liang});
    EXPECT_EQ(objects(triples, iri_for_term(base, fixtures::hostile_key), gg + "refersTo"), Strings{sanxian});
}

TEST(ExportRdf, RegionsReportsAndMentions) {
    const auto triples = build_triples(fixtures::fixture_graph(), base);
    const std::string luojiang = base + "region/510604";
    EXPECT_EQ(literals(triples, luojiang, skos + "notation"), Strings{"510604^^" + gg + "GBT2260Code"});
    EXPECT_EQ(objects(triples, luojiang, "http://purl.org/dc/terms/isPartOf"), (Strings{base + "region/510600", base + "region/510000"}));
    const std::string report = base + "report/003_69fdf8d6d7fd43b7.txt";
    EXPECT_EQ(literals(triples, report, gg + "speaker"), Strings{"李希巖@zh-Hant"});
    EXPECT_EQ(literals(triples, report, gg + "year"), Strings{"2021^^http://www.w3.org/2001/XMLSchema#gYear"});
    EXPECT_EQ(literals(triples, report, "http://purl.org/dc/terms/date"), Strings{"2021-01-27^^http://www.w3.org/2001/XMLSchema#date"});
    const std::string report004 = base + "report/004_377fd206c21df32a.txt";
    EXPECT_EQ(objects(triples, report004, gg + "mentions"), Strings{iri_for_term(base, "放管服改革")});
    EXPECT_TRUE(objects(triples, report004, "http://purl.org/dc/terms/spatial").empty());
    const std::string mention = iri_for_mention(base, "002_56897e3e26716c43.txt", "二品一标");
    EXPECT_EQ(literals(triples, mention, gg + "count"), Strings{"2^^http://www.w3.org/2001/XMLSchema#integer"});
}

TEST(ExportRdf, ARegionOfAnotherYearIsReplacedByItsSuccessor) {
    GraphData data = fixtures::fixture_graph();
    data.regions.push_back({"510626", "罗江县", RegionLevel::county, "510600"});
    data.region_links.push_back({"510626", "510604", 2017, RegionChange::upgraded});
    data.region_links.push_back({"510626", "510603", 2010, RegionChange::split_from});
    const auto triples = build_triples(data, base);
    const std::string dcterms = "http://purl.org/dc/terms/";
    EXPECT_EQ(objects(triples, base + "region/510626", dcterms + "isReplacedBy"), Strings{base + "region/510604"});
    EXPECT_EQ(objects(triples, base + "region/510604", dcterms + "replaces"), Strings{base + "region/510626"});
    EXPECT_TRUE(objects(triples, base + "region/510603", dcterms + "replaces").empty());  // a split replaces nothing
}

TEST(ExportRdf, SubjectsComeInBlocksWithoutRepeats) {
    const auto triples = build_triples(fixtures::fixture_graph(), base);
    std::vector<std::string> subjects;
    for (const Triple& triple : triples) {
        if (subjects.empty() || subjects.back() != triple.subject) subjects.push_back(triple.subject);
    }
    std::vector<std::string> sorted = subjects;
    std::sort(sorted.begin(), sorted.end());
    EXPECT_EQ(std::adjacent_find(sorted.begin(), sorted.end()), sorted.end());
    // scheme regions reports mentions terms definitions derivations
    EXPECT_EQ(subjects.size(), 1u + 9u + 4u + 9u + 9u + 10u + 1u);
}

TEST(ExportRdf, HostileLiteralsInTurtleAndNTriples) {
    const GraphData data = fixtures::fixture_graph();
    const std::string escaped = "\"a\\\"b\\\\c<d>&e\\n'x'); DROP TABLE terms;--\"@zh-Hans";
    const std::string turtle = write(TurtleExporter(), data);
    const std::string ntriples = write(NTriplesExporter(), data);
    EXPECT_NE(turtle.find("term:ab%5Cc%3Cd%3E%26ex%3Bdroptableterms%3B--\n    a skos:Concept ;"), std::string::npos);
    EXPECT_NE(turtle.find("skos:prefLabel " + escaped), std::string::npos);
    EXPECT_NE(ntriples.find("<" + iri_for_term(base, fixtures::hostile_key) + "> <" + skos + "prefLabel> " + escaped + " .\n"),
              std::string::npos);
    EXPECT_NE(ntriples.find("\"定义含 \\\"引号\\\"、\\\\反斜杠、<标签>、&符号\\n第二行：與繁體 'x'\"@zh-Hans"), std::string::npos);
}

TEST(ExportRdf, TurtleAndNTriplesHoldTheSameTriples) {
    const GraphData data = fixtures::fixture_graph();
    const std::string ntriples = write(NTriplesExporter(), data);
    const auto lines = static_cast<std::size_t>(std::count(ntriples.begin(), ntriples.end(), '\n'));
    EXPECT_EQ(lines, build_triples(data, base).size());
    const std::string turtle = write(TurtleExporter(), data);
    EXPECT_NE(turtle.find("region:510604\n    a gg:Region ,\n        gg:County ;\n    rdfs:label \"罗江区\"@zh-Hans ;"), std::string::npos);
    EXPECT_NE(turtle.find("    gg:count 2 ;\n    gg:quoted true ;"), std::string::npos);
}

TEST(ExportRdf, BaseMovesDataButNotTheVocabulary) {
    const std::string turtle = write(TurtleExporter(), fixtures::fixture_graph(), "https://data.example.cn/gg");
    EXPECT_NE(turtle.find("@prefix term: <https://data.example.cn/gg/term/> .\n"), std::string::npos);
    EXPECT_NE(turtle.find("@prefix gg: <https://glossgraph.example/vocabulary#> .\n"), std::string::npos);
    EXPECT_EQ(turtle.find("<https://glossgraph.example/term"), std::string::npos);
    EXPECT_THROW(write(NTriplesExporter(), GraphData{}, "not an iri"), usage_error);
}

TEST(ExportRdf, TurtleIriAbbreviatesOnlyPlainLocalNames) {
    const std::vector<rdf::Prefix> prefixes = rdf::prefixes(base);
    EXPECT_EQ(turtle_iri(skos + "prefLabel", prefixes), "skos:prefLabel");
    EXPECT_EQ(turtle_iri(base + "region/510604", prefixes), "region:510604");
    EXPECT_EQ(turtle_iri(sanxian, prefixes), "term:%E4%B8%89%E7%BA%BF%E4%B8%80%E5%8D%95");
    EXPECT_EQ(turtle_iri(sanxian + "/definition/x.txt", prefixes), "<" + sanxian + "/definition/x.txt>");
    EXPECT_EQ(turtle_iri(base + "term/a~b", prefixes), "<" + base + "term/a~b>");
    EXPECT_EQ(turtle_iri(base + "term/-a", prefixes), "<" + base + "term/-a>");
    EXPECT_EQ(turtle_iri(base + "term/a.", prefixes), "<" + base + "term/a.>");
    EXPECT_EQ(turtle_iri(base + "term/a.b-c", prefixes), "term:a.b-c");
    EXPECT_EQ(turtle_iri("https://other.example/x", prefixes), "<https://other.example/x>");
}

}  // namespace
}  // namespace glossgraph
