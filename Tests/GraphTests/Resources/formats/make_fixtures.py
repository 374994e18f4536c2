#!/usr/bin/env python3
"""Writes the format fixtures of the project's tests with NetworkX (version recorded in fixtures.json), plus a
Gephi-style and a yEd-style GraphML written here by hand in those tools' shapes.

Run: python3 make_fixtures.py   (needs networkx 3.6.1 with numpy and scipy, for PageRank; output next to this file)
"""
import json, os
import networkx as nx

HERE = os.path.dirname(os.path.abspath(__file__))
def path(name): return os.path.join(HERE, name)

# 1. Karate club with typed attributes of every GraphML type.
G = nx.karate_club_graph()
for n, d in G.nodes(data=True):
    d["name"] = f"member {n}"
    d["age_years"] = 20 + n          # int
    d["score"] = n / 7               # float
    d["officer"] = n in (0, 33)      # bool
for u, v, d in G.edges(data=True):
    d["weight"] = float(d.get("weight", 1))
G.graph["name"] = "Zachary's karate club"
nx.write_graphml(G, path("networkx_karate.graphml"))
nx.write_gexf(G, path("networkx_karate.gexf"))
json.dump(nx.node_link_data(G, edges="links"), open(path("networkx_karate_links.json"), "w"), indent=1)
json.dump(nx.node_link_data(G, edges="edges"), open(path("networkx_karate_edges.json"), "w"), indent=1)

# 2. A directed multigraph with parallel edges, keys and awkward text.
M = nx.MultiDiGraph()
M.add_node("a", label='quote " and <tag> & amp', note="line1\nline2")
M.add_node("b", label="Ünïcödé ✓")
M.add_node("c")
M.add_edge("a", "b", key="first", weight=1.5, kind_of="x")
M.add_edge("a", "b", key="second", weight=2.5)
M.add_edge("b", "c")
nx.write_graphml(M, path("networkx_multi.graphml"))
json.dump(nx.node_link_data(M, edges="edges"), open(path("networkx_multi.json"), "w"), indent=1)

# 2b. A directed graph in each format NetworkX writes that declares direction, with NetworkX's betweenness of it
# directed (as the file says) and undirected (G.to_undirected()), so the tests can check that the file's
# declaration decides the view and --undirected ignores it.
D = nx.DiGraph()
D.add_edges_from([("a", "b"), ("b", "c"), ("c", "d"), ("d", "b"), ("a", "e"), ("e", "d")])
nx.write_graphml(D, path("networkx_directed.graphml"))
nx.write_gexf(D, path("networkx_directed.gexf"))
json.dump(nx.node_link_data(D, edges="edges"), open(path("networkx_directed.json"), "w"), indent=1)
directed_reference = {
    "nodes": D.number_of_nodes(), "edges": D.number_of_edges(),
    "betweenness": nx.betweenness_centrality(D),
    "betweenness_undirected": nx.betweenness_centrality(D.to_undirected()),
}

# 2c. An undirected multigraph with parallel edges of different weights, with NetworkX's measures
# of it: the conventions a multigraph has where a choice exists (lightest parallel edge for paths, parallel edges
# counted by degree, summed by PageRank).
U = nx.MultiGraph()
U.add_edge("a", "b", weight=1.0)
U.add_edge("a", "b", weight=5.0)
U.add_edge("b", "c", weight=4.0)
U.add_edge("b", "c", weight=1.0)
U.add_edge("a", "c", weight=3.0)
U.add_edge("c", "d", weight=2.0)
U.add_edge("c", "d", weight=2.0)
U.add_edge("d", "e", weight=1.0)
U.add_edge("b", "e", weight=6.0)
nx.write_graphml(U, path("networkx_multigraph.graphml"))
multigraph_reference = {
    "nodes": U.number_of_nodes(), "edges": U.number_of_edges(),
    "degree": nx.degree_centrality(U),
    "betweenness": nx.betweenness_centrality(U),
    "betweenness_weighted": nx.betweenness_centrality(U, weight="weight"),
    "closeness_weighted": nx.closeness_centrality(U, distance="weight"),
    "pagerank": nx.pagerank(U, weight=None),
    "pagerank_weighted": nx.pagerank(U, weight="weight"),
    "shortest_path_length_a_e_weighted": nx.shortest_path_length(U, "a", "e", weight="weight"),
}

# 3. Gephi-style GraphML: string ids, a label key, a weight key, edge ids, float attributes and viz-free data.
open(path("gephi_style.graphml"), "w").write("""<?xml version="1.0" encoding="UTF-8"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns">
<key attr.name="label" attr.type="string" for="node" id="label"/>
<key attr.name="Edge Label" attr.type="string" for="edge" id="edgelabel"/>
<key attr.name="weight" attr.type="double" for="edge" id="weight"/>
<key attr.name="Modularity Class" attr.type="int" for="node" id="modularity_class"/>
<key attr.name="r" attr.type="int" for="node" id="r"/>
<key attr.name="x" attr.type="float" for="node" id="x"/>
<graph edgedefault="undirected">
<node id="n0"><data key="label">Myriel</data><data key="modularity_class">0</data><data key="r">255</data><data key="x">-12.5</data></node>
<node id="n1"><data key="label">Napoleon</data><data key="modularity_class">0</data><data key="r">10</data><data key="x">3.25</data></node>
<node id="n2"><data key="label">Mlle.Baptistine</data><data key="modularity_class">1</data><data key="r">0</data><data key="x">0.0</data></node>
<edge id="0" source="n1" target="n0"><data key="weight">1.0</data></edge>
<edge id="1" source="n2" target="n0"><data key="weight">8.0</data><data key="edgelabel">family</data></edge>
</graph>
</graphml>
""")

# 4. yEd-style GraphML: yfiles keys with nested graphics, a group node holding a nested graph.
open(path("yed_style.graphml"), "w").write("""<?xml version="1.0" encoding="UTF-8" standalone="no"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:y="http://www.yworks.com/xml/graphml" xmlns:yed="http://www.yworks.com/xml/yed/3">
  <key for="node" id="d5" attr.name="description" attr.type="string"/>
  <key for="node" id="d6" yfiles.type="nodegraphics"/>
  <key for="edge" id="d10" yfiles.type="edgegraphics"/>
  <key for="graphml" id="d7" yfiles.type="resources"/>
  <graph edgedefault="directed" id="G">
    <node id="n0">
      <data key="d5">the start</data>
      <data key="d6"><y:ShapeNode><y:Geometry height="30.0" width="30.0" x="0.0" y="0.0"/><y:Fill color="#FFCC00" transparent="false"/><y:NodeLabel alignment="center">Start here</y:NodeLabel><y:Shape type="rectangle"/></y:ShapeNode></data>
    </node>
    <node id="n1" yfiles.foldertype="group">
      <data key="d6"><y:ProxyAutoBoundsNode><y:Realizers active="0"><y:GroupNode><y:NodeLabel>Group A</y:NodeLabel></y:GroupNode></y:Realizers></y:ProxyAutoBoundsNode></data>
      <graph edgedefault="directed" id="n1:">
        <node id="n1::n0"><data key="d6"><y:ShapeNode><y:NodeLabel>Inner</y:NodeLabel></y:ShapeNode></data></node>
      </graph>
    </node>
    <edge id="e0" source="n0" target="n1::n0"><data key="d10"><y:PolyLineEdge><y:EdgeLabel>goes to</y:EdgeLabel></y:PolyLineEdge></data></edge>
  </graph>
  <data key="d7"><y:Resources/></data>
</graphml>
""")

json.dump({"networkx_version": nx.__version__,
           "karate": {"nodes": G.number_of_nodes(), "edges": G.number_of_edges()},
           "multi": {"nodes": M.number_of_nodes(), "edges": M.number_of_edges()},
           "directed": directed_reference, "multigraph": multigraph_reference},
          open(path("fixtures.json"), "w"), indent=1, sort_keys=True)
