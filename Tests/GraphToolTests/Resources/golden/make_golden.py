#!/usr/bin/env python3
"""Writes the CLI golden files: for every case of cases.json, what `graph-tool ARGS` prints and its exit status.

Usage, from the repository root: python3 Tests/GraphToolTests/Resources/golden/make_golden.py [BINARY]
(default .build/debug/graph-tool). GoldenOutputTests runs the same cases and compares byte for byte, so a change in
any command's output, help text or error message shows up as a diff of these files. Regenerate only for a change
that is meant, and say so in the commit.
"""
import json, os, subprocess, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", "..", "..", ".."))

def transcript(binary, args):
    run = subprocess.run([binary] + args, cwd=ROOT, capture_output=True, env={**os.environ, "COLUMNS": "80"})
    return (f"$ graph-tool {' '.join(args)}\nexit {run.returncode}\n--- stdout\n".encode() + run.stdout
            + b"--- stderr\n" + run.stderr)

def main():
    binary = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, ".build/debug/graph-tool"))
    cases = json.load(open(os.path.join(HERE, "cases.json")))
    for case in cases:
        with open(os.path.join(HERE, case["name"] + ".txt"), "wb") as f:
            f.write(transcript(binary, case["args"]))
    print(f"wrote {len(cases)} golden files with {binary}")

if __name__ == "__main__":
    main()
