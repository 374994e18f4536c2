#!/usr/bin/env python3
"""Extra NetworkX reference values for the project's tests (beyond ../reference/make_reference.py).

Run: python3 make_extra_reference.py   (writes extra_reference.json next to this file; NetworkX version recorded)
Reads the graphs of ../reference/graphs/*.json so node names match.
"""
import json, os
import networkx as nx
from networkx.algorithms import bipartite, community

HERE = os.path.dirname(os.path.abspath(__file__))
GRAPHS = os.path.join(HERE, "..", "reference", "graphs")

def load(name):
    doc = json.load(open(os.path.join(GRAPHS, name + ".json")))
    G = nx.DiGraph() if doc["directed"] else nx.Graph()
    G.add_nodes_from(doc["nodes"])
    for e in doc["edges"]:
        if len(e) == 3: G.add_edge(e[0], e[1], weight=e[2])
        else: G.add_edge(e[0], e[1])
    return G

out = {"networkx_version": nx.__version__}

karate = load("karate")
club = nx.karate_club_graph()
factions = [{str(n) for n in club if club.nodes[n]["club"] == "Mr. Hi"}, {str(n) for n in club if club.nodes[n]["club"] != "Mr. Hi"}]
out["karate_club_modularity"] = community.modularity(karate, factions)
out["karate_club_modularity_resolution_0.5"] = community.modularity(karate, factions, resolution=0.5)
out["karate_club_faction_of"] = {n: (0 if n in factions[0] else 1) for n in karate}
wd = load("weighted_directed")
out["weighted_directed_modularity_su_xvy"] = community.modularity(wd, [{"s", "u"}, {"x", "v", "y"}], weight="weight")

kite = load("kite")
out["kite_jaccard"] = {f"{u}|{v}": p for u, v, p in nx.jaccard_coefficient(kite, [(u, v) for u in kite for v in kite if u < v])}
out["karate_all_shortest_paths_16_25"] = sorted(nx.all_shortest_paths(karate, "16", "25"))
out["karate_shortest_path_length_from_0"] = nx.single_source_shortest_path_length(karate, "0")
out["weighted_directed_dijkstra_from_s"] = nx.single_source_dijkstra_path_length(wd, "s")
out["weighted_directed_dijkstra_path_s_v"] = nx.dijkstra_path(wd, "s", "v")
lm = load("langville_meyer")
out["langville_meyer_strong_components"] = sorted(sorted(c) for c in nx.strongly_connected_components(lm))
out["weighted_directed_strong_components"] = sorted(sorted(c) for c in nx.strongly_connected_components(wd))
out["karate_ego_sizes_depth"] = {str(k): len(nx.ego_graph(karate, "0", radius=k)) for k in (0, 1, 2, 3)}

davis = load("davis")
women = sorted(n for n, d in nx.davis_southern_women_graph().nodes(data=True) if d["bipartite"] == 0)
out["davis_women"] = women
proj = bipartite.weighted_projected_graph(davis, women)
out["davis_women_projection"] = {f"{u}|{v}": d["weight"] for u, v, d in proj.edges(data=True)}

out["karate_pagerank_personalized_0_33"] = nx.pagerank(karate, personalization={"0": 1, "33": 3}, tol=1e-13, max_iter=100000)
out["langville_meyer_pagerank_dangling_4"] = nx.pagerank(lm, personalization={"1": 1, "6": 2}, dangling={"4": 1}, tol=1e-13, max_iter=100000)
out["karate_pagerank_damping_0.5"] = nx.pagerank(karate, alpha=0.5, tol=1e-13, max_iter=100000)

json.dump(out, open(os.path.join(HERE, "extra_reference.json"), "w"), indent=1, sort_keys=True)
