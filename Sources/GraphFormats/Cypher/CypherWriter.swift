import GraphCore

/// Writes a graph as an openCypher script that loads it into Neo4j (cypher-shell, Browser) or another openCypher
/// engine (FalkorDB, Memgraph): one statement per line, each ending in `;`.
///
/// - Nodes: `MERGE (n:Node:<Kind> {id: …}) SET n += {…}` — every node has the label `Node` (so relationships find
///   their ends by one index) and, for the knowledge graph's kinds, its kind in Neo4j's label style (`practice` →
///   `Practice`, `victim_group` → `VictimGroup`); all its fields are properties: `label`, `description`, `aliases`
///   and `sources` as lists, `evidence`, and every kept attribute with its type.
/// - Relationships: the relation in Neo4j's type style (`amounts_to` → `AMOUNTS_TO`; generic edges `LINKED`), in the
///   stored direction (Cypher relationships are directed; an undirected graph's edges keep the direction they were
///   written in, and the script's header says the graph is undirected), with `evidence`, `sources`, `note`,
///   `weight`, `key` and the kept attributes as properties. Parallel edges are told apart by their `key`.
/// - Batched: `UNWIND [ {…}, … ] AS row` over at most ``batchSize`` rows per statement, one statement per kind or
///   relation. `MERGE` on the node ID and on (ends, type, key) makes the script idempotent: running it twice leaves
///   one copy of each node and relationship, with the properties of the last run.
/// - Refused (``GraphWriteError``): a text with a control character other than tab, line feed and carriage return
///   (engines do not agree on `\u` escapes), and a number that is not finite (openCypher has no literal for it).
public enum CypherWriter {
    /// Rows per `UNWIND` statement: small enough for any engine's query size limit, large enough to load quickly.
    public static let batchSize = 500

    /// - Throws: ``GraphWriteError`` naming every text or number Cypher cannot carry.
    public static func write(_ graph: KnowledgeGraph) throws(GraphWriteError) -> WrittenGraph {
        var problems: [String] = []
        var out = "// \(graph.title.map { oneLine($0) } ?? "A graph") — written by graph-tool export as openCypher.\n"
        out += "// \(graph.nodeCount) nodes, \(graph.edgeCount) relationships; the graph is \(graph.isDirected ? "directed" : "undirected")"
        out += graph.isDirected ? ".\n" : " (relationships keep the direction they were stored in).\n"
        out += "// Idempotent (MERGE): run it on an empty database or again on this one. For a large graph create the index first:\n"
        out += "//   Neo4j 5: CREATE INDEX node_id IF NOT EXISTS FOR (n:Node) ON (n.id);   FalkorDB: CREATE INDEX FOR (n:Node) ON (n.id);\n"

        var mixedLists = 0
        func literal(_ value: AttributeValue, _ place: @autoclosure () -> String) -> String {
            switch value {
            case .int(let i): return String(i)
            case .double(let d):
                guard d.isFinite else { problems.append("\(place()): \(d) is not a finite number, which openCypher cannot write"); return "null" }
                return d == d.rounded() && abs(d) < 1e15 ? String(format: "%.1f", d) : "\(d)"
            case .bool(let b): return b ? "true" : "false"
            case .string(let s), .html(let s): return quoted(s, place())
            case .list(let items):
                // Neo4j stores lists of one scalar type as properties; anything else is written as its JSON text
                if isPropertyList(items) { return "[" + items.map { literal($0, place()) }.joined(separator: ", ") + "]" }
                mixedLists += 1
                return quoted(value.description, place())
            }
        }
        func quoted(_ s: String, _ place: @autoclosure () -> String) -> String {
            var out = "'"
            for scalar in s.unicodeScalars {
                switch scalar {
                case "\\": out += "\\\\"
                case "'": out += "\\'"
                case "\n": out += "\\n"
                case "\r": out += "\\r"
                case "\t": out += "\\t"
                default:
                    if scalar.value < 0x20 || scalar.value == 0x7F {
                        problems.append("\(place()): holds U+\(String(scalar.value, radix: 16, uppercase: true)), which Cypher engines do not read alike")
                    } else {
                        out.unicodeScalars.append(scalar)
                    }
                }
            }
            return out + "'"
        }
        func map(_ fields: [(String, KnowledgeAttributes.FieldValue)], _ owner: String) -> String {
            "{" + fields.map { name, field in
                let value: String
                switch field {
                case .value(let v): value = literal(v, "\(owner), \(name)")
                case .list(let items): value = "[" + items.map { quoted($0, "\(owner), \(name)") }.joined(separator: ", ") + "]"
                }
                return "\(propertyKey(name)): \(value)"
            }.joined(separator: ", ") + "}"
        }

        // Nodes, one UNWIND per kind (labels cannot be parameters), in the order the kinds first appear.
        var kinds: [NodeKind] = []
        var nodesByKind: [NodeKind: [String]] = [:]
        for node in graph.nodes {
            if nodesByKind[node.kind] == nil { kinds.append(node.kind) }
            let owner = "node '\(node.id)'"
            var fields = KnowledgeAttributes.fields(of: node, lists: .native).filter { $0.0 != "kind" }
            if !fields.contains(where: { $0.0 == "label" }) {
                fields.append(("label", .value(.string(node.label))))
                fields.sort { $0.0 < $1.0 }
            }
            nodesByKind[node.kind, default: []].append("{id: \(quoted(node.id.rawValue, owner)), props: \(map(fields, owner))}")
        }
        for kind in kinds {
            let labels = kind == .generic ? ":Node" : ":Node:\(label(of: kind))"
            for batch in batches(nodesByKind[kind]!) {
                out += "UNWIND [\(batch.joined(separator: ", "))] AS row MERGE (n\(labels) {id: row.id}) SET n += row.props;\n"
            }
        }
        // Relationships, one UNWIND per relation and per keyed/unkeyed (the MERGE pattern differs).
        var groups: [String] = []
        var rows: [String: [String]] = [:]
        for edge in graph.edges {
            let owner = "edge \(edge.source) → \(edge.target)"
            let fields = KnowledgeAttributes.fields(of: edge, lists: .native).filter { $0.0 != "relation" }
            let keyed = edge.key != nil
            let group = "\(type(of: edge.relation))|\(keyed)"
            if rows[group] == nil { groups.append(group) }
            var row = "{s: \(quoted(edge.source.rawValue, owner)), t: \(quoted(edge.target.rawValue, owner))"
            if let key = edge.key { row += ", k: \(quoted(key, owner))" }
            rows[group, default: []].append(row + ", props: \(map(fields, owner))}")
        }
        for group in groups {
            let parts = group.split(separator: "|")
            let pattern = parts[1] == "true" ? "[r:\(parts[0]) {key: row.k}]" : "[r:\(parts[0])]"
            for batch in batches(rows[group]!) {
                out += "UNWIND [\(batch.joined(separator: ", "))] AS row MATCH (a:Node {id: row.s}) MATCH (b:Node {id: row.t}) MERGE (a)-\(pattern)->(b) SET r += row.props;\n"
            }
        }
        guard problems.isEmpty else { throw GraphWriteError(format: .cypher, listing: problems) }
        var notKept = GraphIO.htmlNotKept(graph)
        let graphData = KnowledgeAttributes.fields(of: graph).map(\.0).filter { $0 != "title" }
        if mixedLists > 0 { notKept.append("the list type of \(mixedLists) value(s) whose items are not all of one type (Neo4j properties hold lists of one type): written as JSON text") }
        if !graphData.isEmpty { notKept.append("graph attributes \(graphData.joined(separator: ", ")) (a Cypher database has nodes and relationships only; the title is in the script's header comment)") }
        return WrittenGraph(text: out, notKept: notKept)
    }

    /// A node kind as a Neo4j label: `victim_group` → `VictimGroup`.
    public static func label(of kind: NodeKind) -> String {
        kind.rawValue.split(separator: "_").map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined()
    }

    /// A relation as a Neo4j relationship type: `amounts_to` → `AMOUNTS_TO`.
    public static func type(of relation: Relation) -> String { relation.rawValue.uppercased() }

    /// A property key, in backticks unless it is a plain identifier.
    static func propertyKey(_ name: String) -> String {
        let plain = name.first.map { $0.isLetter || $0 == "_" } == true && name.allSatisfy { ($0.isLetter || $0.isNumber || $0 == "_") && $0.isASCII }
        return plain ? name : "`" + name.replacingOccurrences(of: "`", with: "``") + "`"
    }

    private static func batches(_ rows: [String]) -> [ArraySlice<String>] {
        stride(from: 0, to: rows.count, by: batchSize).map { rows[$0..<min($0 + batchSize, rows.count)] }
    }

    private static func oneLine(_ s: String) -> String { s.split(whereSeparator: \.isNewline).joined(separator: " ") }

    /// Whether Neo4j can store `items` as a list property: items of one type (texts, integers, reals or booleans).
    static func isPropertyList(_ items: [AttributeValue]) -> Bool {
        func kind(_ v: AttributeValue) -> Int? {
            switch v {
            case .string, .html: 0
            case .int: 1
            case .double: 2
            case .bool: 3
            case .list: nil
            }
        }
        guard let first = items.first.map(kind), let k = first else { return true }
        return items.allSatisfy { kind($0) == k }
    }
}
