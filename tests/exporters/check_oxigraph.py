"""check_oxigraph.py GLOSSGRAPH DB REPO

A real triple store answers the README's SPARQL queries (docs/sparql/*.rq) over the N-Triples
export of DB as the command line does: Oxigraph (the npm package of scripts/oxigraph, run by
Node.js through scripts/oxigraph/sparql.mjs) loads the export, and
  regions_defining_a_term.rq gives, for each wording of 三线一单, the regions that
    `show 三线一单 --json` says hold it;
  terms_in_a_province.rq gives the terms and region counts of `terms --province 四川 --json`.
The README shows each query as the file has it."""
import json
import os
import subprocess
import sys
import tempfile

from export_checks import Checks


def run_json(command):
    return json.loads(subprocess.run(command, check=True, capture_output=True, text=True).stdout)


def main(gg, db, repo):
    checks = Checks("check_oxigraph")
    queries = [os.path.join(repo, "docs", "sparql", name) for name in ("regions_defining_a_term.rq", "terms_in_a_province.rq")]
    with open(os.path.join(repo, "README.md"), encoding="utf-8") as readme:
        text = readme.read()
    for query in queries:
        with open(query, encoding="utf-8") as file:
            checks.expect(file.read().strip() in text, f"README does not show {os.path.basename(query)} as it is")
    with tempfile.TemporaryDirectory() as work:
        nt = os.path.join(work, "graph.nt")
        subprocess.run([gg, "--db", db, "export", "--format", "ntriples", "-o", nt], check=True)
        defining, province = run_json(["node", os.path.join(repo, "scripts", "oxigraph", "sparql.mjs"), "--json", nt, *queries])

    show = run_json([gg, "--db", db, "show", "三线一单", "--json"])
    expected = {}
    for d in show["defined_by"]:
        expected.setdefault(d["definition"], set()).add(d["region_code"])
    got = {row["text"]: set(row["codes"].split(" ")) for row in defining}
    checks.equal(got, expected, "wordings of 三线一单 and their regions")
    checks.expect(len(got) == 2, f"三线一单 has two wordings in the samples, not {len(got)}")

    terms = run_json([gg, "--db", db, "terms", "--province", "四川", "--json"])
    expected_terms = sorted((t["term"], t["regions"]) for t in terms)
    got_terms = sorted((row["label"], int(row["regions"])) for row in province)
    checks.equal(got_terms, expected_terms, "terms of 四川 and their region counts")
    checks.expect(len(got_terms) > 10, f"四川 defines more than ten terms in the samples, not {len(got_terms)}")
    checks.finish()


if __name__ == "__main__":
    main(*sys.argv[1:])
