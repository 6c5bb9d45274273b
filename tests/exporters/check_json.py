"""check_json.py FIXTURE.json SUMMARY.json

The JSON export is node-link data: every link's source and target is a node id (what d3's
forceLink(...).id(d => d.id) needs), nothing is nested, and networkx's node_link_graph reads it
with the fixture's node and edge counts, labels, kinds, typed attributes and hostile texts."""
import json
import sys

from networkx.readwrite import json_graph

from export_checks import Checks, check_attribute_types, check_hostile_text, check_property_graph, load_summary


def check_d3_shape(checks, data):
    ids = [node["id"] for node in data["nodes"]]
    checks.equal(len(ids), len(set(ids)), "distinct node ids")
    for link in data["links"]:
        checks.expect(link["source"] in ids and link["target"] in ids, f"link {link['source']} -> {link['target']}")
    for item in data["nodes"] + data["links"]:
        nested = [name for name, value in item.items() if isinstance(value, (dict, list))]
        checks.expect(not nested, f"nested values {nested}")


def main(path, summary_path):
    checks = Checks("check_json")
    summary = load_summary(summary_path)
    with open(path, encoding="utf-8") as file:
        data = json.load(file)
    check_d3_shape(checks, data)
    graph = json_graph.node_link_graph(data)
    check_property_graph(checks, graph, summary)
    check_attribute_types(checks, graph)
    check_hostile_text(checks, graph, summary)
    checks.finish()


if __name__ == "__main__":
    main(*sys.argv[1:])
