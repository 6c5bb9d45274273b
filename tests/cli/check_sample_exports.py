"""check_sample_exports.py WORK_DIR DATABASE GLOSSGRAPH

The real consumers on the exports of samples/ (written by the cli.export_* tests into WORK_DIR):
networkx reads the GraphML and the JSON with the node and edge counts the database holds, and
as many derived_from edges as `glossgraph copied --json` counts derivations (copied and self);
rapper parses the Turtle and the N-Triples to the same number of triples; an rdflib SPARQL
query for the regions defining 三线一单 returns 罗江区 and 曾都区 with their two texts, and
another finds 罗江区's definition prov:wasDerivedFrom 曾都区's, adapted, distant.
Run with Debian's /usr/bin/python3 (python3-networkx, python3-rdflib, raptor2-utils)."""
import json
import sqlite3
import subprocess
import sys

import networkx
import rdflib


def fail(message):
    print("check_sample_exports: " + message, file=sys.stderr)
    sys.exit(1)


def expect(condition, message):
    if not condition:
        fail(message)


def derivations(database, glossgraph):
    """The definitions lineage derives from another: copied from other regions or from their own."""
    run = subprocess.run([glossgraph, "--db", database, "copied", "--json"], capture_output=True, text=True, check=True)
    summary = json.loads(run.stdout)
    return summary["copied"] + summary["self"]


def store_counts(database, derived=0):
    """What the export must hold, counted in the store with SQL of our own (and the lineage's derivations)."""
    db = sqlite3.connect(database)
    one = lambda sql: db.execute(sql).fetchone()[0]
    regions = one("""WITH RECURSIVE used(code) AS (
                         SELECT DISTINCT region_code FROM reports WHERE region_code IS NOT NULL
                         UNION SELECT g.parent_code FROM regions g JOIN used u ON g.code = u.code
                         WHERE g.parent_code IS NOT NULL)
                     SELECT count(*) FROM used""")
    counts = {
        "nodes": regions + one("SELECT count(*) FROM reports") + one("SELECT count(*) FROM terms"),
        "part_of": regions - one("SELECT count(*) FROM regions WHERE level = 'province' AND code IN "
                                 "(SELECT substr(region_code, 1, 2) || '0000' FROM reports)"),
        "in_region": one("SELECT count(*) FROM reports WHERE region_code IS NOT NULL"),
        "defines": one("SELECT count(*) FROM entries"),
        "mentions": one("SELECT count(*) FROM mentions"),
        "relations": one("SELECT count(*) FROM relations")
                     + one("SELECT count(*) FROM entries e JOIN entries h ON h.id = e.parent_id "
                           "WHERE e.term_id <> h.term_id"),
    }
    counts["derived_from"] = derived
    counts["edges"] = sum(v for k, v in counts.items() if k not in ("nodes", "edges"))
    return counts


def check_networkx(work, counts):
    for name, graph in (("GraphML", networkx.read_graphml(f"{work}/samples.graphml")),
                        ("JSON", networkx.node_link_graph(json.load(open(f"{work}/samples.json", encoding="utf-8"))))):
        expect(graph.number_of_nodes() == counts["nodes"], f"{name}: {graph.number_of_nodes()} nodes, the store {counts['nodes']}")
        expect(graph.number_of_edges() == counts["edges"], f"{name}: {graph.number_of_edges()} edges, the store {counts['edges']}")
        kinds = {}
        for _, _, data in graph.edges(data=True):
            kinds[data["kind"]] = kinds.get(data["kind"], 0) + 1
        for kind in ("part_of", "in_region", "defines", "mentions", "derived_from"):
            expect(kinds.get(kind, 0) == counts[kind], f"{name}: {kinds.get(kind, 0)} {kind} edges, the store {counts[kind]}")
        expect(all(data.get("label") for _, data in graph.nodes(data=True)), f"{name}: a node without label")


def rapper_count(path, syntax):
    run = subprocess.run(["rapper", "-i", syntax, "-c", path], capture_output=True, text=True)
    expect(run.returncode == 0, f"rapper {syntax}: {run.stderr}")
    for line in run.stderr.splitlines():
        if "returned" in line:
            return int(line.split("returned")[1].split()[0])
    fail(f"rapper {syntax}: no triple count in {run.stderr!r}")


QUERY = """
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
} ORDER BY ?region
"""


DERIVED = """
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX gg: <https://glossgraph.example/vocabulary#>
PREFIX dcterms: <http://purl.org/dc/terms/>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT ?copier ?source ?relation ?direction ?date WHERE {
  ?definition prov:wasDerivedFrom ?original ;
              prov:qualifiedDerivation ?how ;
              dcterms:spatial/rdfs:label ?copier ;
              dcterms:date ?date .
  ?how prov:entity ?original ; gg:relation ?relation ; gg:direction ?direction .
  ?original dcterms:spatial/rdfs:label ?source .
}
"""


def check_rdf(work):
    turtle = rapper_count(f"{work}/samples.turtle", "turtle")
    ntriples = rapper_count(f"{work}/samples.ntriples", "ntriples")
    expect(turtle == ntriples and turtle > 0, f"rapper: {turtle} triples in Turtle, {ntriples} in N-Triples")
    graph = rdflib.Graph()
    graph.parse(f"{work}/samples.turtle", format="turtle")
    expect(len(graph) == turtle, f"rdflib read {len(graph)} triples, rapper {turtle}")
    rows = sorted((str(region), str(text)) for region, text in graph.query(QUERY))
    expected = [("曾都区", "生态保护红线、环境质量底线、资源利用上线和生态环境准入清单。"),
                ("罗江区", "生态保护红线、环境质量底线、资源利用上线和环境准入负面清单。")]
    expect(rows == sorted(expected), f"SPARQL for the regions defining 三线一单: {rows}")
    derived = sorted(tuple(str(value) for value in row) for row in graph.query(DERIVED))
    expect(derived == [("罗江区", "曾都区", "adapted", "distant", "2023-12-27")], f"SPARQL for derivations: {derived}")


def main(work, database, glossgraph):
    check_networkx(work, store_counts(database, derivations(database, glossgraph)))
    check_rdf(work)
    print("check_sample_exports: GraphML, JSON, Turtle, N-Triples and SPARQL agree with the store")


if __name__ == "__main__":
    main(*sys.argv[1:])
