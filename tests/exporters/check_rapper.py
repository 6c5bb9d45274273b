"""check_rapper.py FIXTURE.ttl FIXTURE.nt VOCABULARY.ttl SUMMARY.json

raptor's rapper parses the Turtle and the N-Triples export without an error or warning, to the
same number of triples, the number the exporter built; and parses the shipped vocabulary."""
import re
import subprocess
import sys

from export_checks import Checks, load_summary


def count_triples(checks, syntax, path):
    run = subprocess.run(["rapper", "-i", syntax, "-c", path], capture_output=True, text=True)
    checks.equal(run.returncode, 0, f"rapper exit status on {path}")
    problems = [line for line in run.stderr.splitlines() if "Error" in line or "Warning" in line]
    checks.equal(problems, [], f"rapper complaints on {path}")
    found = re.search(r"Parsing returned (\d+) triples", run.stderr)
    checks.expect(found is not None, f"no triple count from rapper on {path}: {run.stderr!r}")
    return int(found.group(1)) if found else -1


def main(turtle, ntriples, vocabulary, summary_path):
    checks = Checks("check_rapper")
    expected = load_summary(summary_path)["triples"]
    checks.equal(count_triples(checks, "turtle", turtle), expected, "triples in the Turtle")
    checks.equal(count_triples(checks, "ntriples", ntriples), expected, "triples in the N-Triples")
    checks.expect(count_triples(checks, "turtle", vocabulary) > 0, "empty vocabulary")
    checks.finish()


if __name__ == "__main__":
    main(*sys.argv[1:])
