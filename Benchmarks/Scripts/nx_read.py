"""NetworkX reading a GraphML or GEXF file, timed as a process by bench.py's commands preset beside
`graph-tool info --input` on the same file: read_graphml / read_gexf, then the node and edge counts."""
import sys

import networkx as nx

fmt, path = sys.argv[1], sys.argv[2]
if fmt == "graphml":
    g = nx.read_graphml(path)
elif fmt == "gexf":
    g = nx.read_gexf(path)
else:
    sys.exit(f"nx_read.py: unknown format {fmt}")
print(g.number_of_nodes(), g.number_of_edges())
