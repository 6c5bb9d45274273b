"""Shared by the consumer checks of the exports (run with Debian's /usr/bin/python3).

Each check collects failures instead of stopping at the first, prints them, and exits 1 when
there are any: one run shows everything that is wrong."""
import json
import sys
from collections import Counter


class Checks:
    def __init__(self, name):
        self.name = name
        self.failures = []

    def expect(self, condition, message):
        if not condition:
            self.failures.append(message)
        return condition

    def equal(self, actual, expected, what):
        return self.expect(actual == expected, f"{what}: expected {expected!r}, got {actual!r}")

    def finish(self):
        for failure in self.failures:
            print(f"{self.name}: {failure}", file=sys.stderr)
        if not self.failures:
            print(f"{self.name}: ok")
        sys.exit(1 if self.failures else 0)


def load_summary(path):
    with open(path, encoding="utf-8") as file:
        return json.load(file)


def check_property_graph(checks, graph, summary):
    """A networkx graph read from GraphML or node-link JSON against the fixture's summary."""
    checks.expect(graph.is_directed(), "graph is not directed")
    checks.expect(graph.is_multigraph(), "parallel edges were merged (not a multigraph)")
    nodes = summary["nodes"]
    checks.equal(graph.number_of_nodes(), len(nodes), "node count")
    checks.equal(set(graph.nodes), set(nodes), "node ids")
    for node_id, expected in nodes.items():
        if node_id not in graph.nodes:
            continue
        attributes = graph.nodes[node_id]
        checks.equal(attributes.get("label"), expected["label"], f"label of {node_id}")
        checks.equal(attributes.get("kind"), expected["kind"], f"kind of {node_id}")
    kinds = Counter(data.get("kind") for _, _, data in graph.edges(data=True))
    checks.equal(graph.number_of_edges(), sum(summary["edge_kinds"].values()), "edge count")
    checks.equal(dict(kinds), summary["edge_kinds"], "edges by kind")


def check_attribute_types(checks, graph):
    """Numbers arrive as int, flags as bool, on every node and edge that has them."""
    for node_id, data in graph.nodes(data=True):
        if data.get("kind") == "report" and "year" in data:
            checks.expect(type(data["year"]) is int, f"year of {node_id} is {type(data['year']).__name__}")
        if data.get("kind") == "term":
            checks.expect(type(data.get("definition_count")) is int, f"definition_count of {node_id}")
    for source, target, data in graph.edges(data=True):
        if data.get("kind") == "mentions":
            checks.expect(type(data.get("count")) is int, f"count of {source} -> {target}")
            checks.expect(type(data.get("quoted")) is bool, f"quoted of {source} -> {target}")
        if "footnote" in data:
            checks.expect(type(data["footnote"]) is int, f"footnote of {source} -> {target}")


def check_hostile_text(checks, graph, summary):
    hostile = [n for n, d in graph.nodes(data=True) if d.get("label") == summary["hostile_label"]]
    checks.equal(len(hostile), 1, "nodes labelled with the hostile text")
    texts = [d.get("text") for _, _, d in graph.edges(data=True) if d.get("kind") == "defines"]
    checks.expect(summary["hostile_definition"] in texts, "hostile definition text not read back exactly")
    both = {d.get("label") for _, d in graph.nodes(data=True)}
    checks.expect("四個最嚴" in both and "三线一单" in both, "labels in both scripts not read back")
