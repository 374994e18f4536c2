#!/usr/bin/env python3
"""One measurement of one peer library: peer.py LIB ALGORITHM FILE [--directed] [--weighted] [--threads N] [--reps R]
                                                [--sources K] [--seed S]

Prints one JSON line like graph-bench's: {"lib", "algo", "times", "median", "load", "peak_rss_mib", "fingerprint"}.
LIB: networkx, igraph, leidenalg, networkit, rustworkx. Each call below is the peer's documented entry point for the algorithm; PageRank runs at
matched accuracy (tol 1e-12 where the library has a tolerance; igraph's PRPACK is exact). --sources K: betweenness
from the K evenly spaced sources labelled i·n/K (as graph-bench), raw sums over ordered pairs, with igraph's `sources=`
argument. NetworKit has no exact betweenness from given sources; its stand-in is EstimateBetweenness with K sampled
sources (Geisberger–Sanders–Schultes: the same search and dependency pass per source, the dependencies scaled by
distance), so its time per source compares but its fingerprint does not. The other peers report unsupported.
"""
import argparse, json, resource, statistics, sys, time

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("lib"); ap.add_argument("algo"); ap.add_argument("file")
    ap.add_argument("--directed", action="store_true"); ap.add_argument("--weighted", action="store_true")
    ap.add_argument("--threads", type=int, default=1); ap.add_argument("--reps", type=int, default=1)
    ap.add_argument("--sources", type=int)
    ap.add_argument("--seed", type=int, default=42, help="louvain and leiden: the random seed")
    a = ap.parse_args()
    runner = {"networkx": NX, "igraph": IG, "leidenalg": LA, "networkit": NK, "rustworkx": RX}[a.lib](a)
    t = time.perf_counter(); runner.load(); load = time.perf_counter() - t
    fn = getattr(runner, a.algo + ("_sampled" if a.sources else ""), None)
    if fn is None:
        print(json.dumps({"lib": a.lib, "algo": a.algo, "unsupported": True})); return
    times, fp = [], None
    for _ in range(a.reps):
        t = time.perf_counter(); fp = fn(); times.append(time.perf_counter() - t)
    print(json.dumps({"lib": a.lib, "algo": a.algo, "threads": a.threads, "times": times, "median": statistics.median(times),
                      "load": load, "peak_rss_mib": peak_rss_mib(), "fingerprint": fp}))

def peak_rss_mib():
    """VmHWM: this process's peak resident set (exec resets it, unlike getrusage's ru_maxrss)."""
    for line in open("/proc/self/status"):
        if line.startswith("VmHWM:"): return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

def fingerprint(values):
    values = list(values)
    return {"count": len(values), "sum": float(sum(values)), "max": float(max(values)) if values else 0.0}

def read_pairs(path, weighted):
    import numpy as np
    data = np.loadtxt(path, comments="#", ndmin=2)
    edges = data[:, :2].astype(np.int64)
    weights = data[:, 2] if weighted and data.shape[1] > 2 else None
    return edges, weights

class NX:
    def __init__(s, a): s.a = a
    def load(s):
        import networkx as nx
        s.nx = nx
        s.g = nx.read_edgelist(s.a.file, nodetype=int, create_using=nx.DiGraph if s.a.directed else nx.Graph,
                               data=(("weight", float),) if s.a.weighted else False)
    def w(s): return "weight" if s.a.weighted else None
    def betweenness(s): return fingerprint(s.nx.betweenness_centrality(s.g, weight=s.w()).values())
    def closeness(s): return fingerprint(s.nx.closeness_centrality(s.g, distance=s.w()).values())
    def pagerank(s): return fingerprint(s.nx.pagerank(s.g, alpha=0.85, tol=1e-12, max_iter=100000, weight=s.w()).values())
    def components(s):
        if s.a.directed:
            return {"weak": s.nx.number_weakly_connected_components(s.g), "strong": s.nx.number_strongly_connected_components(s.g)}
        n = s.nx.number_connected_components(s.g); return {"weak": n, "strong": n}
    def sssp(s):
        if s.a.weighted: return fingerprint(s.nx.single_source_dijkstra_path_length(s.g, 0).values())
        return fingerprint(s.nx.single_source_shortest_path_length(s.g, 0).values())
    def louvain(s):
        parts = s.nx.community.louvain_communities(s.g, seed=s.a.seed)
        return {"modularity": s.nx.community.modularity(s.g, parts), "communities": len(parts)}
    def load_again(s): s.load(); return {"nodes": s.g.number_of_nodes(), "edges": s.g.number_of_edges()}

class IG:
    def __init__(s, a): s.a = a
    def load(s):
        import igraph as ig
        s.ig = ig
        if s.a.weighted:
            edges, w = read_pairs(s.a.file, True)
            s.g = ig.Graph(n=int(edges.max()) + 1, edges=edges.tolist(), directed=s.a.directed, edge_attrs={"weight": w.tolist()})
        else:
            with open(s.a.file, "rb", buffering=0) as f:
                f.readline()   # the '# nodes … edges …' header: igraph's reader has no comments
                s.g = ig.Graph.Read_Edgelist(f, directed=s.a.directed)
    def w(s): return "weight" if s.a.weighted else None
    def betweenness(s):
        n = s.g.vcount(); raw = s.g.betweenness(directed=s.a.directed, weights=s.w())
        scale = 1 / ((n - 1) * (n - 2)) * (1 if s.a.directed else 2)
        return fingerprint(x * scale for x in raw)
    def betweenness_sampled(s):
        n = s.g.vcount(); sources = [i * n // s.a.sources for i in range(s.a.sources)]
        raw = s.g.betweenness(directed=s.a.directed, weights=s.w(), sources=sources)
        return fingerprint(x * (1 if s.a.directed else 2) for x in raw)   # igraph halves undirected sums
    def closeness(s): return fingerprint(0.0 if x != x else x for x in s.g.closeness(mode="in" if s.a.directed else "all", weights=s.w()))
    def pagerank(s): return fingerprint(s.g.pagerank(damping=0.85, weights=s.w(), directed=s.a.directed))
    def components(s):
        weak = len(s.g.connected_components(mode="weak"))
        return {"weak": weak, "strong": len(s.g.connected_components(mode="strong")) if s.a.directed else weak}
    def sssp(s): return fingerprint(x for x in s.g.distances(source=0, weights=s.w(), mode="out")[0] if x != float("inf"))
    def louvain(s):
        if s.a.directed: return None
        import random; random.seed(s.a.seed)
        c = s.g.community_multilevel(); return {"modularity": c.modularity, "communities": len(c)}
    def leiden(s):
        # igraph's own Leiden (C), modularity, its defaults (beta 0.01, 2 iterations); Python's random drives igraph's RNG
        if s.a.directed: return None
        import random; random.seed(s.a.seed)
        c = s.g.community_leiden(objective_function="modularity", n_iterations=2)
        return {"modularity": s.g.modularity(c.membership), "communities": len(c)}
    def load_again(s): s.load(); return {"nodes": s.g.vcount(), "edges": s.g.ecount()}

class LA(IG):
    """leidenalg (Traag's implementation, on igraph graphs): find_partition with ModularityVertexPartition, its
    defaults (2 iterations), the seed of --seed. Only Leiden."""
    def leiden(s):
        if s.a.directed: return None
        import leidenalg
        p = leidenalg.find_partition(s.g, leidenalg.ModularityVertexPartition, seed=s.a.seed)
        return {"modularity": s.g.modularity(p.membership), "communities": len(p)}
    louvain = betweenness = betweenness_sampled = closeness = pagerank = components = sssp = None

class NK:
    def __init__(s, a): s.a = a
    def load(s):
        import networkit as nk
        s.nk = nk
        nk.engineering.setNumberOfThreads(s.a.threads)
        if s.a.weighted:
            edges, w = read_pairs(s.a.file, True)
            s.g = nk.Graph(int(edges.max()) + 1, weighted=True, directed=s.a.directed)
            for (u, v), x in zip(edges.tolist(), w.tolist()): s.g.addEdge(u, v, x)
        else:
            s.g = nk.graphio.EdgeListReader(" ", 0, "#", True, s.a.directed).read(s.a.file)
    def betweenness(s): return fingerprint(s.nk.centrality.Betweenness(s.g, normalized=True).run().scores())
    def betweenness_sampled(s):
        s.nk.engineering.setSeed(42, False)
        scores = s.nk.centrality.EstimateBetweenness(s.g, s.a.sources, False, s.a.threads > 1).run().scores()
        return {"count": len(scores), "proxy": "EstimateBetweenness"}
    def closeness(s):
        return fingerprint(s.nk.centrality.Closeness(s.g, True, s.nk.centrality.ClosenessVariant.GENERALIZED).run().scores())
    def pagerank(s): return fingerprint(s.nk.centrality.PageRank(s.g, 0.85, 1e-12).run().scores())
    def components(s):
        if s.a.directed:
            w = s.nk.components.WeaklyConnectedComponents(s.g); w.run()
            c = s.nk.components.StronglyConnectedComponents(s.g); c.run()
            return {"weak": w.numberOfComponents(), "strong": c.numberOfComponents()}
        c = s.nk.components.ConnectedComponents(s.g); c.run(); return {"weak": c.numberOfComponents(), "strong": c.numberOfComponents()}
    def sssp(s):
        algo = s.nk.distance.Dijkstra(s.g, 0, True) if s.a.weighted else s.nk.distance.BFS(s.g, 0, True)
        algo.run(); return fingerprint(x for x in algo.getDistances() if x < 1e300)
    def louvain(s):
        s.nk.engineering.setSeed(s.a.seed, True)
        plm = s.nk.community.PLM(s.g, refine=False); plm.run(); p = plm.getPartition()
        return {"modularity": s.nk.community.Modularity().getQuality(p, s.g), "communities": p.numberOfSubsets()}
    def leiden(s):
        s.nk.engineering.setSeed(s.a.seed, True)
        pl = s.nk.community.ParallelLeiden(s.g, randomize=True); pl.run(); p = pl.getPartition()
        return {"modularity": s.nk.community.Modularity().getQuality(p, s.g), "communities": p.numberOfSubsets()}
    def load_again(s): s.load(); return {"nodes": s.g.numberOfNodes(), "edges": s.g.numberOfEdges()}

class RX:
    def __init__(s, a): s.a = a
    def load(s):
        import rustworkx as rx
        s.rx = rx
        cls = rx.PyDiGraph if s.a.directed else rx.PyGraph
        s.g = cls.read_edge_list(s.a.file, comment="#")
        if s.a.weighted:
            edges, w = read_pairs(s.a.file, True)
            s.g = cls(); s.g.add_nodes_from(range(int(edges.max()) + 1))
            s.g.add_edges_from([(int(u), int(v), float(x)) for (u, v), x in zip(edges.tolist(), w.tolist())])
        s.d = s.g if s.a.directed else s.g.to_directed()   # pagerank needs a digraph (made untimed, as the baselines)
    def betweenness(s):
        if s.a.weighted: return None   # rustworkx has no weighted node betweenness
        return fingerprint(s.rx.betweenness_centrality(s.g, normalized=True).values())
    def closeness(s):
        if s.a.weighted: return None
        return fingerprint(s.rx.closeness_centrality(s.g).values())
    def pagerank(s):
        return fingerprint(s.rx.pagerank(s.d, alpha=0.85, tol=1e-12, max_iter=100000,
                                         weight_fn=(lambda x: x) if s.a.weighted else None).values())
    def components(s):
        if s.a.directed:
            return {"weak": len(s.rx.weakly_connected_components(s.g)), "strong": len(s.rx.strongly_connected_components(s.g))}
        n = len(s.rx.connected_components(s.g)); return {"weak": n, "strong": n}
    def sssp(s):
        f = s.rx.digraph_dijkstra_shortest_path_lengths if s.a.directed else s.rx.graph_dijkstra_shortest_path_lengths
        d = f(s.g, 0, (lambda x: x) if s.a.weighted else (lambda _: 1.0))
        return fingerprint(list(d.values()) + [0.0])
    def load_again(s): s.load(); return {"nodes": s.g.num_nodes(), "edges": s.g.num_edges()}

if __name__ == "__main__":
    main()
