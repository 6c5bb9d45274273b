"""check_skos.py TURTLE [JSON]

qSKOS-style quality rules on a Turtle export, read with rdflib (Debian's /usr/bin/python3,
python3-rdflib):
  - every skos:Concept has a prefLabel, and at most one per language tag;
  - no label is two of prefLabel, altLabel, hiddenLabel of one concept (disjoint labels);
  - skos:broader (with skos:narrower read backwards) has no cycle;
  - a concept with a definition resource has its text as a language-tagged skos:definition
    literal too (zh-Hans or zh-Hant), one for each distinct rdf:value.
With JSON (the node-link export of the same data), every concept's prefLabel is the label of
its term node there: one preferred label in every export."""
import json
import sys
from collections import defaultdict

import rdflib
from rdflib.namespace import RDF, SKOS

from export_checks import Checks


def check_labels(checks, graph, concept):
    preferred = list(graph.objects(concept, SKOS.prefLabel))
    checks.expect(preferred, f"{concept}: no prefLabel")
    by_language = defaultdict(list)
    for label in preferred:
        by_language[label.language].append(str(label))
    for language, labels in by_language.items():
        checks.expect(len(labels) == 1, f"{concept}: {len(labels)} prefLabels @{language}: {labels}")
    kinds = {"prefLabel": set(preferred), "altLabel": set(graph.objects(concept, SKOS.altLabel)),
             "hiddenLabel": set(graph.objects(concept, SKOS.hiddenLabel))}
    names = sorted(kinds)
    for i, first in enumerate(names):
        for second in names[i + 1:]:
            both = kinds[first] & kinds[second]
            checks.expect(not both, f"{concept}: {sorted(map(str, both))} both {first} and {second}")


def check_definitions(checks, graph, concept):
    texts = set()
    literals = set()
    for definition in graph.objects(concept, SKOS.definition):
        if isinstance(definition, rdflib.Literal):
            checks.expect(definition.language in ("zh-Hans", "zh-Hant"),
                          f"{concept}: definition literal tagged {definition.language!r}")
            literals.add(definition)
        else:
            texts.update(graph.objects(definition, RDF.value))
    checks.equal(literals, texts, f"definition literals of {concept}")


def broader_cycles(graph):
    broader = defaultdict(set)
    for narrow, wide in graph.subject_objects(SKOS.broader):
        broader[narrow].add(wide)
    for wide, narrow in graph.subject_objects(SKOS.narrower):
        broader[narrow].add(wide)
    cycles, state = [], {}  # state: 1 on the path, 2 done

    def visit(node, path):
        state[node] = 1
        for wide in sorted(broader[node]):
            if state.get(wide) == 1:
                cycles.append(path[path.index(wide):] + [wide])
            elif wide not in state:
                visit(wide, path + [wide])
        state[node] = 2

    for node in sorted(broader):
        if node not in state:
            visit(node, [node])
    return cycles


def json_labels(path):
    with open(path, encoding="utf-8") as file:
        nodes = json.load(file)["nodes"]
    return {node["key"]: node["label"] for node in nodes if node["kind"] == "term"}


def main(turtle, json_path=None):
    checks = Checks("check_skos")
    graph = rdflib.Graph()
    graph.parse(turtle, format="turtle")
    concepts = sorted(graph.subjects(RDF.type, SKOS.Concept))
    checks.expect(concepts, "no skos:Concept")
    for concept in concepts:
        check_labels(checks, graph, concept)
        check_definitions(checks, graph, concept)
    for cycle in broader_cycles(graph):
        checks.expect(False, "skos:broader cycle: " + " -> ".join(map(str, cycle)))
    if json_path:
        labels = json_labels(json_path)
        preferred = {str(label) for concept in concepts for label in graph.objects(concept, SKOS.prefLabel)}
        checks.equal(len(concepts), len(labels), "concepts in Turtle against term nodes in JSON")
        missing = sorted(label for label in labels.values() if label not in preferred)
        checks.expect(not missing, f"JSON labels that are no prefLabel: {missing}")
    checks.finish()


if __name__ == "__main__":
    main(*sys.argv[1:])
