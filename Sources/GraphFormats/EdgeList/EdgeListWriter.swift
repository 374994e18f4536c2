import GraphCore
/// Writes a plain edge list: `u v` per edge, or `u v w` when any edge has a weight. Edge lists hold only node names,
/// edges and weights; ``write(_:)`` says what the graph had beyond that, so callers can tell the user.
public enum EdgeListWriter {
    /// The edge list of `graph`, with what it could not hold.
    /// - Throws: ``GraphWriteError`` for a graph an edge list cannot hold at all: names with white space or `#`, or
    ///   no edges.
    public static func write(_ graph: KnowledgeGraph) throws(GraphWriteError) -> WrittenGraph {
        let bad = graph.nodes.map(\.id.rawValue).filter { $0.contains(where: { $0.isWhitespace || $0 == "#" }) || $0.isEmpty }
        guard bad.isEmpty else {
            throw GraphWriteError(format: .edgeList, problems: ["node names with white space or '#' cannot be written to an edge list (\(bad.prefix(5).joined(separator: ", "))\(bad.count > 5 ? ", …" : "")); use GraphML, GEXF or node-link JSON"])
        }
        guard !graph.edges.isEmpty else {
            throw GraphWriteError(format: .edgeList, problems: ["a graph without edges cannot be written as an edge list (it would hold nothing); use GraphML, GEXF or node-link JSON"])
        }
        let weighted = graph.edges.contains { $0.weight != nil }
        var out = "# \(graph.nodeCount) nodes, \(graph.edgeCount) edges, \(graph.isDirected ? "directed" : "undirected")\(weighted ? ", weighted" : "")\n"
        var touched = Set<NodeID>()
        for edge in graph.edges {
            out += "\(edge.source.rawValue) \(edge.target.rawValue)"
            if weighted { out += " \(edge.weight.map { "\($0)" } ?? "1.0")" }
            out += "\n"
            touched.insert(edge.source); touched.insert(edge.target)
        }
        var notKept: [String] = []
        let isolated = graph.nodes.filter { !touched.contains($0.id) }.count
        if isolated > 0 { notKept.append("\(isolated) isolated node(s)") }
        let typed = graph.nodes.filter { $0.kind != .generic || !$0.attributes.isEmpty || $0.label != $0.id.rawValue }.count
        if typed > 0 { notKept.append("kinds, labels, provenance or attributes of \(typed) node(s)") }
        let rich = graph.edges.filter { $0.relation != .linked || !$0.attributes.isEmpty || $0.key != nil }.count
        if rich > 0 { notKept.append("relations, provenance, keys or attributes of \(rich) edge(s)") }
        if graph.title != nil || !graph.attributes.isEmpty || !graph.sourceKeys.isEmpty { notKept.append("the graph's title, attributes and bibliography") }
        return WrittenGraph(text: out, notKept: notKept)
    }
}

extension GraphSnapshot {
    /// The snapshot as a generic knowledge graph: nodes of kind `generic` labelled with their names, `linked` edges
    /// with their weights (parallel edges get keys), no provenance. For exporting edge lists to other formats.
    public func knowledgeGraph() -> KnowledgeGraph {
        var graph = KnowledgeGraph(isDirected: self.graph.isDirected)
        for (i, id) in ids.enumerated() {
            try! graph.add(Node(id: id, kind: kinds[i], label: labels[i], provenance: .unspecified))
        }
        var seen: [String: Int] = [:]
        for e in 0..<self.graph.edgeCount {
            let s = ids[self.graph.source(ofEdge: e)], t = ids[self.graph.target(ofEdge: e)]
            var edge = Edge(source: s, relation: .linked, target: t, provenance: .unspecified,
                            weight: self.graph.hasWeights ? self.graph.weight(ofEdge: e) : nil)
            if graph.containsEdge(s, .linked, t) {
                let pair = "\(s)\u{1}\(t)"
                seen[pair, default: 0] += 1
                edge.key = String(seen[pair]!)
            }
            try! graph.add(edge)
        }
        return graph
    }
}
