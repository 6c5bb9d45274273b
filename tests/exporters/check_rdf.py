"""check_rdf.py FIXTURE.ttl FIXTURE.nt VOCABULARY.ttl SUMMARY.json

rdflib reads the Turtle and the N-Triples export as the same graph; a SPARQL query for the
regions defining 三线一单 returns 罗江区 and 曾都区 with their two texts; the SKOS labels keep
SKOS's integrity conditions; every gg: class, property and datatype used is declared in the
shipped vocabulary with rdfs:label and rdfs:comment (properties also rdfs:domain and rdfs:range)."""
import sys

from rdflib import Graph, Literal, Namespace, RDF, RDFS
from rdflib.compare import isomorphic

from export_checks import Checks, load_summary

GG = Namespace("https://glossgraph.example/vocabulary#")
SKOS = Namespace("http://www.w3.org/2004/02/skos/core#")

REGIONS_DEFINING = """
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX dcterms: <http://purl.org/dc/terms/>
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT ?region ?text WHERE {
    ?concept skos:prefLabel "三线一单"@zh-Hans ;
             skos:definition ?definition .
    ?definition rdf:value ?text ;
                dcterms:spatial ?place .
    ?place rdfs:label ?region .
}"""


def check_sparql(checks, graph, summary):
    rows = {(str(row.region), str(row.text)) for row in graph.query(REGIONS_DEFINING)}
    expected = {tuple(pair) for pair in summary["definitions_of_sanxianyidan"]}
    checks.equal(rows, expected, "regions defining 三线一单")
    checks.equal({region for region, _ in rows}, {"罗江区", "曾都区"}, "region names")


def check_skos_labels(checks, graph):
    for concept in graph.subjects(RDF.type, SKOS.Concept):
        preferred = list(graph.objects(concept, SKOS.prefLabel))
        languages = [label.language for label in preferred]
        checks.equal(len(languages), len(set(languages)), f"prefLabels per language of {concept}")
        alternative = set(graph.objects(concept, SKOS.altLabel))
        hidden = set(graph.objects(concept, SKOS.hiddenLabel))
        checks.expect(not (set(preferred) & alternative), f"prefLabel also altLabel on {concept}")
        checks.expect(not (set(preferred) & hidden) and not (alternative & hidden), f"hiddenLabel overlaps on {concept}")
        for label in alternative:
            checks.expect(label.language in ("zh-Hans", "zh-Hant"), f"altLabel language {label.language}")


def check_vocabulary(checks, graph, vocabulary):
    used = set(graph.predicates()) | set(graph.objects(None, RDF.type))
    used |= {literal.datatype for literal in graph.objects() if isinstance(literal, Literal) and literal.datatype}
    for term in sorted(t for t in used if str(t).startswith(str(GG))):
        checks.expect((term, RDFS.label, None) in vocabulary, f"{term} has no rdfs:label")
        checks.expect((term, RDFS.comment, None) in vocabulary, f"{term} has no rdfs:comment")
        if (None, term, None) in graph:
            checks.expect((term, RDFS.domain, None) in vocabulary, f"{term} has no rdfs:domain")
            checks.expect((term, RDFS.range, None) in vocabulary, f"{term} has no rdfs:range")


def main(turtle, ntriples, vocabulary_path, summary_path):
    checks = Checks("check_rdf")
    summary = load_summary(summary_path)
    from_turtle = Graph().parse(turtle, format="turtle")
    from_ntriples = Graph().parse(ntriples, format="nt")
    checks.equal(len(from_turtle), summary["triples"], "triples read from the Turtle")
    checks.expect(isomorphic(from_turtle, from_ntriples), "Turtle and N-Triples differ")
    check_sparql(checks, from_turtle, summary)
    check_skos_labels(checks, from_turtle)
    checks.expect(Literal(summary["hostile_label"], lang="zh-Hans") in set(from_ntriples.objects(None, SKOS.prefLabel)),
                  "hostile prefLabel not read back exactly from the N-Triples")
    check_vocabulary(checks, from_turtle, Graph().parse(vocabulary_path, format="turtle"))
    checks.finish()


if __name__ == "__main__":
    main(*sys.argv[1:])
