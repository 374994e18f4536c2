import GraphCore
/// Writes a plain edge list: `u v` per edge, or `u v w` when any edge has a weight, after a `#` comment line saying
/// what the graph is; and its comma-separated variant (``writeCSV(_:)``): `u,v[,w]` per RFC 4180 with no header and
/// no comment, which spreadsheets and CSV importers read as it is. Edge lists hold only node names, edges and weights;
/// both writers say what the graph had beyond that, so callers can tell the user. A name with white space, `#` or `"`
/// is written in double quotes (a quote inside doubled), as ``EdgeListReader`` reads it back; NetworkX's
/// `read_edgelist`, which splits on white space, needs names without spaces (or GraphML).
public enum EdgeListWriter {
    /// The edge list of `graph`, with what it could not hold.
    /// - Throws: ``GraphWriteError`` for a graph an edge list cannot hold at all: an empty name, a name with a line
    ///   break, or no edges.
    public static func write(_ graph: KnowledgeGraph) throws(GraphWriteError) -> WrittenGraph {
        try check(graph, .edgeList)
        let weighted = graph.edges.contains { $0.weight != nil }
        var out = header(nodes: graph.nodeCount, edges: graph.edgeCount, directed: graph.isDirected, weighted: weighted)
        for edge in graph.edges {
            out += "\(name(edge.source.rawValue)) \(name(edge.target.rawValue))"
            if weighted { out += " \(weight(edge))" }
            out += "\n"
        }
        return WrittenGraph(text: out, notKept: notKept(graph))
    }

    /// The comment line that says what the graph is.
    static func header(nodes: Int, edges: Int, directed: Bool, weighted: Bool) -> String {
        "# \(nodes) nodes, \(edges) edges, \(directed ? "directed" : "undirected")\(weighted ? ", weighted" : "")\n"
    }

    /// A node name as the edge list holds it: in double quotes (a quote inside doubled) when it has white space, `#`
    /// or `"`.
    static func name(_ s: String) -> String {
        s.contains(where: { $0.isWhitespace || $0 == "#" || $0 == "\"" }) ? "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : s
    }

    /// Whether a name cannot be written to an edge list at all (see ``write(_:)``).
    static func isUnwritable(_ name: String) -> Bool { name.isEmpty || name.contains(where: \.isNewline) }

    /// The comma-separated edge list of `graph`: `u,v` or `u,v,w` per line, no header.
    /// - Throws: ``GraphWriteError`` as ``write(_:)``.
    public static func writeCSV(_ graph: KnowledgeGraph) throws(GraphWriteError) -> WrittenGraph {
        try check(graph, .edgeListCSV)
        let weighted = graph.edges.contains { $0.weight != nil }
        var out = ""
        for edge in graph.edges {
            out += CSV.line([edge.source.rawValue, edge.target.rawValue] + (weighted ? [weight(edge)] : []))
        }
        var notKept = notKept(graph)
        notKept.append(directionNote(directed: graph.isDirected))
        return WrittenGraph(text: out, notKept: notKept)
    }

    /// What a comma-separated edge list, which has no comment line, does not say.
    static func directionNote(directed: Bool) -> String {
        "whether the graph is \(directed ? "directed" : "undirected") (read it with\(directed ? "" : "out") --directed)"
    }

    /// The note for nodes no edge touches, which an edge list cannot hold, or nil.
    static func isolatedNote(_ count: Int) -> String? { count > 0 ? "\(count) isolated node(s)" : nil }

    private static func weight(_ edge: Edge) -> String {
        edge.weight.map { KnowledgeAttributes.weightValue(edge).map(GraphMLWriter.text) ?? "\($0)" } ?? "1.0"
    }

    private static func check(_ graph: KnowledgeGraph, _ format: GraphFileFormat) throws(GraphWriteError) {
        let bad = graph.nodes.map(\.id.rawValue).filter(isUnwritable)
        guard bad.isEmpty else {
            throw GraphWriteError(format: format, problems: ["empty node names and names with line breaks cannot be written to an edge list (\(bad.prefix(5).map(\.debugDescription).joined(separator: ", "))\(bad.count > 5 ? ", …" : "")); use GraphML, GEXF or node-link JSON"])
        }
        guard !graph.edges.isEmpty else {
            throw GraphWriteError(format: format, problems: ["a graph without edges cannot be written as an edge list (it would hold nothing); use GraphML, GEXF or node-link JSON"])
        }
    }

    private static func notKept(_ graph: KnowledgeGraph) -> [String] {
        var touched = Set<NodeID>()
        for edge in graph.edges { touched.insert(edge.source); touched.insert(edge.target) }
        var notKept: [String] = []
        let isolated = graph.nodes.filter { !touched.contains($0.id) }.count
        if let note = isolatedNote(isolated) { notKept.append(note) }
        let typed = graph.nodes.filter { $0.kind != .generic || !$0.attributes.isEmpty || $0.label != $0.id.rawValue }.count
        if typed > 0 { notKept.append("kinds, labels, provenance or attributes of \(typed) node(s)") }
        let rich = graph.edges.filter { $0.relation != .linked || !$0.attributes.isEmpty || $0.key != nil }.count
        if rich > 0 { notKept.append("relations, provenance, keys or attributes of \(rich) edge(s)") }
        if graph.title != nil || !graph.attributes.isEmpty || !graph.sourceKeys.isEmpty { notKept.append("the graph's title, attributes and bibliography") }
        return notKept
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
            let u = self.graph.source(ofEdge: e), v = self.graph.target(ofEdge: e)
            let s = ids[u], t = ids[v]
            var edge = Edge(source: s, relation: .linked, target: t, provenance: .unspecified,
                            weight: self.graph.hasWeights ? self.graph.weight(ofEdge: e) : nil)
            // a parallel edge gets the next free key of its pair, as a multigraph's edges are told apart
            if !graph.add(edge, source: u, target: v) {
                let pair = "\(s)\u{1}\(t)"
                seen[pair, default: 0] += 1
                edge.key = String(seen[pair]!)
                try! graph.add(edge)
            }
        }
        return graph
    }
}
