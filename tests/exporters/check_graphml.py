"""check_graphml.py FIXTURE.graphml SUMMARY.json

networkx's read_graphml reads the GraphML export with the node and edge counts, labels, kinds,
typed attributes and hostile texts of the fixture; and every <data> is declared by a <key>
with id, for (node or edge), attr.name and attr.type (Gephi and Cytoscape need them)."""
import sys
import xml.etree.ElementTree as ElementTree

import networkx

from export_checks import Checks, check_attribute_types, check_hostile_text, check_property_graph, load_summary

NS = "{http://graphml.graphdrawing.org/xmlns}"


def check_declarations(checks, path):
    root = ElementTree.parse(path).getroot()
    keys = {}
    for key in root.findall(f"{NS}key"):
        checks.expect(key.get("for") in ("node", "edge"), f"key {key.get('id')} for={key.get('for')}")
        checks.expect(key.get("attr.type") in ("string", "int", "double", "boolean"), f"key {key.get('id')} attr.type")
        checks.expect(bool(key.get("attr.name")), f"key {key.get('id')} without attr.name")
        keys[key.get("id")] = (key.get("for"), key.get("attr.name"))
    graph = root.find(f"{NS}graph")
    checks.equal(graph.get("edgedefault"), "directed", "edgedefault")
    for element in graph:
        domain = element.tag.replace(NS, "")
        for data in element.findall(f"{NS}data"):
            checks.equal(keys.get(data.get("key"), (None,))[0], domain, f"declaration of key {data.get('key')}")
        if domain == "node":
            names = [keys.get(d.get("key"), (None, None))[1] for d in element.findall(f"{NS}data")]
            checks.equal(names.count("label"), 1, f"label data of {element.get('id')}")


def main(path, summary_path):
    checks = Checks("check_graphml")
    summary = load_summary(summary_path)
    graph = networkx.read_graphml(path)
    check_property_graph(checks, graph, summary)
    check_attribute_types(checks, graph)
    check_hostile_text(checks, graph, summary)
    check_declarations(checks, path)
    checks.finish()


if __name__ == "__main__":
    main(*sys.argv[1:])
