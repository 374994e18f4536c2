#!/usr/bin/env python3
"""igraph's whole process for the `commands` preset's PageRank rows: read an edge list (`Read_Edgelist`, after the
'# nodes … edges …' header line), PageRank (damping 0.85, PRPACK), and with --csv print every node's score as CSV,
best first (id,score,rank, the scores in Python's shortest round-trip form, as `graph-tool centrality --format csv`
prints them), or only the first --top N.

Usage: igraph_pagerank.py FILE [--csv] [--top N]
"""
import argparse, sys
import igraph as ig

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("file"); ap.add_argument("--csv", action="store_true"); ap.add_argument("--top", type=int)
    a = ap.parse_args()
    with open(a.file, "rb", buffering=0) as f:
        f.readline()
        g = ig.Graph.Read_Edgelist(f, directed=False)
    pr = g.pagerank(damping=0.85)
    if a.csv:
        order = sorted(range(len(pr)), key=lambda v: (-pr[v], v))
        if a.top: order = order[:a.top]
        sys.stdout.write("id,score,rank\n" + "".join(f"{v},{pr[v]!r},{i + 1}\n" for i, v in enumerate(order)))

main()
