import GraphCore
/// Writes GEXF that validates against the published schema of the version asked for (1.3 by default, or 1.2 for
/// NetworkX before 3.3 and older Gephi) and that Gephi and NetworkX read: declared node and edge attributes with
/// types, node labels, edge weights, and `viz` elements from the `viz.*` attributes.
///
/// Where the format has no place for something, it says so in ``WrittenGraph/notKept`` instead of inventing one:
/// - Graph-level data: GEXF's `<meta>` holds a creator, keywords and a description. The graph's title is written as
///   the description, and the mark of a part of a larger graph (graph attribute `subgraph`) as the keywords
///   `subgraph: …`, so the part reads back as one; the bibliography and other graph attributes are not kept.
/// - Edge ids: every edge gets one (1.2 requires them, and tools that key edges by id drop duplicates). They are the
///   edges' `id` attributes when every edge has a distinct one, otherwise the edges' positions 0, 1, …, which
///   ``GEXFReader`` recognises as numbering and does not turn into data.
/// - A multigraph key travels as the edge attribute `networkx_key`, NetworkX's convention, so NetworkX reads it back
///   as the key.
public enum GEXFWriter {
    /// A GEXF version, by its number.
    public enum Version: String, CaseIterable, Sendable {
        /// GEXF 1.2 (namespace `http://www.gexf.net/1.2draft`): what NetworkX writes and what it reads before 3.3.
        case v1_2 = "1.2"
        /// GEXF 1.3 (namespace `http://gexf.net/1.3`), Gephi 0.10's format.
        case v1_3 = "1.3"

        var namespace: String { self == .v1_2 ? "http://www.gexf.net/1.2draft" : "http://gexf.net/1.3" }
        /// 1.2's schema puts `viz` elements in their own namespace; 1.3's schema declares them in the GEXF namespace.
        var vizPrefix: String { self == .v1_2 ? "viz:" : "" }
    }

    /// The attribute that carries an edge's multigraph key.
    public static let keyAttribute = "networkx_key"
    /// The graph attribute that marks a part of a larger graph (`KnowledgeGraph.subgraphAttribute` in GraphQuery).
    static let subgraphAttribute = "subgraph"
    /// How the `<meta>` keywords begin when they carry that mark.
    static let subgraphKeywords = "subgraph: "

    /// - Throws: ``GraphWriteError`` when a text holds a character XML 1.0 cannot carry.
    public static func write(_ graph: KnowledgeGraph, version: Version = .v1_3) throws(GraphWriteError) -> WrittenGraph {
        let unwritable = TextAudit.problems(in: graph, TextAudit.xmlReason)
        guard unwritable.isEmpty else { throw GraphWriteError(format: .gexf, problems: unwritable) }
        let clashes = graph.edges.filter { $0.attributes[keyAttribute] != nil }.map {
            "edge \($0.source) → \($0.target) has an attribute named '\(keyAttribute)', the field GEXF readers take as the multigraph key"
        }
        guard clashes.isEmpty else { throw GraphWriteError(format: .gexf, listing: clashes) }
        var notKept = GraphIO.htmlNotKept(graph) + GraphIO.listsNotKept(graph)
        let dropped = KnowledgeAttributes.fields(of: graph).map(\.0).filter { $0 != "title" && $0 != subgraphAttribute }
        if !dropped.isEmpty {
            notKept.append("graph attribute\(dropped.count == 1 ? "" : "s") \(dropped.joined(separator: ", ")) (GEXF's <meta> holds only a description, which carries the title)")
        }
        return WrittenGraph(text: text(of: graph, version: version), notKept: notKept)
    }

    private static func text(of graph: KnowledgeGraph, version: Version) -> String {
        let nodeFields = graph.nodes.map { KnowledgeAttributes.fields(of: $0, lists: .jsonText).filter { $0.0 != "label" && vizElement($0.0, $0.1, version: version) == nil } }
        let edgeIDs = self.edgeIDs(graph)
        let edgeFields = graph.edges.map { edge in
            // An `id` attribute is also written as an attvalue: ids that happen to read as numbering stay data.
            var fields = KnowledgeAttributes.fields(of: edge, lists: .jsonText).filter { $0.0 != "weight" && $0.0 != "label" }
            if let key = edge.key { fields.append((keyAttribute, .value(.string(key)))) }
            return fields
        }
        var types: [String: [String: String]] = ["node": [:], "edge": [:]]
        func note(_ cls: String, _ name: String, _ value: AttributeValue) {
            let t: String
            switch value { case .int: t = "long"; case .double: t = "double"; case .bool: t = "boolean"; case .string, .html, .list: t = "string" }
            if let e = types[cls]![name], e != t { types[cls]![name] = "string" } else { types[cls]![name] = t }
        }
        for f in nodeFields { for (n, v) in f { if case .value(let a) = v { note("node", n, a) } } }
        for f in edgeFields { for (n, v) in f { if case .value(let a) = v { note("edge", n, a) } } }
        var out = head(version)
        if let title = graph.title { out += "    <description>\(XMLText.escaped(title))</description>\n" }
        if let part = graph.attributes[subgraphAttribute] { out += "    <keywords>\(subgraphKeywords)\(XMLText.escaped(GraphMLWriter.text(part)))</keywords>\n" }
        out += "  </meta>\n"
        out += "  <graph defaultedgetype=\"\(graph.isDirected ? "directed" : "undirected")\" mode=\"static\">\n"
        var ids: [String: [String: String]] = ["node": [:], "edge": [:]]
        for cls in ["node", "edge"] where !types[cls]!.isEmpty {
            out += "    <attributes class=\"\(cls)\" mode=\"static\">\n"
            for (i, name) in types[cls]!.keys.sorted().enumerated() {
                ids[cls]![name] = String(i)
                out += "      <attribute id=\"\(i)\" title=\"\(XMLText.escaped(name))\" type=\"\(types[cls]![name]!)\"/>\n"
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
                if let v = node.attributes[name], let element = vizElement(name, .value(v), version: version) { out += "        \(element)\n" }
            }
            out += "      </node>\n"
        }
        out += "    </nodes>\n    <edges>\n"
        for (i, (edge, fields)) in zip(graph.edges, edgeFields).enumerated() {
            var head = "      <edge id=\"\(XMLText.escaped(edgeIDs[i]))\" source=\"\(XMLText.escaped(edge.source.rawValue))\" target=\"\(XMLText.escaped(edge.target.rawValue))\""
            if let w = edge.weight { head += " weight=\"\(w)\"" }
            if case .string(let l)? = edge.attributes["label"] { head += " label=\"\(XMLText.escaped(l))\"" }
            if fields.isEmpty { out += head + "/>\n" } else { out += head + ">\n" + attvalues("edge", fields, indent: "        ") + "      </edge>\n" }
        }
        out += "    </edges>\n  </graph>\n</gexf>\n"
        return out
    }

    /// The XML declaration, the `<gexf>` start tag and the start of `<meta>` with the creator.
    static func head(_ version: Version) -> String {
        let vizNamespace = version == .v1_2 ? " xmlns:viz=\"\(version.namespace)/viz\"" : ""
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            + "<gexf xmlns=\"\(version.namespace)\"\(vizNamespace) version=\"\(version.rawValue)\">\n"
            + "  <meta>\n    <creator>intersection-graph</creator>\n"
    }

    /// The edges' ids: their `id` attributes when every edge has one and no two are equal, else their positions.
    private static func edgeIDs(_ graph: KnowledgeGraph) -> [String] {
        let given = graph.edges.compactMap { $0.attributes["id"].map(GraphMLWriter.text) }
        if !given.isEmpty, given.count == graph.edges.count, Set(given).count == given.count { return given }
        return graph.edges.indices.map(String.init)
    }

    /// The `viz` element for a node attribute when the value is one the schema allows and the GEXF reader reads back
    /// as the same value: `viz.color` as "r,g,b" or "r,g,b,a" (channels 0–255, alpha 0–1), `viz.position` as
    /// "x,y,z", `viz.size` as a non-negative Double, `viz.shape` as one of the schema's shapes. Anything else is written
    /// as an ordinary attribute, so it is not lost.
    static func vizElement(_ name: String, _ field: KnowledgeAttributes.FieldValue, version: Version) -> String? {
        guard case .value(let value) = field else { return nil }
        func parts(_ v: AttributeValue) -> [String]? {
            guard case .string(let s) = v else { return nil }
            return s.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        }
        func finite(_ s: String) -> Bool { Double(s).map(\.isFinite) ?? false && !s.contains(where: \.isWhitespace) }
        let p = version.vizPrefix
        switch name {
        case "viz.color":
            guard let c = parts(value), c.count == 3 || c.count == 4,
                  c.prefix(3).allSatisfy({ UInt8($0) != nil }),
                  c.count == 3 || (finite(c[3]) && (0...1).contains(Double(c[3])!)) else { return nil }
            return "<\(p)color r=\"\(c[0])\" g=\"\(c[1])\" b=\"\(c[2])\"\(c.count == 4 ? " a=\"\(c[3])\"" : "")/>"
        case "viz.position":
            guard let c = parts(value), c.count == 3, c.allSatisfy(finite) else { return nil }
            return "<\(p)position x=\"\(c[0])\" y=\"\(c[1])\" z=\"\(c[2])\"/>"
        case "viz.size":
            guard case .double(let d) = value, d.isFinite, d >= 0 else { return nil }
            return "<\(p)size value=\"\(d)\"/>"
        case "viz.shape":
            guard case .string(let s) = value, ["disc", "square", "triangle", "diamond", "image"].contains(s) else { return nil }
            return "<\(p)shape value=\"\(s)\"/>"
        default:
            return nil
        }
    }
}
