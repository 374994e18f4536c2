#!/usr/bin/env python3
"""Side-by-side benchmark: this library against NetworkX, igraph, NetworKit and rustworkx, on the same machine, in one
run, alternating the libraries round by round so they all see the same machine noise.

Usage (from the repository root):
    python3 Benchmarks/Scripts/bench.py [--preset quick|standard|sampled|large|communities|commands] [--rounds 3] [--out docs/performance.md]
    python3 Benchmarks/Scripts/bench.py --preset large --report-only   # tables from a run that was stopped early
    python3 Benchmarks/Scripts/bench.py --preset large --resume        # go on with a stopped run, in a later sitting
    python3 Benchmarks/Scripts/bench.py --preset large --resume --only ba-10k   # this sitting: only that graph's runs

It creates a Python venv (Benchmarks/.venv) with the peers from PyPI, generates the inputs deterministically
(Barabási–Albert m=5 with networkx's algorithm and seed 42, a directed weighted G(n, M); the bundled dataset), builds
graph-bench in release mode, runs every (graph, algorithm, library) measurement in its own process — median of the
rounds, peak RSS of the process — and writes the table, ratios ours/peer, the targets, a plot and the exact command to
the output file between its GENERATED markers. OMP_WAIT_POLICY=passive is set for the OpenMP-based peers.
"""
import argparse, json, os, platform, random, shutil, statistics, subprocess, sys, time

HERE = os.path.dirname(os.path.abspath(__file__))
BENCH = os.path.dirname(HERE)
ROOT = os.path.dirname(BENCH)

PRESETS = {
    # graph -> algorithms; O(n·m) algorithms stop at 10k nodes (NetworkX at 1k) except in 'large'
    "quick": {"ba-1k": ["load", "components", "sssp", "pagerank", "louvain", "closeness", "betweenness"],
              "ba-10k": ["load", "components", "sssp", "pagerank", "louvain"]},
    "standard": {"ba-1k": ["load", "components", "sssp", "pagerank", "louvain", "closeness", "betweenness"],
                 "ba-10k": ["load", "components", "sssp", "pagerank", "louvain", "closeness", "betweenness"],
                 "er-10k-directed": ["load", "components", "sssp", "pagerank", "betweenness"],
                 "ba-100k": ["load", "components", "sssp", "pagerank", "louvain"],
                 "ba-1m": ["load", "components", "sssp", "pagerank"]},
}
# 'large': only the O(n·m) measurements the standard preset leaves out, for the libraries the betweenness targets
# name (NetworkX on BA 10^4; igraph and NetworKit with 2 threads on BA 10^5). NetworKit single-threaded and rustworkx
# are left out: one round already takes hours (igraph ran more than 85 min on BA 10^5). Written to its own block.
# BA 10^5 comes first: it is what the preset is for, and a sitting that is stopped early should have measured it.
# A run may be spread over several sittings (--resume), as long as the code measured stays the same.
PRESETS["large"] = {"ba-100k": ["betweenness"], "ba-10k": ["betweenness"]}
LARGE_LIBRARIES = {"ba-10k": ["swift 1t", "swift 2t", "networkx"],
                   "ba-100k": ["swift 2t", "igraph", "swift 1t", "networkit 2t"]}

# 'sampled': exact betweenness per source, where a full run takes hours. On a connected graph every source costs one
# whole search, so the time from K evenly spaced sources times n/K estimates a full run; the preset checks that
# estimate against full runs on BA 10^4 (same run) and gives per-source ratios on BA 10^5. Written to its own block.
SAMPLED_SOURCES = 1_000
PRESETS["sampled"] = {"ba-10k": ["betweenness", f"betweenness/{SAMPLED_SOURCES}"], "ba-100k": [f"betweenness/{SAMPLED_SOURCES}"]}
SAMPLED_LIBRARIES = ["swift 1t", "swift 2t", "igraph", "networkit 1t", "networkit 2t"]

# 'communities': Louvain and Leiden against NetworKit's PLM and ParallelLeiden, igraph and leidenalg, on the
# power-law cluster graph and BA 10^4 and 10^5. Round r runs every library with seed r + 1, so the modularity
# reported (mean over the rounds) is a mean over seeds, not one seed's luck. Written to its own block.
PRESETS["communities"] = {"plc-2k": ["louvain", "leiden"], "ba-10k": ["louvain", "leiden"], "ba-100k": ["louvain", "leiden"]}
COMMUNITY_LIBRARIES = ["swift 1t", "networkit 1t", "networkit 2t", "igraph", "leidenalg"]

# 'commands': whole processes, as a user runs them, on BA with 200,000 nodes and 1M edges: `graph-tool centrality
# --measure pagerank` with every row as CSV and with --top 10 against igraph's whole Python process (read, PageRank,
# and the same CSV, or none); `graph-tool info` against `graph-tool components` (a load and a linear pass); and
# loading itself (in-process) against igraph's Read_Edgelist and against the bound of reading the file and summing its
# integers; and `info` of our GraphML, GEXF and DOT exports of the same graph (read without the model when plain)
# against NetworkX's read_graphml / read_gexf and Graphviz's `gc` on the same files. Written to its own block.
PRESETS["commands"] = {"ba-200k": ["commands"]}

GRAPHS = {"ba-1k": (1_000, 5), "ba-10k": (10_000, 5), "ba-100k": (100_000, 5), "ba-200k": (200_000, 5), "ba-1m": (1_000_000, 5)}
# the power-law cluster graph (Holme–Kim: n, m, triangle probability p) of the community comparison
PLC = (2_000, 4, 0.5)
SLOW_LIBS_LIMIT = {"networkx": 10_000}       # NetworkX only up to this many nodes (and 1k for O(n·m) algorithms)

def ba_edges(n, m, seed):
    """networkx.barabasi_albert_graph(n, m, seed) edge sequence, stdlib only (same RNG calls as networkx 3.x)."""
    rng = random.Random(seed)
    edges = [(0, i) for i in range(1, m + 1)]
    repeated = [0] * m + list(range(1, m + 1))
    source = m + 1
    while source < n:
        targets = set()
        while len(targets) < m:
            targets.add(rng.choice(repeated))
        edges.extend((t, source) for t in targets)
        repeated.extend(targets)
        repeated.extend([source] * m)
        source += 1
    return edges

def powerlaw_cluster_edges(n, m, p, seed):
    """networkx.powerlaw_cluster_graph(n, m, p, seed) (Holme–Kim) edge sequence, stdlib only: the same random calls,
    and the graph kept as networkx keeps it (insertion-ordered dicts of neighbours, sets for the target draws)."""
    rng = random.Random(seed)
    adj = {v: {} for v in range(m)}
    edges = []
    def add(u, v):
        if v not in adj.setdefault(u, {}):
            edges.append((u, v))
        adj[u][v] = {}; adj.setdefault(v, {})[u] = {}
    repeated = list(range(m))
    source = m
    while source < n:
        targets = set()
        while len(targets) < m:
            targets.add(rng.choice(repeated))
        target = targets.pop()
        add(source, target)
        repeated.append(target)
        count = 1
        while count < m:
            if rng.random() < p:
                neighborhood = [nbr for nbr in adj[target] if nbr not in adj[source] and nbr != source]
                if neighborhood:
                    nbr = rng.choice(neighborhood)
                    add(source, nbr)
                    repeated.append(nbr)
                    count += 1
                    continue
            target = targets.pop()
            add(source, target)
            repeated.append(target)
            count += 1
        repeated.extend([source] * m)
        source += 1
    return edges

def gnm_edges(n, m, seed):
    rng = random.Random(seed)
    nodes, seen, edges = list(range(n)), set(), []
    while len(edges) < m:
        u, v = rng.choice(nodes), rng.choice(nodes)
        if u == v or (u, v) in seen:
            continue
        seen.add((u, v)); edges.append((u, v))
    return edges

def make_inputs(directory):
    os.makedirs(directory, exist_ok=True)
    for name, (n, m) in GRAPHS.items():
        path = os.path.join(directory, name + ".edges")
        if not os.path.exists(path):
            edges = ba_edges(n, m, 42)
            with open(path, "w") as f:
                f.write(f"# nodes {n} edges {len(edges)} undirected model=barabasi_albert m={m} seed=42\n")
                f.write("".join(f"{u} {v}\n" for u, v in edges))
    path = os.path.join(directory, "plc-2k.edges")
    if not os.path.exists(path):
        edges = powerlaw_cluster_edges(*PLC, 42)
        with open(path, "w") as f:
            f.write(f"# nodes {PLC[0]} edges {len(edges)} undirected model=powerlaw_cluster m={PLC[1]} p={PLC[2]} seed=42\n")
            f.write("".join(f"{u} {v}\n" for u, v in edges))
    path = os.path.join(directory, "er-10k-directed.edges")
    if not os.path.exists(path):
        edges = gnm_edges(10_000, 100_000, 42)
        w = random.Random(4242)
        with open(path, "w") as f:
            f.write("# nodes 10000 edges 100000 directed weighted model=gnm seed=42 weights=randint(1,10) weight_seed=4242\n")
            f.write("".join(f"{u} {v} {w.randint(1, 10)}\n" for u, v in edges))

PEERS = ["networkx==3.6.1", "igraph==1.0.0", "networkit==11.3", "rustworkx==0.18.1", "leidenalg==0.12.0", "scipy==1.17.1", "numpy==2.4.6"]

def ensure_venv():
    venv = os.path.join(BENCH, ".venv")
    python = os.path.join(venv, "bin", "python")
    if not os.path.exists(python):
        subprocess.run([sys.executable, "-m", "venv", venv], check=True)
        # pinned to the versions the blocks on docs/performance.md were measured with, so a rerun measures the same peers
        subprocess.run([python, "-m", "pip", "install", "-q", *PEERS], check=True)
    versions = subprocess.run([python, "-c", "import networkx, igraph, networkit, rustworkx, leidenalg; print(networkx.__version__, igraph.__version__, networkit.__version__, rustworkx.__version__, leidenalg.__version__)"],
                              capture_output=True, text=True, check=True).stdout.split()
    return python, dict(zip(["networkx", "igraph", "networkit", "rustworkx", "leidenalg"], versions))

def build():
    subprocess.run(["swift", "build", "-c", "release", "--package-path", BENCH], check=True, stdout=subprocess.DEVNULL)
    subprocess.run(["swift", "build", "-c", "release", "--package-path", ROOT, "--product", "graph-tool"], check=True, stdout=subprocess.DEVNULL)
    bench_bin = subprocess.run(["swift", "build", "-c", "release", "--package-path", BENCH, "--show-bin-path"], capture_output=True, text=True).stdout.strip()
    root_bin = subprocess.run(["swift", "build", "-c", "release", "--package-path", ROOT, "--show-bin-path"], capture_output=True, text=True).stdout.strip()
    return os.path.join(bench_bin, "graph-bench"), os.path.join(root_bin, "graph-tool")

def contenders(python, bench_bin):
    """(name, argv prefix, threads) for every library configuration measured."""
    peer = [python, os.path.join(HERE, "peer.py")]
    return [("swift 1t", [bench_bin], 1), ("swift 2t", [bench_bin], 2), ("igraph", peer + ["igraph"], 1),
            ("networkit 1t", peer + ["networkit"], 1), ("networkit 2t", peer + ["networkit"], 2),
            ("rustworkx", peer + ["rustworkx"], 2), ("networkx", peer + ["networkx"], 1),
            ("leidenalg", peer + ["leidenalg"], 1)]

def run_one(argv, algo, path, directed, weighted, threads, timeout, reps=1, seed=None):
    is_peer = any(part.endswith("peer.py") for part in argv)
    algo, _, sources = algo.partition("/")   # "betweenness/1000": from 1000 evenly spaced sources
    cmd = argv + ["load_again" if is_peer and algo == "load" else algo, path, "--threads", str(threads), "--reps", str(reps)]
    if sources: cmd += ["--sources", sources]
    if seed is not None: cmd += ["--seed", str(seed)]
    if directed: cmd.append("--directed")
    if weighted: cmd.append("--weighted")
    env = dict(os.environ, OMP_WAIT_POLICY="passive", RAYON_NUM_THREADS=str(threads), OMP_NUM_THREADS=str(threads))
    try:
        out = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout, env=env)
    except subprocess.TimeoutExpired:
        return {"timeout": True}
    if out.returncode != 0:
        return {"error": out.stderr.strip().splitlines()[-1] if out.stderr.strip() else f"exit {out.returncode}"}
    return json.loads(out.stdout.strip().splitlines()[-1])

def measure_commands(args, python, bench_bin, tool_bin, inputs):
    """The 'commands' preset: whole processes timed from outside (wall clock), rounds alternating the order."""
    path = os.path.join(inputs, "ba-200k.edges")
    ig = [python, os.path.join(HERE, "igraph_pagerank.py"), path]
    runs = [("pagerank, every row as CSV", "swift", [tool_bin, "centrality", "--measure", "pagerank", "--input", path, "--format", "csv"]),
            ("pagerank, every row as CSV", "igraph", ig + ["--csv"]),
            ("pagerank, every row as CSV", "igraph, no output", ig),
            ("pagerank --top 10", "swift", [tool_bin, "centrality", "--measure", "pagerank", "--input", path, "--format", "csv", "--top", "10"]),
            ("pagerank --top 10", "igraph", ig + ["--csv", "--top", "10"]),
            ("info", "swift", [tool_bin, "info", "--input", path]),
            ("components", "swift", [tool_bin, "components", "--input", path, "--format", "csv"])]
    # exports between formats, to a scratch folder under the inputs; NetworkX reading the edge list and writing the
    # same format is the peer a user would otherwise run
    scratch = os.path.join(inputs, "export-scratch")
    os.makedirs(scratch, exist_ok=True)
    for fmt, ext in [("graphml", "graphml"), ("gexf", "gexf"), ("dot", "gv"), ("node-link", "json")]:
        out = os.path.join(scratch, "ours." + ext)
        runs.append((f"export to {fmt}", "swift", [tool_bin, "export", "--input", path, "-o", out]))
        if fmt != "dot":   # NetworkX writes DOT only through pygraphviz or pydot, which the venv does not hold
            runs.append((f"export to {fmt}", "networkx", [python, os.path.join(HERE, "nx_export.py"), path, fmt, os.path.join(scratch, "nx." + ext)]))
    # reading those exports back: `info` of each (the plain readers' path), every round; the peers on the same files,
    # in the first round only (NetworkX takes half a minute a file)
    for fmt, ext in [("graphml", "graphml"), ("gexf", "gexf"), ("dot", "gv")]:
        runs.append((f"info of the {fmt} export", "swift", [tool_bin, "info", "--input", os.path.join(scratch, "ours." + ext)]))
    once = [(f"info of the {fmt} export", "networkx", [python, os.path.join(HERE, "nx_read.py"), fmt, os.path.join(scratch, "ours." + ext)])
            for fmt, ext in [("graphml", "graphml"), ("gexf", "gexf")]]
    once.append(("info of the dot export", "gc", ["gc", os.path.join(scratch, "ours.gv")]))
    # the peak RSS of a process that loads a one-edge list: what every command holds before it reads anything
    tiny = os.path.join(scratch, "one-edge.edges")
    with open(tiny, "w") as f:
        f.write("0 1\n")
    runs.append(("an empty run (info of one edge)", "swift", [tool_bin, "info", "--input", tiny]))
    results = {}
    for r in range(args.rounds):
        for what, lib, cmd in (runs if r % 2 == 0 else list(reversed(runs))) + (once if r == 0 else []):
            t = time.perf_counter()
            child = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            _, status, usage = os.wait4(child.pid, 0)   # the child's own rusage: its peak RSS, not the largest child's
            elapsed = time.perf_counter() - t
            if os.waitstatus_to_exitcode(status) != 0:
                raise SystemExit(f"{' '.join(cmd)} failed ({os.waitstatus_to_exitcode(status)})")
            results.setdefault((what, lib), []).append(elapsed)
            results.setdefault(("rss", what, lib), []).append(usage.ru_maxrss / 1024)   # KiB on Linux
            print(f"{what:28} {lib:18} {elapsed:8.3f} s {usage.ru_maxrss / 1024:7.1f} MiB", flush=True)
        # loading, in-process: ours, igraph's Read_Edgelist, and the bound (read the file, sum its integers), on this
        # graph and on BA 10^6 (5M edges); and PageRank's peak RSS on BA 10^6, ours and igraph's
        big = os.path.join(inputs, "ba-1m.edges")
        peer = [python, os.path.join(HERE, "peer.py"), "igraph"]
        for graph, file in [("", path), (" 5M", big)]:
            for name, argv, algo in [("swift", [bench_bin], "load"), ("bound", [bench_bin], "load-bound"), ("igraph", peer, "load")]:
                d = run_one(argv, algo, file, False, False, 1, args.timeout)
                results.setdefault(("load" + graph, name), []).append(d["median"])
                print(f"{'load' + graph:28} {name:18} {d['median']:8.3f} s", flush=True)
        for name, argv, threads in [("swift", [bench_bin], 2), ("igraph", peer, 1)]:
            d = run_one(argv, "pagerank", big, False, False, threads, args.timeout)
            results.setdefault(("pagerank rss 5M", name), []).append(d["peak_rss_mib"])
            print(f"{'pagerank rss 5M':28} {name:18} {d['peak_rss_mib']:8.1f} MiB", flush=True)
    for fmt, ext in [("graphml", "graphml"), ("gexf", "gexf"), ("dot", "gv"), ("node-link", "json")]:
        results[("size", fmt)] = [os.path.getsize(os.path.join(scratch, "ours." + ext)) / 2**20]
    return results

def report_commands(results, meta):
    med = lambda k: statistics.median(results[k]) if results.get(k) else None
    rows = [("`centrality --measure pagerank --format csv` (200,000 rows)", ("pagerank, every row as CSV", "swift"),
             [("igraph, the same CSV", ("pagerank, every row as CSV", "igraph")), ("igraph, no output", ("pagerank, every row as CSV", "igraph, no output"))]),
            ("`centrality --measure pagerank --format csv --top 10`", ("pagerank --top 10", "swift"), [("igraph, the same 10 rows", ("pagerank --top 10", "igraph"))]),
            ("`info`", ("info", "swift"), [("`components` (a load and a linear pass)", ("components", "swift"))]),
            *[(f"`export` to {fmt}", (f"export to {fmt}", "swift"),
               [("`info` (the load)", ("info", "swift"))] + ([(f"NetworkX `read_edgelist`, {writer}", (f"export to {fmt}", "networkx"))] if writer else []))
              for fmt, writer in [("graphml", "`write_graphml`"), ("gexf", "`write_gexf`"), ("dot", None), ("node-link", "`node_link_data` + `json.dump`")]],
            *[(f"`info` of our {fmt} export", (f"info of the {fmt} export", "swift"), [(peer, (f"info of the {fmt} export", key))])
              for fmt, peer, key in [("graphml", "NetworkX `read_graphml`", "networkx"), ("gexf", "NetworkX `read_gexf`", "networkx"),
                                     ("dot", "Graphviz `gc` (counts)", "gc")]],
            ("load (in-process)", ("load", "swift"), [("igraph `Read_Edgelist`", ("load", "igraph")), ("bound: read the file, sum its integers", ("load", "bound"))]),
            ("load BA 10^6, 5M edges (in-process)", ("load 5M", "swift"), [("igraph `Read_Edgelist`", ("load 5M", "igraph")), ("bound: read the file, sum its integers", ("load 5M", "bound"))])]
    lines = ["| whole process | ours | against | theirs | ours / theirs | our peak RSS |", "|---|---|---|---|---|---|"]
    for label, ours, others in rows:
        for name, key in others:
            a, b = med(ours), med(key)
            peak = med(("rss",) + ours)
            lines.append(f"| {label} | {fmt(a)} | {name} | {fmt(b)} | {ratio(a, b)} | {f'{peak:.0f} MiB' if peak else '–'} |")
    # the CSR of BA 200k (n = 200,000, m = 999,975): row offsets (8 bytes a node), the edges' ends (8 bytes an edge),
    # the rows' neighbours and edge indices (16 bytes an edge, each edge in two rows), the relations (1 byte an edge)
    n, m = 200_000, 999_975
    csr = ((n + 1) * 8 + m * (8 + 16 + 1)) / 2**20
    empty = med(("rss", "an empty run (info of one edge)", "swift"))
    sizes = {k[1]: v[0] for k, v in results.items() if k[0] == "size"}
    memory = (f"The CSR of this graph takes {csr:.1f} MiB; an empty run (`info` of a one-edge list: the runtime and the libraries) "
              f"peaks at {empty:.0f} MiB; the files written are " + ", ".join(f"{k} {v:.0f} MiB" for k, v in sizes.items()) + ".") if empty else ""
    rss = {k[1]: statistics.median(v) for k, v in results.items() if k[0] == "pagerank rss 5M"}
    v = meta["versions"]
    where = f"on {meta['cpu']}" if meta.get("cpu") else "on the machine above"
    out = [f"Measured {meta['started']} – {meta.get('finished', '(not finished)')} by `{meta['command']}`, {where}; "
           f"igraph {v.get('igraph')}, NetworkX {v.get('networkx')}.", "",
           "BA with 200,000 nodes and 999,975 edges (12 MB edge list), and BA 10^6 (65 MB) for the last rows. Each cell: the median",
           "over the rounds of the process's wall time (loading rows: the in-process load time), rounds alternating the order;",
           "the peak RSS is the process's own (`wait4`), median over the rounds. The peers of the rows reading our exports",
           "(NetworkX, `gc`) ran once, in the first round.", "", *lines, "", memory, "",
           f"Peak RSS of a PageRank process on BA 10^6 (5M edges; load and PageRank, graph-bench and peer.py): ours {rss.get('swift', 0):.0f} MiB, "
           f"igraph {rss.get('igraph', 0):.0f} MiB.", ""]
    return "\n".join(out)

def measure(args, python, bench_bin, tool_bin, inputs, results):
    """Runs every measurement of the preset that `results` (empty, or a resumed run's) does not hold yet."""
    libs = contenders(python, bench_bin)
    # results: (graph, algo, lib) -> {"times": [...], "rss": [...], "sittings": [...], "fingerprint": ..., "skip": reason}
    preset = PRESETS[args.preset]
    for graph, algos in preset.items():
        if args.only and graph != args.only:
            continue
        path = os.path.join(inputs, graph + ".edges")
        n = GRAPHS.get(graph, (10_000, 0))[0]
        directed = weighted = graph.startswith("er-")
        for algo in algos:
            if args.preset == "large":
                active = [l for name in LARGE_LIBRARIES[graph] for l in libs if l[0] == name]
            elif args.preset == "sampled":
                active = [l for name in SAMPLED_LIBRARIES for l in libs if l[0] == name]
            elif args.preset == "communities":
                active = [l for name in COMMUNITY_LIBRARIES for l in libs if l[0] == name and not (name == "leidenalg" and algo != "leiden")]
            else:
                active = [l for l in libs if l[0] != "leidenalg" and not (l[0] == "networkx" and (n > SLOW_LIBS_LIMIT["networkx"] or (algo in ("betweenness", "closeness") and n > 1_000)))]
            if algo == "load":
                active = [l for l in active if not l[0].endswith("2t")]
            for r in range(args.rounds):
                order = active if r % 2 == 0 else list(reversed(active))
                for name, argv, threads in order:
                    key = (graph, algo, name)
                    entry = results.setdefault(key, {"times": [], "rss": []})
                    if entry.get("skip") or len(entry["times"]) > r:   # given up on, or this round resumed
                        continue
                    res = run_one(argv, algo, path, directed, weighted, threads, args.timeout,
                                  seed=r + 1 if args.preset == "communities" else None)
                    if res.get("unsupported") or res.get("fingerprint", 0) is None:
                        entry["skip"] = "n/a"; continue
                    if res.get("timeout"):
                        entry["skip"] = f"> {args.timeout:.0f} s"; continue
                    if "error" in res:
                        entry["skip"] = "error: " + res["error"][:60]; continue
                    entry["times"].append(res["median"]); entry["rss"].append(res["peak_rss_mib"]); entry["fingerprint"] = res.get("fingerprint")
                    entry.setdefault("fingerprints", []).append(res.get("fingerprint"))
                    # which sitting measured it (1-based; None for runs saved before bench.py recorded it)
                    entry.setdefault("sittings", [None] * (len(entry["times"]) - 1)).append(len(args.meta["sittings"]))
                    print(f"{graph:16} {algo:12} {name:13} {res['median']:9.4f} s  {res['peak_rss_mib']:7.1f} MiB", flush=True)
                    save_partial(results, args)
    if args.preset in ("large", "sampled", "communities"):
        return results
    # rendering: in-process (graph-bench render-ENGINE) against `dot -K ENGINE -Tsvg` as a subprocess, same DOT text
    for view, flags, engine in [("focused view (PR-04)", ["--focus", "PR-04", "--with-recommendations", "3"], "dot"), ("bundled overview", [], "neato")]:
        dot_path = os.path.join(inputs, f"render-{engine}.gv")
        subprocess.run([tool_bin, "render", "--source", "--output", dot_path] + flags, check=True, capture_output=True)
        for r in range(max(5, args.rounds)):
            # one process renders 5 times: the median is a warm render (the first also creates the Graphviz context)
            cmd_reps = [bench_bin]
            res = run_one(cmd_reps, f"render-{engine}", dot_path, False, False, 1, args.timeout, reps=5)
            results.setdefault(("render", view, "swift in-process"), {"times": [], "rss": []})["times"].append(res["median"])
            results.setdefault(("render", view, "swift first render"), {"times": [], "rss": []})["times"].append(res["times"][0])
            t = time.perf_counter()
            subprocess.run(["dot", f"-K{engine}", "-Tsvg", dot_path], check=True, stdout=subprocess.DEVNULL)
            results.setdefault(("render", view, "dot subprocess"), {"times": [], "rss": []})["times"].append(time.perf_counter() - t)
    # recommend end to end, whole process
    for r in range(max(7, args.rounds)):
        t = time.perf_counter()
        subprocess.run([tool_bin, "recommend", "PR-04", "--top", "5"], check=True, stdout=subprocess.DEVNULL)
        results.setdefault(("dataset", "recommend (whole process)", "swift"), {"times": [], "rss": []})["times"].append(time.perf_counter() - t)
    return results

def missing(results, args):
    """The 'large' preset's (graph, algorithm, library) cells that have fewer runs than rounds and were not given up on."""
    return [(g, a, l) for g, algos in PRESETS["large"].items() for a in algos for l in LARGE_LIBRARIES[g]
            if not results.get((g, a, l), {}).get("skip") and len(results.get((g, a, l), {}).get("times", [])) < args.rounds]

def results_path(args):
    return os.path.join(args.inputs, {"large": "results-large.json", "sampled": "results-sampled.json",
                                      "communities": "results-communities.json"}.get(args.preset, "results.json"))

def save_partial(results, args):
    """After every measurement, so that a long run stopped early keeps what it measured (see --report-only)."""
    if args.meta.get("sittings"):   # a sitting stopped early ends with its last saved measurement
        args.meta["sittings"][-1][1] = time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime())
    tmp = results_path(args) + ".tmp"
    json.dump({"_meta": args.meta, **{"|".join(k): v for k, v in results.items()}}, open(tmp, "w"), indent=1)
    os.replace(tmp, results_path(args))

def sittings(meta):
    """[[start, end], ...] of a run; runs saved before --resume existed had one sitting, started to finished."""
    return meta.get("sittings", [[meta["started"], meta.get("finished")]])

def code_identity():
    """What the figures belong to: git's ids of the measured code (library, CLI, graph-bench, peer.py, manifests).
    A run resumes only on the same identity; uncommitted changes there make it unresumable."""
    paths = ["Sources", "Package.swift", "Benchmarks/Sources", "Benchmarks/Package.swift", "Benchmarks/Scripts/peer.py"]
    trees = subprocess.run(["git", "-C", ROOT, "rev-parse"] + [f"HEAD:{p}" for p in paths], capture_output=True, text=True)
    dirty = subprocess.run(["git", "-C", ROOT, "status", "--porcelain", "--"] + paths, capture_output=True, text=True)
    if trees.returncode != 0 or dirty.returncode != 0:
        return "unknown (not a git checkout)"
    ident = subprocess.run(["git", "-C", ROOT, "hash-object", "--stdin"], input=trees.stdout, capture_output=True, text=True).stdout.strip()
    return ident + (" with uncommitted changes" if dirty.stdout.strip() else "")

def resume_meta(args, versions):
    """The saved run's metadata if it may be continued now, else exit naming what differs."""
    path = results_path(args)
    saved = load_results(path)
    meta = saved.pop(("_meta",), None)
    if meta is None:
        sys.exit(f"bench.py: --resume: no saved run in {path}; start one without --resume")
    problems = []
    if meta.get("preset") != args.preset:
        problems.append(f"it is not a '{args.preset}' run (command: {meta.get('command')})")
    here = code_identity()
    if meta.get("code") != here:
        problems.append(f"the measured code differs (saved: {meta.get('code', 'not recorded')}; now: {here})")
    elif " " in here:   # uncommitted changes, or not a git checkout
        problems.append(f"the measured code cannot be pinned down ({here})")
    if meta.get("versions") != versions:
        problems.append(f"the peers' versions differ (saved: {meta.get('versions')}; now: {versions})")
    if problems:
        sys.exit(f"bench.py: --resume: cannot continue the run in {path}: " + "; ".join(problems)
                 + ". Start a new run without --resume (it replaces the saved one).")
    return meta, saved

def load_results(path):
    if not os.path.exists(path):
        return {}
    return {tuple(k.split("|")): v for k, v in json.load(open(path)).items()}

def fmt(t):
    if t is None: return "–"
    if t < 1e-3: return f"{t * 1e6:.0f} µs"
    if t < 1: return f"{t * 1e3:.1f} ms"
    return f"{t:.2f} s"

def ratio(x, y):
    return f"{x / y:.2f}" if x and y else "–"

def median(entry):
    return statistics.median(entry["times"]) if entry and entry.get("times") else None

def machine():
    cpu = "unknown"
    try:
        for line in open("/proc/cpuinfo"):
            if line.startswith("model name"): cpu = line.split(":", 1)[1].strip(); break
    except OSError: pass
    mem = "unknown"
    try:
        for line in open("/proc/meminfo"):
            if line.startswith("MemTotal"): mem = f"{int(line.split()[1]) / 1024 / 1024:.1f} GiB"; break
    except OSError: pass
    swift = subprocess.run(["swift", "--version"], capture_output=True, text=True).stdout.splitlines()[0] if shutil.which("swift") else "?"
    dot = subprocess.run(["dot", "-V"], capture_output=True, text=True).stderr.strip() if shutil.which("dot") else "?"
    return {"cpu": cpu, "cores": os.cpu_count(), "memory": mem, "os": platform.platform(), "python": platform.python_version(), "swift": swift, "graphviz": dot}

def plot(results, path):
    """A log-log SVG of time against edges for betweenness and PageRank, per library (no plotting library needed)."""
    import math
    edges = {"ba-1k": 4_975, "ba-10k": 49_975, "ba-100k": 499_975, "ba-1m": 4_999_975}
    colours = {"swift 1t": "#0072B2", "swift 2t": "#56B4E9", "igraph": "#D55E00", "networkit 1t": "#009E73",
               "networkit 2t": "#8CD17D", "rustworkx": "#CC79A7", "networkx": "#7F7F7F"}
    panels = []
    for p, algo in enumerate(["betweenness", "pagerank"]):
        series = {}
        for (g, a, lib), entry in results.items():
            if a == algo and g in edges and median(entry):
                series.setdefault(lib, []).append((edges[g], median(entry)))
        panels.append((algo, series))
    W, H, M = 460, 320, 50
    svg = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{2 * W}" height="{H + 40}" font-family="DejaVu Sans, sans-serif" font-size="11">',
           '<rect width="100%" height="100%" fill="white"/>']
    for p, (algo, series) in enumerate(panels):
        pts = [pt for s in series.values() for pt in s]
        if not pts: continue
        x0, x1 = math.log10(min(x for x, _ in pts)) - 0.2, math.log10(max(x for x, _ in pts)) + 0.2
        y0, y1 = math.log10(min(y for _, y in pts)) - 0.3, math.log10(max(y for _, y in pts)) + 0.3
        ox = p * W
        X = lambda x: ox + M + (math.log10(x) - x0) / (x1 - x0) * (W - 2 * M)
        Y = lambda y: H - M + 20 - (math.log10(y) - y0) / (y1 - y0) * (H - 2 * M)
        svg.append(f'<text x="{ox + W / 2}" y="18" text-anchor="middle" font-size="13">{algo} (log–log; seconds against edges)</text>')
        svg.append(f'<line x1="{ox + M}" y1="{H - M + 20}" x2="{ox + W - M}" y2="{H - M + 20}" stroke="black"/>')
        svg.append(f'<line x1="{ox + M}" y1="{M}" x2="{ox + M}" y2="{H - M + 20}" stroke="black"/>')
        for e in range(math.ceil(x0), math.floor(x1) + 1):
            svg.append(f'<text x="{X(10 ** e)}" y="{H - M + 35}" text-anchor="middle">1e{e}</text>')
        for e in range(math.ceil(y0), math.floor(y1) + 1):
            svg.append(f'<text x="{ox + M - 5}" y="{Y(10 ** e) + 4}" text-anchor="end">1e{e}</text>')
            svg.append(f'<line x1="{ox + M}" y1="{Y(10 ** e)}" x2="{ox + W - M}" y2="{Y(10 ** e)}" stroke="#DDDDDD"/>')
        for i, (lib, s) in enumerate(sorted(series.items())):
            s.sort()
            c = colours.get(lib, "black")
            svg.append(f'<polyline fill="none" stroke="{c}" stroke-width="2" points="{" ".join(f"{X(x):.1f},{Y(y):.1f}" for x, y in s)}"/>')
            for x, y in s: svg.append(f'<circle cx="{X(x):.1f}" cy="{Y(y):.1f}" r="3" fill="{c}"/>')
            svg.append(f'<text x="{ox + M + 8}" y="{M + 12 + 13 * i}" fill="{c}">{lib}</text>')
    svg.append("</svg>")
    os.makedirs(os.path.dirname(path), exist_ok=True)
    open(path, "w").write("\n".join(svg) + "\n")

def report(results, versions, command, started, finished):
    libs = ["swift 1t", "swift 2t", "igraph", "networkit 1t", "networkit 2t", "rustworkx", "networkx"]
    lines = ["| graph | algorithm | " + " | ".join(libs) + " | swift 1t / igraph | swift 2t / igraph | swift 2t / networkit 2t | peak RSS swift / igraph (MiB) |",
             "|---|---|" + "---|" * (len(libs) + 4)]
    keys = []
    for (g, a, _) in results:
        if g != "render" and g != "dataset" and (g, a) not in keys: keys.append((g, a))
    for g, a in keys:
        cells = []
        for lib in libs:
            e = results.get((g, a, lib))
            cells.append(e["skip"] if e and e.get("skip") and not e.get("times") else fmt(median(e)))
        s1, s2, ig, nk2 = (median(results.get((g, a, l))) for l in ["swift 1t", "swift 2t", "igraph", "networkit 2t"])
        rss = lambda l: max(results[(g, a, l)]["rss"]) if results.get((g, a, l)) and results[(g, a, l)]["rss"] else None
        rs, ri = rss("swift 1t"), rss("igraph")
        lines.append(f"| {g} | {a} | " + " | ".join(cells) + f" | {ratio(s1, ig)} | {ratio(s2, ig)} | {ratio(s2, nk2)} | {rs:.0f} / {ri:.0f} |" if rs and ri else f"| {g} | {a} | " + " | ".join(cells) + f" | {ratio(s1, ig)} | {ratio(s2, ig)} | {ratio(s2, nk2)} | – |")
    render = ["| view | in-process, warm (median) | in-process, first render of a process | `dot` subprocess (median) | warm / subprocess |", "|---|---|---|---|---|"]
    for view in ["focused view (PR-04)", "bundled overview"]:
        a, b = median(results.get(("render", view, "swift in-process"))), median(results.get(("render", view, "dot subprocess")))
        c = median(results.get(("render", view, "swift first render")))
        render.append(f"| {view} | {fmt(a)} | {fmt(c)} | {fmt(b)} | {ratio(a, b)} |")
    rec = median(results.get(("dataset", "recommend (whole process)", "swift")))
    m = machine()
    out = [f"Measured {started} – {finished} by `{command}`.", "",
           f"Machine: {m['cpu']}, {m['cores']} cores, {m['memory']}; {m['os']}; {m['swift']}; Python {m['python']}; {m['graphviz']}.",
           f"Peers: NetworkX {versions.get('networkx')}, igraph {versions.get('igraph')}, NetworKit {versions.get('networkit')}, rustworkx {versions.get('rustworkx')} (venv from PyPI); `OMP_WAIT_POLICY=passive`.", "",
           "Each cell: median over the rounds of one timed run per process (libraries alternate round by round); times exclude",
           "loading except in the `load` rows; PageRank at matched accuracy (tolerance 1e-12, igraph exact). `–`: not run (NetworkX",
           "beyond its size limit, 2-thread variants of `load`); `n/a`: the library has no such algorithm.", "",
           *lines, "", "### Rendering (SVG)", "", *render, "",
           f"### `graph-tool recommend PR-04 --top 5`, whole process: median **{fmt(rec)}**", "",
           "![time against graph size](images/performance.svg)", ""]
    return "\n".join(out)

# the ratios the large block reports, numerator / denominator, for its medians and for each round
LARGE_RATIOS = [("swift 1t", "igraph"), ("swift 2t", "igraph"), ("swift 2t", "networkit 2t"), ("networkx", "swift 1t"),
                ("networkx", "swift 2t")]

def report_large(results, meta):
    """The 'large' preset's block: one row per (graph, algorithm), the rounds each cell is a median of, and ratios."""
    libs = ["swift 1t", "swift 2t", "igraph", "networkit 2t", "networkx"]
    def cell(e):
        if not e or not e.get("times"): return e.get("skip", "–") if e else "–"
        return f"{fmt(median(e))} ({len(e['times'])})"
    lines = ["| graph | algorithm | " + " | ".join(libs) + "".join(f" | {x} / {y}" for x, y in LARGE_RATIOS)
             + " | peak RSS swift 1t / igraph (MiB) |",
             "|---|---|" + "---|" * (len(libs) + len(LARGE_RATIOS) + 1)]
    cells = sorted({(k[0], k[1]) for k in results}, key=lambda k: GRAPHS[k[0]][0])   # (graph, algorithm), by size
    for g, a in cells:
        med = {l: median(results.get((g, a, l))) for l in libs}
        rss = lambda l: f"{max(results[(g, a, l)]['rss']):.0f}" if results.get((g, a, l), {}).get("rss") else "–"
        lines.append(f"| {g} | {a} | " + " | ".join(cell(results.get((g, a, l))) for l in libs)
                     + "".join(f" | {ratio(med[x], med[y])}" for x, y in LARGE_RATIOS) + f" | {rss('swift 1t')} / {rss('igraph')} |")
    v = meta["versions"]
    spans = sittings(meta)
    by_round = []
    for g, a in cells:
        names = [l for l in LARGE_LIBRARIES[g] if results.get((g, a, l), {}).get("times")]
        if not names: continue
        runs = {l: results[(g, a, l)] for l in names}
        pairs = [(x, y) for x, y in LARGE_RATIOS if x in names and y in names]
        by_round += [f"{g}, {a}:", "",
                     "| round | " + " | ".join(names) + "".join(f" | {x} / {y}" for x, y in pairs) + " |",
                     "|---|" + "---|" * (len(names) + len(pairs))]
        for r in range(max(len(e["times"]) for e in runs.values())):
            t = {l: e["times"][r] if r < len(e["times"]) else None for l, e in runs.items()}
            at = lambda l: f" ({runs[l]['sittings'][r]})" if r < len(runs[l].get("sittings", [])) and runs[l]["sittings"][r] else ""
            by_round.append(f"| {r + 1} | " + " | ".join(f"{fmt(t[l])}{at(l)}" if t[l] else "–" for l in names)
                            + "".join(f" | {t[x] / t[y]:.{3 if t[x] < t[y] else 1}f}" if t[x] and t[y] else " | –" for x, y in pairs) + " |")
        by_round.append("")
    when = ", ".join(f"{a} – {b or '?'}" for a, b in spans)
    state = "finished" if meta.get("finished") else "stopped early"
    resumed = f", continued with `--resume` ({len(spans)} sittings, same code {meta['code'][:12]})" if len(spans) > 1 else ""
    return "\n".join([f"Measured {when} ({state}) by `{meta['command']}`{resumed}, on the machine above.",
                      f"Peers: NetworkX {v.get('networkx')}, igraph {v.get('igraph')}, NetworKit {v.get('networkit')}; `OMP_WAIT_POLICY=passive`.", "",
                      "Each cell: median time (number of runs it is the median of, one run per process); libraries alternate round",
                      "by round; `–`: not run.", "", *lines, "",
                      "The runs, one row per round (round 2 runs the libraries in reverse order): each run's time with the sitting",
                      "that measured it in brackets (where recorded), and the ratios within the round.", "", *by_round])

def report_sampled(results, meta):
    """The 'sampled' preset's block: full-run times estimated from K sources, checked against full runs on BA 10^4."""
    libs = SAMPLED_LIBRARIES
    pairs = [("swift 1t", "igraph"), ("swift 2t", "igraph"), ("swift 1t", "networkit 1t"), ("swift 2t", "networkit 2t")]
    def sample(a):   # "betweenness/1000" -> 1000 sources; a full run -> None
        return int(a.split("/")[1]) if "/" in a else None
    def estimate(g, a, lib):
        t = median(results.get((g, a, lib)))
        return t * GRAPHS[g][0] / sample(a) if t is not None and sample(a) else t
    def runs(g, a, lib):
        e = results.get((g, a, lib))
        return len(e["times"]) if e and e.get("times") else 0
    lines = ["| graph | measurement | " + " | ".join(libs) + " | " + " | ".join(f"{x} / {y}" for x, y in pairs) + " |",
             "|---|---|" + "---|" * (len(libs) + len(pairs))]
    for g in sorted({k[0] for k in results}, key=lambda g: GRAPHS[g][0]):
        n, algos = GRAPHS[g][0], sorted({k[1] for k in results if k[0] == g})
        for a in algos:
            what = f"full run, estimated: {sample(a)} sources × {n // sample(a)}" if sample(a) else "full run, measured"
            cells = [f"{fmt(estimate(g, a, l))} ({runs(g, a, l)})" if runs(g, a, l) else "–" for l in libs]
            lines.append(f"| {g} | {what} | " + " | ".join(cells) + " | "
                         + " | ".join(ratio(estimate(g, a, x), estimate(g, a, y)) for x, y in pairs) + " |")
        sampled = [a for a in algos if sample(a)]
        if "betweenness" in algos and sampled:
            cells = [ratio(estimate(g, sampled[0], l), median(results.get((g, "betweenness", l)))) for l in libs]
            lines.append(f"| {g} | estimate / measured | " + " | ".join(cells) + " |" + " |" * len(pairs))
    v = meta["versions"]
    return "\n".join([f"Measured {meta['started']} – {meta.get('finished', 'stopped early')} by `{meta['command']}`, on the machine above.",
                      f"Peers: igraph {v.get('igraph')}, NetworKit {v.get('networkit')}; `OMP_WAIT_POLICY=passive`.", "",
                      "Each cell: median time (number of runs), libraries alternating round by round. Estimated rows: the time of the",
                      f"exact computation from {SAMPLED_SOURCES:,} evenly spaced sources (the nodes labelled i·n/{SAMPLED_SOURCES:,}) times n/{SAMPLED_SOURCES:,}; igraph runs the",
                      "same sources (`betweenness(sources=…)`, the same sums to rounding); NetworKit, which has no exact betweenness",
                      "from given sources, runs EstimateBetweenness with as many sampled sources (the same search and dependency pass",
                      "per source, dependencies scaled by distance). `estimate / measured` checks the method where full runs fit.", "",
                      *lines, ""])

def report_communities(results, meta):
    """The 'communities' preset's block: median time and mean modularity over the rounds (one seed per round)."""
    libs = COMMUNITY_LIBRARIES
    def q(e):
        qs = [f["modularity"] for f in (e or {}).get("fingerprints", []) if f]
        return (sum(qs) / len(qs), min(qs), max(qs)) if qs else None
    lines = ["| graph | algorithm | " + " | ".join(libs) + " | swift / networkit 1t | swift / networkit 2t | swift / leidenalg | swift / igraph | modularity swift − best peer |",
             "|---|---|" + "---|" * (len(libs) + 5)]
    for g, algos in PRESETS["communities"].items():
        for a in algos:
            cells, best = [], None
            for lib in libs:
                e = results.get((g, a, lib))
                if not e or (e.get("skip") and not e.get("times")):
                    cells.append(e["skip"] if e else "–"); continue
                mq = q(e)
                cells.append(f"{fmt(median(e))} (Q {mq[0]:.4f})" if mq else fmt(median(e)))
                if lib != "swift 1t" and mq and (best is None or mq[0] > best[1]): best = (lib, mq[0])
            s1 = median(results.get((g, a, "swift 1t")))
            ours = q(results.get((g, a, "swift 1t")))
            gap = f"{ours[0] - best[1]:+.4f} ({best[0]})" if ours and best else "–"
            lines.append(f"| {g} | {a} | " + " | ".join(cells) + " | " + " | ".join(
                ratio(s1, median(results.get((g, a, p)))) for p in ["networkit 1t", "networkit 2t", "leidenalg", "igraph"]) + f" | {gap} |")
    v = meta["versions"]
    out = [f"Measured {meta['started']} – {meta.get('finished', '(not finished)')} by `{meta['command']}`, on the machine above.", "",
           f"Peers: NetworKit {v.get('networkit')} (PLM without refinement for Louvain, ParallelLeiden), igraph {v.get('igraph')} "
           f"(`community_multilevel`, `community_leiden` with modularity), leidenalg {v.get('leidenalg')} (`find_partition`, "
           "ModularityVertexPartition, its defaults); ours single-threaded.", "",
           "Each cell: median time over the rounds (loading excluded) and, in brackets, the mean modularity Q over them;",
           "round r runs every library with seed r + 1, so Q is a mean over seeds. `n/a`: the library has no such algorithm.", "",
           *lines, ""]
    return "\n".join(out)

def write_block(path, name, text):
    begin, end = f"<!-- BEGIN GENERATED: {name} -->", f"<!-- END GENERATED: {name} -->"
    doc = open(path).read() if os.path.exists(path) else "# Performance\n\n"
    if begin not in doc:
        doc += f"\n{begin}\n{end}\n"
    head, rest = doc.split(begin); _, tail = rest.split(end)
    tmp = path + ".tmp"
    open(tmp, "w").write(head + begin + "\n" + text + "\n" + end + tail)
    os.replace(tmp, path)

def write_outputs(args, results, meta):
    """Plot (standard and large results together) and the preset's block of the output file."""
    both = load_results(os.path.join(args.inputs, "results.json"))
    both.update(load_results(os.path.join(args.inputs, "results-large.json")))
    both.pop(("_meta",), None)
    # the plot draws the standard and large runs; another preset's run (or a machine without them) leaves it alone
    if args.preset in ("quick", "standard", "large") and both:
        plot(both, os.path.join(os.path.dirname(args.out), "images", "performance.svg"))
    if args.preset == "large":
        text = report_large(results, meta); write_block(args.out, "benchmark-large", text)
    elif args.preset == "sampled":
        text = report_sampled(results, meta); write_block(args.out, "benchmark-sampled", text)
    elif args.preset == "communities":
        text = report_communities(results, meta); write_block(args.out, "benchmark-communities", text)
    else:
        text = report(results, meta["versions"], meta["command"], meta["started"], meta["finished"]); write_block(args.out, "benchmark", text)
    print(text)

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--preset", choices=PRESETS, default="standard")
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--timeout", type=float, help="seconds per measurement (default 600; no practical limit for large)")
    ap.add_argument("--inputs", default=os.path.join(BENCH, ".inputs"))
    ap.add_argument("--out", default=os.path.join(ROOT, "docs", "performance.md"))
    ap.add_argument("--report-only", action="store_true",
                    help="write the tables and the plot from the saved results of an earlier (possibly stopped) run")
    ap.add_argument("--resume", action="store_true",
                    help="go on with the saved run of this preset (same code and peer versions), measuring only what it lacks")
    ap.add_argument("--only", choices=list(PRESETS["large"]),
                    help="with --resume: measure only this graph's missing runs in this sitting (the others wait for a later one)")
    ap.add_argument("--make-inputs", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.make_inputs:
        make_inputs(args.make_inputs); return
    if args.timeout is None:
        args.timeout = 7 * 24 * 3600.0 if args.preset == "large" else 600.0
    if args.resume and args.preset != "large":
        sys.exit("bench.py: --resume is for the 'large' preset, whose full run spans sittings; rerun the others whole")
    if args.only and not args.resume:
        sys.exit("bench.py: --only goes with --resume: it picks what one sitting of a saved 'large' run measures")
    if args.report_only:
        results = load_results(results_path(args))
        meta = results.pop(("_meta",), None)
        if not results or meta is None:
            sys.exit(f"bench.py: no saved results in {results_path(args)}; run the preset first")
        write_outputs(args, results, meta); return
    python, versions = ensure_venv()
    now = time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime())
    if args.resume:
        args.meta, results = resume_meta(args, versions)
        args.meta["sittings"] = sittings(args.meta) + [[now, None]]
        args.meta.pop("finished", None)
    else:
        args.meta = {"command": "python3 Benchmarks/Scripts/bench.py " + " ".join(sys.argv[1:]), "versions": versions,
                     "preset": args.preset, "code": code_identity(), "started": now, "sittings": [[now, None]],
                     # the hosts this machine runs on differ (AMD EPYC, Intel Xeon), and memory-bound work (loading)
                     # shifts against the peers between them: the commands block names the processor
                     "cpu": "{cpu}, {cores} cores".format(**machine())}
        results = {}
    # in a child process: Linux keeps a process's peak RSS across fork and exec, so a big driver would inflate every
    # measurement's peak (the measurements read VmHWM, which exec resets, but keep the driver small anyway)
    subprocess.run([sys.executable, __file__, "--make-inputs", args.inputs], check=True)
    bench_bin, tool_bin = build()
    if args.preset == "commands":
        results = measure_commands(args, python, bench_bin, tool_bin, args.inputs)
        args.meta["finished"] = time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime())
        text = report_commands(results, args.meta); write_block(args.out, "benchmark-commands", text); print(text)
        return
    results = measure(args, python, bench_bin, tool_bin, args.inputs, results)
    if args.preset != "large" or not missing(results, args):   # e.g. a sitting run with --only that left the other graph
        args.meta["finished"] = time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime())
    save_partial(results, args)   # also ends the current sitting
    write_outputs(args, results, args.meta)

if __name__ == "__main__":
    main()
