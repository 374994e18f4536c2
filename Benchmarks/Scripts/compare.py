#!/usr/bin/env python3
"""Before/after: two builds of graph-bench side by side on the same inputs, in one run, alternating the builds round by
round so both see the same machine noise. For a change that must not cost speed (a refactor), not for peers.

Usage (from the repository root):
    python3 Benchmarks/Scripts/compare.py BEFORE/graph-bench AFTER/graph-bench [--rounds 5]

Build BEFORE from a clone at the old commit (`swift build -c release --package-path CLONE/Benchmarks`) and AFTER from
this one. Each measurement is its own process; graph-bench times its repetitions itself and reports their median;
the table gives the median over rounds of each, and after/before. Inputs are bench.py's (generated if missing).
"""
import argparse, json, os, statistics, subprocess, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import bench  # noqa: E402  (the inputs, generated the same way)

ROWS = [("ba-10k", "betweenness", 1), ("ba-10k", "betweenness", 2), ("ba-10k", "pagerank", 1),
        ("ba-100k", "pagerank", 1), ("ba-100k", "load", 1)]

def measure(binary, graph, algo, threads, inputs):
    args = [binary, algo, os.path.join(inputs, graph + ".edges"), "--threads", str(threads), "--reps", "3"]
    out = subprocess.run(args, capture_output=True, text=True, check=True).stdout.strip().splitlines()[-1]
    result = json.loads(out)
    return result["median"], result.get("fingerprint")

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("before")
    ap.add_argument("after")
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--inputs", default=os.path.join(bench.BENCH, ".inputs"))
    a = ap.parse_args()
    bench.make_inputs(a.inputs)
    times = {(row, side): [] for row in ROWS for side in ("before", "after")}
    for r in range(a.rounds):
        for row in ROWS:
            prints = {}
            for side, binary in (("before", a.before), ("after", a.after)) if r % 2 == 0 else (("after", a.after), ("before", a.before)):
                t, fingerprint = measure(binary, *row, a.inputs)
                times[(row, side)].append(t)
                prints[side] = fingerprint
            if prints["before"] != prints["after"]:
                sys.exit(f"{row}: the builds computed different results: {prints}")
        print(f"round {r + 1}/{a.rounds} done", file=sys.stderr)
    print("| graph | algorithm | threads | before (s) | after (s) | after / before | before, all rounds | after, all rounds |")
    print("|---|---|---|---|---|---|---|---|")
    for row in ROWS:
        tb, ta = times[(row, "before")], times[(row, "after")]
        b, f = statistics.median(tb), statistics.median(ta)
        print(f"| {row[0]} | {row[1]} | {row[2]} | {b:.4f} | {f:.4f} | {f / b:.3f} | {min(tb):.4f}–{max(tb):.4f} | {min(ta):.4f}–{max(ta):.4f} |")
    print(f"\n{a.rounds} rounds, builds alternated; medians over rounds of graph-bench's median of 3 repetitions.")

if __name__ == "__main__":
    main()
