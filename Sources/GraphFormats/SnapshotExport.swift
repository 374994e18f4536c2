import GraphCore

/// Exports of a graph that holds nothing but names, edges and weights (what an edge list reads into), written from
/// its ``/GraphCore/GraphSnapshot`` directly: byte for byte the text and notes of
/// `GraphIO.write(snapshot.knowledgeGraph(), as: format, …)`, without first building a model node per name and an
/// edge record per edge with the set of their keys, which on a 1M-edge list is most of an export's time and memory.
///
/// Each name is escaped once for the format, not once per edge that mentions it. Where the model's writer would
/// refuse the graph, add keys or say something the snapshot cannot (typed nodes, labels that differ from the names,
/// parallel edges, a name the format cannot carry exactly), ``write(_:as:gexfVersion:nodeLinkEdges:)`` returns nil
/// and the caller takes the model's path, which refuses or writes it as before. `SnapshotExportTests` compares the
/// two paths on graphs built to reach every branch.
package enum SnapshotExport {
    /// The export of `snapshot` in `format`, or nil when only the model's writer can write it (see the type).
    package static func write(_ snapshot: GraphSnapshot, as format: GraphFileFormat, gexfVersion: GEXFWriter.Version = .v1_3,
                              nodeLinkEdges: NodeLinkWriter.EdgesKey = .edges) -> WrittenGraph? {
        guard isPlain(snapshot) else { return nil }
        switch format {
        case .graphml: return graphML(snapshot)
        case .gexf: return gexf(snapshot, version: gexfVersion)
        case .nodeLink: return nodeLink(snapshot, edgesKey: nodeLinkEdges)
        case .dot: return dot(snapshot)
        case .edgeList, .edgeListCSV: return edgeList(snapshot, csv: format == .edgeListCSV)
        case .dataset, .cypher, .tables, .neo4j: return nil
        }
    }

    /// Whether the model of `snapshot` holds nothing the snapshot does not: generic nodes labelled with their names,
    /// and no parallel edges (to which the model gives keys).
    static func isPlain(_ snapshot: GraphSnapshot) -> Bool {
        snapshot.kinds.allSatisfy { $0 == .generic }
            && zip(snapshot.ids, snapshot.labels).allSatisfy { $0.rawValue == $1 }
            && !snapshot.graph.hasParallelEdges
    }

    /// Each name escaped by `escape`, or nil as soon as one cannot be written.
    private static func names(_ snapshot: GraphSnapshot, _ escape: (String) -> String?) -> [String]? {
        var out: [String] = []
        out.reserveCapacity(snapshot.ids.count)
        for id in snapshot.ids {
            guard let escaped = escape(id.rawValue) else { return nil }
            out.append(escaped)
        }
        return out
    }

    /// A name as XML text (GraphML, GEXF), or nil for one holding a character XML 1.0 cannot carry, which the
    /// model's writers refuse.
    private static func xmlEscaped(_ name: String) -> String? { TextAudit.xmlReason(name) == nil ? XMLText.escaped(name) : nil }

    /// The edges in the snapshot's (the file's) order, as positions of their ends.
    private static func forEachEdge(_ snapshot: GraphSnapshot, _ body: (_ edge: Int, _ source: Int, _ target: Int) -> Void) {
        let g = snapshot.graph
        for e in 0..<g.edgeCount { body(e, g.source(ofEdge: e), g.target(ofEdge: e)) }
    }

    // MARK: - Formats

    private static func graphML(_ snapshot: GraphSnapshot) -> WrittenGraph? {
        guard let names = names(snapshot, xmlEscaped) else { return nil }
        let g = snapshot.graph
        var out = TextBuffer(capacity: 64 * g.edgeCount + 32 * g.nodeCount + 1024)
        out.append(GraphMLWriter.prolog)
        let weighted = g.hasWeights && g.edgeCount > 0
        if weighted { out.append("  <key id=\"d0\" for=\"edge\" attr.name=\"weight\" attr.type=\"double\"/>\n") }
        out.append("  <graph edgedefault=\"\(g.isDirected ? "directed" : "undirected")\">\n")
        for name in names { out.append("    <node id=\""); out.append(name); out.append("\"/>\n") }
        forEachEdge(snapshot) { e, u, v in
            out.append("    <edge source=\""); out.append(names[u])
            out.append("\" target=\""); out.append(names[v])
            if weighted {
                out.append("\">\n      <data key=\"d0\">"); out.append(number: g.weight(ofEdge: e)); out.append("</data>\n    </edge>\n")
            } else {
                out.append("\"/>\n")
            }
        }
        out.append("  </graph>\n</graphml>\n")
        let note = GraphMLWriter.schemaNote(ids: snapshot.ids.lazy.map(\.rawValue))
        return WrittenGraph(data: out.takeData(), notKept: note.map { [$0] } ?? [])
    }

    private static func gexf(_ snapshot: GraphSnapshot, version: GEXFWriter.Version) -> WrittenGraph? {
        guard let names = names(snapshot, xmlEscaped) else { return nil }
        let g = snapshot.graph
        var out = TextBuffer(capacity: 72 * g.edgeCount + 64 * g.nodeCount + 1024)
        out.append(GEXFWriter.head(version))
        out.append("  </meta>\n")
        out.append("  <graph defaultedgetype=\"\(g.isDirected ? "directed" : "undirected")\" mode=\"static\">\n")
        out.append("    <nodes>\n")
        for name in names {
            out.append("      <node id=\""); out.append(name); out.append("\" label=\""); out.append(name); out.append("\">\n      </node>\n")
        }
        out.append("    </nodes>\n    <edges>\n")
        forEachEdge(snapshot) { e, u, v in
            // the edges' ids are their positions: the model's edges have no `id` attributes
            out.append("      <edge id=\""); out.append(number: e)
            out.append("\" source=\""); out.append(names[u])
            out.append("\" target=\""); out.append(names[v])
            if g.hasWeights { out.append("\" weight=\""); out.append(number: g.weight(ofEdge: e)) }
            out.append("\"/>\n")
        }
        out.append("    </edges>\n  </graph>\n</gexf>\n")
        return WrittenGraph(data: out.takeData())
    }

    private static func nodeLink(_ snapshot: GraphSnapshot, edgesKey: NodeLinkWriter.EdgesKey) -> WrittenGraph? {
        guard let names = names(snapshot, { KnowledgeAttributes.jsonString($0) }) else { return nil }
        let g = snapshot.graph
        var out = TextBuffer(capacity: 56 * g.edgeCount + 24 * g.nodeCount + 1024)
        out.append("{\n  \"directed\": \(g.isDirected),\n  \"multigraph\": false,\n  \"graph\": {},\n  \"nodes\": [")
        if names.isEmpty { out.append("],\n") } else {
            for (i, name) in names.enumerated() {
                out.append(i == 0 ? "\n    {\"id\": " : ",\n    {\"id\": "); out.append(name); out.append("}")
            }
            out.append("\n  ],\n")
        }
        out.append("  "); out.append(KnowledgeAttributes.jsonString(edgesKey.rawValue)); out.append(": [")
        if g.edgeCount == 0 { out.append("]\n") } else {
            forEachEdge(snapshot) { e, u, v in
                out.append(e == 0 ? "\n    {\"source\": " : ",\n    {\"source\": "); out.append(names[u])
                out.append(", \"target\": "); out.append(names[v])
                if g.hasWeights { out.append(", \"weight\": "); out.append(NodeLinkWriter.number(g.weight(ofEdge: e))) }
                out.append("}")
            }
            out.append("\n  ]\n")
        }
        out.append("}\n")
        return WrittenGraph(data: out.takeData(), notKept: [])
    }

    private static func dot(_ snapshot: GraphSnapshot) -> WrittenGraph? {
        // names the model's exporter refuses: no exact DOT form, Graphviz's anonymous '%' names, the label `\N`
        guard let names = names(snapshot, { $0.hasPrefix("%") || $0 == "\\N" ? nil : DOTWriter.exactQuoted($0) }) else { return nil }
        let g = snapshot.graph
        var out = TextBuffer(capacity: 40 * g.edgeCount + 16 * g.nodeCount + 1024)
        // no parallel edges (``isPlain``), so strict, as the model's exporter writes such a graph
        out.append(g.isDirected ? "strict digraph {\n" : "strict graph {\n")
        out.append("  graph [\"charset\"=\"UTF-8\"];\n")
        for name in names { out.append("  "); out.append(name); out.append(";\n") }
        let arrow = g.isDirected ? " -> " : " -- "
        forEachEdge(snapshot) { e, u, v in
            out.append("  "); out.append(names[u]); out.append(arrow); out.append(names[v])
            if g.hasWeights { out.append(" [\"weight\"=\""); out.append(number: g.weight(ofEdge: e)); out.append("\"]") }
            out.append(";\n")
        }
        out.append("}\n")
        return WrittenGraph(data: out.takeData())
    }

    private static func edgeList(_ snapshot: GraphSnapshot, csv: Bool) -> WrittenGraph? {
        let g = snapshot.graph
        // what the model's writer refuses: no edges, an empty name or one with a line break
        guard g.edgeCount > 0, let names = names(snapshot, { EdgeListWriter.isUnwritable($0) ? nil : (csv ? CSV.field($0) : EdgeListWriter.name($0)) }) else { return nil }
        var out = TextBuffer(capacity: 24 * g.edgeCount + 1024)
        if !csv { out.append(EdgeListWriter.header(nodes: g.nodeCount, edges: g.edgeCount, directed: g.isDirected, weighted: g.hasWeights)) }
        let separator: UInt8 = csv ? 0x2C : 0x20
        var touched = [Bool](repeating: false, count: g.nodeCount)
        forEachEdge(snapshot) { e, u, v in
            touched[u] = true; touched[v] = true
            out.append(names[u]); out.append(separator); out.append(names[v])
            if g.hasWeights { out.append(separator); out.append(number: g.weight(ofEdge: e)) }
            if csv { out.append(0x0D) }
            out.append(0x0A)
        }
        var notKept: [String] = []
        if let note = EdgeListWriter.isolatedNote(touched.count { !$0 }) { notKept.append(note) }
        if csv { notKept.append(EdgeListWriter.directionNote(directed: g.isDirected)) }
        return WrittenGraph(data: out.takeData(), notKept: notKept)
    }
}
