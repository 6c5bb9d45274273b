#!/usr/bin/python3
"""Reads the GraphML export of the history fixtures with networkx and checks that each report
says the code of its year and today's, and that the regions are joined by successor edges.

usage: check_history_graphml.py EXPORT.graphml
"""
import sys

import networkx


def main(path):
    graph = networkx.read_graphml(path)
    codes = {data["file"]: (data.get("code_then"), data.get("code_now"))
             for _, data in graph.nodes(data=True) if data.get("kind") == "report"}
    expected = {
        "report_2009_崇文区.txt": ("110103", "110101"),
        "report_2012_东城区.txt": ("110101", "110101"),
        "report_2015_罗江县.txt": ("510626", "510604"),
        "report_2019_罗江区.txt": ("510604", "510604"),
    }
    failures = [f"{file}: code_then/code_now {codes.get(file)}, expected {want}"
                for file, want in expected.items() if codes.get(file) != want]
    successors = {(source, target, data["change"], data["year"])
                  for source, target, data in graph.edges(data=True) if data.get("kind") == "successor"}
    for link in [("region:110103", "region:110101", "merged_into", 2010),
                 ("region:510626", "region:510604", "upgraded", 2017)]:
        if link not in successors:
            failures.append(f"no successor edge {link}; have {sorted(successors)}")
    # Every report is in the region of its year, and that region continues into today's.
    for node, data in graph.nodes(data=True):
        if data.get("kind") != "report":
            continue
        regions = [target for _, target, kind in graph.out_edges(node, data="kind") if kind == "in_region"]
        if regions != ["region:" + data["code_then"]]:
            failures.append(f"{node}: in_region {regions}, code_then {data['code_then']}")
    for failure in failures:
        print(failure)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
