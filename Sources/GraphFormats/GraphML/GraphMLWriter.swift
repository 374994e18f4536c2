import GraphCore
/// Writes GraphML that NetworkX, Gephi and yEd read: one typed `<key>` per attribute name and domain (`long`,
/// `double`, `boolean`, `string`; a name used with several types becomes `string`), keys sorted by domain and name,
/// nodes and edges in graph order. The knowledge graph's own fields travel as attributes (see `KnowledgeAttributes`).
/// An edge's multigraph key, when it has one, is its GraphML `id`.
public enum GraphMLWriter {
    /// - Throws: ``GraphWriteError`` when a text holds a character XML 1.0 cannot carry.
    public static func write(_ graph: KnowledgeGraph) throws(GraphWriteError) -> WrittenGraph {
        WrittenGraph(text: try text(of: graph), notKept: GraphIO.htmlNotKept(graph))
    }

    private static func text(of graph: KnowledgeGraph) throws(GraphWriteError) -> String {
        let unwritable = TextAudit.problems(in: graph, TextAudit.xmlReason)
        guard unwritable.isEmpty else { throw GraphWriteError(format: .graphml, problems: unwritable) }
        let nodeFields = graph.nodes.map { KnowledgeAttributes.fields(of: $0, lists: .jsonText) }
        let edgeFields = graph.edges.map { KnowledgeAttributes.fields(of: $0, lists: .jsonText) }
        let graphFields = KnowledgeAttributes.fields(of: graph)
        var types: [String: [String: String]] = ["graph": [:], "node": [:], "edge": [:]]
        func note(_ domain: String, _ name: String, _ value: AttributeValue) {
            let t: String
            switch value {
            case .int: t = "long"
            case .double: t = "double"
            case .bool: t = "boolean"
            case .string, .html: t = "string"
            }
            if let existing = types[domain]![name], existing != t { types[domain]![name] = "string" } else { types[domain]![name] = t }
        }
        for (n, v) in graphFields { note("graph", n, v) }
        for fields in nodeFields { for (n, v) in fields { if case .value(let a) = v { note("node", n, a) } } }
        for fields in edgeFields { for (n, v) in fields { if case .value(let a) = v { note("edge", n, a) } } }

        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        out += "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n"
        var keyID: [String: String] = [:]   // "domain|name" -> id
        var counter = 0
        for domain in ["graph", "node", "edge"] {
            for name in types[domain]!.keys.sorted() {
                let id = "d\(counter)"; counter += 1
                keyID["\(domain)|\(name)"] = id
                out += "  <key id=\"\(id)\" for=\"\(domain)\" attr.name=\"\(XMLText.escaped(name))\" attr.type=\"\(types[domain]![name]!)\"/>\n"
            }
        }
        out += "  <graph edgedefault=\"\(graph.isDirected ? "directed" : "undirected")\">\n"
        func data(_ domain: String, _ name: String, _ value: AttributeValue, indent: String) -> String {
            "\(indent)<data key=\"\(keyID["\(domain)|\(name)"]!)\">\(XMLText.escaped(text(value)))</data>\n"
        }
        for (n, v) in graphFields { out += data("graph", n, v, indent: "    ") }
        for (node, fields) in zip(graph.nodes, nodeFields) {
            if fields.isEmpty { out += "    <node id=\"\(XMLText.escaped(node.id.rawValue))\"/>\n"; continue }
            out += "    <node id=\"\(XMLText.escaped(node.id.rawValue))\">\n"
            for (n, v) in fields { if case .value(let a) = v { out += data("node", n, a, indent: "      ") } }
            out += "    </node>\n"
        }
        for (edge, fields) in zip(graph.edges, edgeFields) {
            let id = edge.key.map { " id=\"\(XMLText.escaped($0))\"" } ?? ""
            let head = "    <edge\(id) source=\"\(XMLText.escaped(edge.source.rawValue))\" target=\"\(XMLText.escaped(edge.target.rawValue))\""
            if fields.isEmpty { out += head + "/>\n"; continue }
            out += head + ">\n"
            for (n, v) in fields { if case .value(let a) = v { out += data("edge", n, a, indent: "      ") } }
            out += "    </edge>\n"
        }
        out += "  </graph>\n</graphml>\n"
        return out
    }

    static func text(_ value: AttributeValue) -> String {
        switch value {
        case .double(let d): return "\(d)"
        default: return value.description
        }
    }
}
