"""NetworkX's whole route from an edge list to another format, timed as a process by bench.py's commands preset:
read_edgelist (nodes as strings, as graph-tool reads them) and write_graphml / write_gexf / node_link_data + json."""
import json
import sys

import networkx as nx

path, fmt, out = sys.argv[1], sys.argv[2], sys.argv[3]
g = nx.read_edgelist(path, comments="#")
if fmt == "graphml":
    nx.write_graphml(g, out)
elif fmt == "gexf":
    nx.write_gexf(g, out)
elif fmt == "node-link":
    with open(out, "w") as f:
        json.dump(nx.node_link_data(g, edges="edges"), f)
else:
    sys.exit(f"nx_export.py: unknown format {fmt}")
