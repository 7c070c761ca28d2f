#!/usr/bin/env python3
"""Checks fsuat's SARIF for samples/ against the README's sample build output.

    python3 .ci/check-sample-scan.py SARIF [--readme README.md]

The README shows what `dotnet build samples/MeetingRoomSample` reports, one line per diagnostic
("samples/MeetingRoomSample/X.cs(L,C): warning FSUATnnn: ..."). fsuat runs the same analyzer with the
same .editorconfig, so its SARIF must hold exactly those results: same file, line, column, rule and
level. Also checks what code-scanning upload needs: version 2.1.0, tool.driver.rules naming every
ruleId, relative artifact URIs. Prints the counts per rule; exits 1 on any difference.
"""
import argparse
import collections
import json
import re
import sys

LINE = re.compile(r"^(samples/\S+\.cs)\((\d+),(\d+)\): (error|warning|info) (FSUAT\d{3}):", re.M)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("sarif")
    ap.add_argument("--readme", default="README.md")
    args = ap.parse_args()

    readme = open(args.readme, encoding="utf-8").read()
    # A set: the Chinese section repeats some of these lines.
    expected = set()
    for path, line, column, level, rule in LINE.findall(readme):
        expected.add((path, int(line), int(column), rule, "note" if level == "info" else level))
    if not expected:
        sys.exit(f"no sample build output found in {args.readme}")

    log = json.load(open(args.sarif, encoding="utf-8"))
    problems = []
    if log.get("version") != "2.1.0":
        problems.append(f"version is {log.get('version')!r}, not 2.1.0")
    actual = set()
    for run in log.get("runs", []):
        rules = {r["id"] for r in run["tool"]["driver"].get("rules", [])}
        for result in run.get("results", []):
            if result["ruleId"] not in rules:
                problems.append(f"{result['ruleId']} is not in tool.driver.rules")
            loc = result["locations"][0]["physicalLocation"]
            uri = loc["artifactLocation"]["uri"]
            if uri.startswith("/") or ":" in uri.split("/")[0]:
                problems.append(f"artifact uri {uri!r} is not relative to the repository")
            region = loc["region"]
            actual.add((uri, region["startLine"], region["startColumn"], result["ruleId"], result["level"]))

    for item in sorted(expected - actual):
        problems.append(f"missing: {item}")
    for item in sorted(actual - expected):
        problems.append(f"unexpected: {item}")

    per_rule = collections.Counter(r[3] for r in actual)
    print("fsuat scan samples/: " + ", ".join(f"{rule} {n}" for rule, n in sorted(per_rule.items())) + f" ({len(actual)} results)")
    for p in problems:
        print("  " + p)
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
