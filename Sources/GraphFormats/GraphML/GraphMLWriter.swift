import GraphCore
/// Writes GraphML that NetworkX, Gephi and yEd read: one typed `<key>` per attribute name and domain (`long`,
/// `double`, `boolean`, `string`; a name used with several types gets a key for each, as NetworkX writes it), keys sorted by domain, name and type,
/// nodes and edges in graph order. The knowledge graph's own fields travel as attributes (see `KnowledgeAttributes`).
///
/// Multigraph keys follow NetworkX's reader, which takes an edge's key from its GraphML `id`, or from the edge data
/// `key` when there is no id, and keeps ids as keys only when the file has parallel edges: in a multigraph, keys that
/// are unique in the graph are the edges' ids; keys that repeat across node pairs (NetworkX's 0, 1, … per pair) cannot
/// be ids, which GraphML's schema makes unique per document, and go in the edge data `key` instead, as do the keys of
/// a graph without parallel edges.
///
/// Node IDs are written as they are. GraphML's schema allows only XML name characters in them (no spaces, commas,
/// slashes…); NetworkX and igraph write and read such IDs all the same, so they are written and the export says that
/// a validating parser will refuse the file.
public enum GraphMLWriter {
    /// The edge data that carries multigraph keys that cannot be ids.
    public static let keyAttribute = "key"

    /// - Throws: ``GraphWriteError`` when a text holds a character XML 1.0 cannot carry, or when keys must travel as
    ///   the edge data `key` and an edge already has an attribute of that name.
    public static func write(_ graph: KnowledgeGraph) throws(GraphWriteError) -> WrittenGraph {
        var notKept = GraphIO.htmlNotKept(graph) + GraphIO.listsNotKept(graph)
        if let note = schemaNote(ids: graph.nodes.lazy.map(\.id.rawValue)) { notKept.append(note) }
        return WrittenGraph(text: try text(of: graph), notKept: notKept)
    }

    /// The XML declaration and the `<graphml>` start tag.
    static let prolog = """
        <?xml version="1.0" encoding="UTF-8"?>
        <graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.1/graphml.xsd">

        """

    /// The note for node IDs that are not XML names (see the type's documentation), or nil when all of them are.
    static func schemaNote<IDs: Sequence<String>>(ids: IDs) -> String? {
        var count = 0, shown: [String] = []
        for id in ids where !isXMLName(id) {
            count += 1
            if shown.count < 3 { shown.append("'\(id)'") }
        }
        guard count > 0 else { return nil }
        let listed = shown.joined(separator: ", ") + (count > 3 ? ", …" : "")
        return "schema validity: \(count) node ID(s) (\(listed)) have characters GraphML's ID type does not allow; written as they are, as NetworkX and igraph write and read them, but a validating XML parser will refuse the file"
    }

    /// Whether `s` is a GraphML ID as the schema types it (`\c+`: letters, digits, `.`, `-`, `_`, `:` and the other XML
    /// name characters).
    static func isXMLName(_ s: String) -> Bool {
        // ASCII, by far the common case, by its bytes: letters, digits and "-._:" are the ASCII name characters
        let ascii: Bool? = s.utf8.withContiguousStorageIfAvailable { bytes in
            guard !bytes.contains(where: { $0 >= 0x80 }) else { return nil }
            return !bytes.isEmpty && bytes.allSatisfy { b in
                (0x61...0x7A).contains(b) || (0x41...0x5A).contains(b) || (0x30...0x39).contains(b) || b == 0x2D || b == 0x2E || b == 0x5F || b == 0x3A
            }
        } ?? nil
        if let ascii { return ascii }
        return !s.isEmpty && s.unicodeScalars.allSatisfy { c in
            let v = c.value
            if c.properties.isAlphabetic || c.properties.numericType != nil { return v != 0xD7 && v != 0xF7 }
            return "-._:".unicodeScalars.contains(c) || v == 0xB7 || (0x300...0x36F).contains(v) || (0x203F...0x2040).contains(v)
        }
    }

    private static func text(of graph: KnowledgeGraph) throws(GraphWriteError) -> String {
        let unwritable = TextAudit.problems(in: graph, TextAudit.xmlReason)
        guard unwritable.isEmpty else { throw GraphWriteError(format: .graphml, problems: unwritable) }
        let keys = graph.edges.compactMap(\.key)
        // ids are keys only in a multigraph (NetworkX's reader keeps the ids of a simple graph as data)
        let keysAreIDs = Set(keys).count == keys.count && graph.hasParallelEdges
        if !keysAreIDs {
            let clashes = graph.edges.filter { $0.attributes[keyAttribute] != nil }.map {
                "edge \($0.source) → \($0.target) has an attribute named '\(keyAttribute)', where GraphML carries the multigraph keys that repeat across node pairs"
            }
            guard clashes.isEmpty else { throw GraphWriteError(format: .graphml, listing: clashes) }
        }
        let nodeFields = graph.nodes.map { KnowledgeAttributes.fields(of: $0, lists: .jsonText) }
        let edgeFields = graph.edges.map { edge in
            var fields = KnowledgeAttributes.fields(of: edge, lists: .jsonText)
            if !keysAreIDs, let key = edge.key { fields.append((keyAttribute, .value(.string(key)))) }
            return fields
        }
        let graphFields = KnowledgeAttributes.fields(of: graph)
        // One key per domain, name and type, as NetworkX writes them: a name used with integers and reals (weights 2
        // and 0.5) gets a `long` and a `double` key, so every value reads back with its own type.
        var types: [String: [String: Set<String>]] = ["graph": [:], "node": [:], "edge": [:]]
        for (n, v) in graphFields { types["graph"]![n, default: []].insert(keyType(v)) }
        for fields in nodeFields { for (n, v) in fields { if case .value(let a) = v { types["node"]![n, default: []].insert(keyType(a)) } } }
        for fields in edgeFields { for (n, v) in fields { if case .value(let a) = v { types["edge"]![n, default: []].insert(keyType(a)) } } }

        var out = prolog
        var keyID: [String: String] = [:]   // "domain|name|type" -> id
        var counter = 0
        for domain in ["graph", "node", "edge"] {
            for name in types[domain]!.keys.sorted() {
                for type in types[domain]![name]!.sorted() {
                    let id = "d\(counter)"; counter += 1
                    keyID["\(domain)|\(name)|\(type)"] = id
                    out += "  <key id=\"\(id)\" for=\"\(domain)\" attr.name=\"\(XMLText.escaped(name))\" attr.type=\"\(type)\"/>\n"
                }
            }
        }
        out += "  <graph edgedefault=\"\(graph.isDirected ? "directed" : "undirected")\">\n"
        func data(_ domain: String, _ name: String, _ value: AttributeValue, indent: String) -> String {
            "\(indent)<data key=\"\(keyID["\(domain)|\(name)|\(keyType(value))"]!)\">\(XMLText.escaped(text(value)))</data>\n"
        }
        for (n, v) in graphFields { out += data("graph", n, v, indent: "    ") }
        // nodes and edges by the hundred thousand: appended piece by piece rather than through interpolated temporaries
        for (node, fields) in zip(graph.nodes, nodeFields) {
            out += "    <node id=\""
            out += XMLText.escaped(node.id.rawValue)
            if fields.isEmpty { out += "\"/>\n"; continue }
            out += "\">\n"
            for (n, v) in fields { if case .value(let a) = v { out += data("node", n, a, indent: "      ") } }
            out += "    </node>\n"
        }
        for (edge, fields) in zip(graph.edges, edgeFields) {
            out += "    <edge"
            if keysAreIDs, let key = edge.key { out += " id=\""; out += XMLText.escaped(key); out += "\"" }
            out += " source=\""
            out += XMLText.escaped(edge.source.rawValue)
            out += "\" target=\""
            out += XMLText.escaped(edge.target.rawValue)
            if fields.isEmpty { out += "\"/>\n"; continue }
            out += "\">\n"
            for (n, v) in fields { if case .value(let a) = v { out += data("edge", n, a, indent: "      ") } }
            out += "    </edge>\n"
        }
        out += "  </graph>\n</graphml>\n"
        return out
    }

    /// The GraphML type a value is written with.
    private static func keyType(_ value: AttributeValue) -> String {
        switch value {
        case .int: "long"
        case .double: "double"
        case .bool: "boolean"
        case .string, .html, .list: "string"
        }
    }

    static func text(_ value: AttributeValue) -> String {
        switch value {
        case .double(let d): return "\(d)"
        default: return value.description
        }
    }
}
