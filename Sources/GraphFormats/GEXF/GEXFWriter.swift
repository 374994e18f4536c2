import GraphCore
/// Writes GEXF 1.3 that Gephi and NetworkX read: declared node and edge attributes with types, node labels, edge
/// weights, and `viz` elements from the `viz.*` attributes. An edge's multigraph key, when it has one, is its `id`;
/// other edges carry no id.
public enum GEXFWriter {
    /// - Throws: ``GraphWriteError`` when a text holds a character XML 1.0 cannot carry.
    public static func write(_ graph: KnowledgeGraph) throws(GraphWriteError) -> WrittenGraph {
        WrittenGraph(text: try text(of: graph), notKept: GraphIO.htmlNotKept(graph))
    }

    private static func text(of graph: KnowledgeGraph) throws(GraphWriteError) -> String {
        let unwritable = TextAudit.problems(in: graph, TextAudit.xmlReason)
        guard unwritable.isEmpty else { throw GraphWriteError(format: .gexf, problems: unwritable) }
        let nodeFields = graph.nodes.map { KnowledgeAttributes.fields(of: $0, lists: .jsonText).filter { $0.0 != "label" && vizElement($0.0, $0.1) == nil } }
        let edgeFields = graph.edges.map { KnowledgeAttributes.fields(of: $0, lists: .jsonText).filter { $0.0 != "weight" && $0.0 != "label" } }
        var types: [String: [String: String]] = ["node": [:], "edge": [:]]
        func note(_ cls: String, _ name: String, _ value: AttributeValue) {
            let t: String
            switch value { case .int: t = "long"; case .double: t = "double"; case .bool: t = "boolean"; case .string, .html: t = "string" }
            if let e = types[cls]![name], e != t { types[cls]![name] = "string" } else { types[cls]![name] = t }
        }
        for f in nodeFields { for (n, v) in f { if case .value(let a) = v { note("node", n, a) } } }
        for f in edgeFields { for (n, v) in f { if case .value(let a) = v { note("edge", n, a) } } }
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        out += "<gexf xmlns=\"http://gexf.net/1.3\" xmlns:viz=\"http://gexf.net/1.3/viz\" version=\"1.3\">\n"
        let graphFields = KnowledgeAttributes.fields(of: graph)
        out += "  <meta>\n    <creator>intersection-graph</creator>\n"
        if let d = graph.attributes["gexf.description"] { out += "    <description>\(XMLText.escaped(d.description))</description>\n" }
        out += "  </meta>\n"
        let name = graph.attributes["name"].map { " name=\"\(XMLText.escaped($0.description))\"" } ?? ""
        out += "  <graph defaultedgetype=\"\(graph.isDirected ? "directed" : "undirected")\" mode=\"static\"\(name)>\n"
        var ids: [String: [String: String]] = ["node": [:], "edge": [:]]
        for cls in ["node", "edge"] where !types[cls]!.isEmpty {
            out += "    <attributes class=\"\(cls)\" mode=\"static\">\n"
            for (i, name) in types[cls]!.keys.sorted().enumerated() {
                ids[cls]![name] = String(i)
                out += "      <attribute id=\"\(i)\" title=\"\(XMLText.escaped(name))\" type=\"\(types[cls]![name]!)\"/>\n"
            }
            out += "    </attributes>\n"
        }
        // Graph-level attributes (title, bibliography, …) ride on a graph attribute list NetworkX ignores but we read.
        let graphExtras = graphFields.filter { $0.0 != "gexf.description" && $0.0 != "name" }
        if !graphExtras.isEmpty {
            out += "    <attributes class=\"graph\" mode=\"static\">\n"
            for (i, (name, value)) in graphExtras.enumerated() {
                out += "      <attribute id=\"g\(i)\" title=\"\(XMLText.escaped(name))\" type=\"string\"><default>\(XMLText.escaped(value.description))</default></attribute>\n"
            }
            out += "    </attributes>\n"
        }
        func attvalues(_ cls: String, _ fields: [(String, KnowledgeAttributes.FieldValue)], indent: String) -> String {
            guard !fields.isEmpty else { return "" }
            var s = "\(indent)<attvalues>\n"
            for (n, v) in fields { if case .value(let a) = v { s += "\(indent)  <attvalue for=\"\(ids[cls]![n]!)\" value=\"\(XMLText.escaped(GraphMLWriter.text(a)))\"/>\n" } }
            return s + "\(indent)</attvalues>\n"
        }
        out += "    <nodes>\n"
        for (node, fields) in zip(graph.nodes, nodeFields) {
            out += "      <node id=\"\(XMLText.escaped(node.id.rawValue))\" label=\"\(XMLText.escaped(node.label))\">\n"
            out += attvalues("node", fields, indent: "        ")
            for name in ["viz.color", "viz.position", "viz.size", "viz.shape"] {
                if let v = node.attributes[name], let element = vizElement(name, .value(v)) { out += "        \(element)\n" }
            }
            out += "      </node>\n"
        }
        out += "    </nodes>\n    <edges>\n"
        for (edge, fields) in zip(graph.edges, edgeFields) {
            // An edge's id is its multigraph key; edges without one get none (ids are optional for edges).
            var head = "      <edge\(edge.key.map { " id=\"\(XMLText.escaped($0))\"" } ?? "") source=\"\(XMLText.escaped(edge.source.rawValue))\" target=\"\(XMLText.escaped(edge.target.rawValue))\""
            if let w = edge.weight { head += " weight=\"\(w)\"" }
            if case .string(let l)? = edge.attributes["label"] { head += " label=\"\(XMLText.escaped(l))\"" }
            if fields.isEmpty { out += head + "/>\n" } else { out += head + ">\n" + attvalues("edge", fields, indent: "        ") + "      </edge>\n" }
        }
        out += "    </edges>\n  </graph>\n</gexf>\n"
        return out
    }

    /// The `viz` element for a node attribute when the GEXF reader reads it back as the same value: `viz.color` as
    /// "r,g,b" or "r,g,b,a", `viz.position` as "x,y,z", `viz.size` as a Double, `viz.shape` as text. Anything else
    /// (another `viz.*` name, or a value in another form) is written as an ordinary attribute, so it is not lost.
    static func vizElement(_ name: String, _ field: KnowledgeAttributes.FieldValue) -> String? {
        guard case .value(let value) = field else { return nil }
        func parts(_ v: AttributeValue) -> [String]? {
            guard case .string(let s) = v else { return nil }
            return s.split(separator: ",", omittingEmptySubsequences: false).map { XMLText.escaped(String($0)) }
        }
        switch name {
        case "viz.color":
            guard let p = parts(value), p.count == 3 || p.count == 4 else { return nil }
            return "<viz:color r=\"\(p[0])\" g=\"\(p[1])\" b=\"\(p[2])\"\(p.count == 4 ? " a=\"\(p[3])\"" : "")/>"
        case "viz.position":
            guard let p = parts(value), p.count == 3 else { return nil }
            return "<viz:position x=\"\(p[0])\" y=\"\(p[1])\" z=\"\(p[2])\"/>"
        case "viz.size":
            guard case .double(let d) = value, d.isFinite else { return nil }
            return "<viz:size value=\"\(d)\"/>"
        case "viz.shape":
            guard case .string(let s) = value else { return nil }
            return "<viz:shape value=\"\(XMLText.escaped(s))\"/>"
        default:
            return nil
        }
    }
}
