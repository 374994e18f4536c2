#!/usr/bin/env python3
"""Writes the Leiden reference values for the project's tests: the modularity leidenalg and igraph's Leiden reach on
the undirected reference graphs and on a 2,000-node power-law cluster graph (written to graphs/plc_2k.*).

Run: python3 make_leiden_reference.py   (needs networkx, igraph and leidenalg; versions recorded in leiden.json;
Benchmarks/.venv has all three once bench.py has run)
Output: leiden.json: graph -> {"leidenalg": {"seeds", "modularity": [one per seed], "mean", "max"}, "igraph": {…}}.
Each run is the library's defaults for modularity (leidenalg.find_partition with ModularityVertexPartition,
n_iterations=2; igraph community_leiden(objective_function="modularity"), beta 0.01, n_iterations=2), seeds 0..9:
the tests hold our Leiden to the mean less 0.002 (a bar, not a value to equal).
"""
import json, os, random
import networkx as nx, igraph as ig, leidenalg

HERE = os.path.dirname(os.path.abspath(__file__))
SEEDS = list(range(10))

def write_plc():
    G = nx.powerlaw_cluster_graph(2000, 4, 0.5, seed=42)
    doc = {"directed": False, "weighted": False, "nodes": [str(n) for n in G.nodes()], "edges": [[str(u), str(v)] for u, v in G.edges()]}
    json.dump(doc, open(os.path.join(HERE, "graphs", "plc_2k.json"), "w"))
    with open(os.path.join(HERE, "graphs", "plc_2k.edges"), "w") as f:
        f.write(f"# plc_2k: networkx powerlaw_cluster_graph(2000, 4, 0.5, seed=42), {G.number_of_nodes()} nodes, {G.number_of_edges()} edges, undirected\n")
        f.writelines(f"{u} {v}\n" for u, v in G.edges())

def load(name):
    doc = json.load(open(os.path.join(HERE, "graphs", name + ".json")))
    index = {n: i for i, n in enumerate(doc["nodes"])}
    g = ig.Graph(n=len(doc["nodes"]), edges=[(index[e[0]], index[e[1]]) for e in doc["edges"]])
    weights = [e[2] for e in doc["edges"]] if doc["weighted"] else None
    return g, weights

def main():
    write_plc()
    out = {"versions": {"leidenalg": leidenalg.__version__, "igraph": ig.__version__, "networkx": nx.__version__}, "graphs": {}}
    for name in ["karate", "florentine", "davis", "kite", "weighted_undirected", "plc_2k"]:
        g, w = load(name)
        la, igr = [], []
        for seed in SEEDS:
            p = leidenalg.find_partition(g, leidenalg.ModularityVertexPartition, weights=w, seed=seed)
            la.append(g.modularity(p.membership, weights=w))
            random.seed(seed)
            c = g.community_leiden(objective_function="modularity", weights=w, n_iterations=2)
            igr.append(g.modularity(c.membership, weights=w))
        out["graphs"][name] = {lib: {"seeds": SEEDS, "modularity": q, "mean": sum(q) / len(q), "max": max(q)}
                               for lib, q in [("leidenalg", la), ("igraph", igr)]}
    json.dump(out, open(os.path.join(HERE, "leiden.json"), "w"), indent=1, sort_keys=True)

main()
