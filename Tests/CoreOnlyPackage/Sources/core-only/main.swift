// Builds a five-node graph in code, snapshots it and prints each node's PageRank and betweenness, highest PageRank
// first (ties by ID): what a library user who depends on GraphCore alone can do.
import Foundation
import GraphCore

var graph = KnowledgeGraph(isDirected: false)
let provenance = Provenance(evidence: .context, citations: [])
for id in ["hub", "a", "b", "c", "d"] {
    try graph.add(Node(id: NodeID(id), kind: .generic, label: id, provenance: provenance))
}
for (u, v) in [("hub", "a"), ("hub", "b"), ("hub", "c"), ("c", "d")] {
    try graph.add(Edge(source: NodeID(u), relation: .linked, target: NodeID(v), provenance: provenance))
}
let snapshot = graph.snapshot()
let pagerank = try snapshot.graph.pageRank()
let betweenness = try snapshot.graph.betweennessCentrality()
let order = (0..<snapshot.graph.nodeCount).sorted {
    pagerank[$0] != pagerank[$1] ? pagerank[$0] > pagerank[$1] : snapshot.ids[$0] < snapshot.ids[$1]
}
for i in order {
    print(snapshot.ids[i].rawValue, String(format: "%.6f", pagerank[i]), String(format: "%.6f", betweenness[i]))
}
