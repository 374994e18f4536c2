import Foundation
import GraphCore

/// Reads node-link JSON as NetworkX's `node_link_data` writes it: `{"directed", "multigraph", "graph", "nodes":
/// [{"id", …}], "links" | "edges": [{"source", "target", "key"?, …}]}`. Both spellings of the edge list are accepted.
/// Node IDs may be strings or numbers (numbers become their decimal text). Attribute values may be text, numbers,
/// booleans or lists of those (``/GraphCore/AttributeValue/list(_:)``); objects, and lists holding an object or
/// `null`, are kept as their JSON text. With an ``/GraphCore/AlgorithmProgress`` reporter set, reports its progress
/// (parsing the bytes the first half, building the graph the second).
public enum NodeLinkReader {
    /// Reads a node-link JSON file; `displayName` names it in errors (default: its path).
    public static func read(contentsOf url: URL, displayName: String? = nil) throws(GraphInputError) -> KnowledgeGraph {
        let name = displayName ?? url.path
        return try read(data: TextInput.readData(at: url, displayName: name), file: name)
    }

    /// Reads node-link JSON bytes; `file` names them in errors.
    public static func read(data: Data, file: String) throws(GraphInputError) -> KnowledgeGraph {
        let bytes = [UInt8](data)
        let start = try TextInput.validate(bytes, file: file)   // empty, NUL and UTF-8 checks with positions; BOM
        let root: JSONValue
        // progress, with a reporter set: parsing the bytes is the first half, building the graph the second
        let progress = ProgressCounter(total: 2 * (bytes.count - start))
        do { root = try JSONParser.parse(Array(bytes[start...]), progress: progress) } catch {
            throw GraphInputError(file: file, line: error.line, column: error.column, message: "malformed JSON: \(error.message)")
        }
        var problems: [Diagnostic] = []
        func report(_ line: Int, _ field: String?, _ message: String) { problems.append(Diagnostic(file: file, line: line, field: field, message: message)) }
        guard case .object = root else { throw GraphInputError(file: file, line: root.line, message: "expected a JSON object with 'nodes' and 'links' (or 'edges')") }
        var directed = false
        if let d = root["directed"] { if case .bool(let b, _) = d { directed = b } else { report(d.line, "directed", "expected true or false") } }
        var graph = KnowledgeGraph(isDirected: directed)
        if let g = root["graph"] {
            if case .object(let members, _) = g {
                var fields: [String: AttributeValue] = [:]
                for (k, v) in members { if let a = attribute(v) { fields[k] = a } }
                do { try KnowledgeAttributes.apply(graphFields: fields, to: &graph) } catch { report(g.line, "graph.\(error.field)", error.message) }
            } else { report(g.line, "graph", "expected an object of graph attributes") }
        }
        guard case .array(let nodes, _)? = root["nodes"] else { throw GraphInputError(file: file, line: root.line, field: "nodes", message: "missing 'nodes' list") }
        let edgeKey = root["links"] != nil ? "links" : "edges"
        var records = nodes.count
        if case .array(let links, _)? = root[edgeKey] { records += links.count }
        progress?.beginBuilding(records: records)
        for (i, entry) in nodes.enumerated() {
            defer { progress?.recordBuilt() }
            guard case .object(let members, let line) = entry else { report(entry.line, "nodes[\(i)]", "expected an object"); continue }
            guard let idValue = entry["id"], let id = scalarText(idValue) else { report(line, "nodes[\(i)].id", "missing or non-scalar 'id'"); continue }
            var fields: [String: KnowledgeAttributes.FieldValue] = [:]
            for (k, v) in members where k != "id" { fields[k] = field(v) }
            do {
                let node = try KnowledgeAttributes.node(id: id, fields: fields)
                do { try graph.add(node) } catch { report(line, "nodes[\(i)].id", "duplicate node id '\(id)'") }
            } catch { report(line, "nodes[\(i)].\(error.field)", error.message) }
        }
        if case .array(let links, _)? = root[edgeKey] {
            for (i, entry) in links.enumerated() {
                defer { progress?.recordBuilt() }
                guard case .object(let members, let line) = entry else { report(entry.line, "\(edgeKey)[\(i)]", "expected an object"); continue }
                guard let s = entry["source"].flatMap(scalarText), let t = entry["target"].flatMap(scalarText) else {
                    report(line, "\(edgeKey)[\(i)]", "missing 'source' or 'target'"); continue
                }
                guard graph.contains(NodeID(s)), graph.contains(NodeID(t)) else {
                    report(line, "\(edgeKey)[\(i)]", "edge refers to undeclared node '\(graph.contains(NodeID(s)) ? t : s)'"); continue
                }
                var fields: [String: KnowledgeAttributes.FieldValue] = [:]
                for (k, v) in members where !["source", "target", "key"].contains(k) { fields[k] = field(v) }
                do {
                    let edge = try KnowledgeAttributes.edge(source: s, target: t, key: entry["key"].flatMap(scalarText), fields: fields)
                    do { try graph.add(edge, line: line) } catch { report(line, "\(edgeKey)[\(i)]", "duplicate edge \(s) → \(t); give parallel edges distinct 'key's") }
                } catch { report(line, "\(edgeKey)[\(i)].\(error.field)", error.message) }
            }
        } else if let other = root[edgeKey] {
            report(other.line, edgeKey, "expected a list of edges")
        }
        progress?.finish()
        if problems.isEmpty { problems = Schema.intersection.diagnostics(for: graph, file: file) }
        guard problems.isEmpty else { throw GraphInputError(problems) }
        return graph
    }

    private static func scalarText(_ v: JSONValue) -> String? {
        switch v {
        case .string(let s, _): s
        case .int(let i, _): String(i)
        case .bigInteger(let t, _): t
        case .double(let d, _): "\(d)"
        case .bool(let b, _): b ? "true" : "false"
        default: nil
        }
    }

    private static func attribute(_ v: JSONValue) -> AttributeValue? {
        switch v {
        case .string(let s, _): .string(s)
        case .int(let i, _): .int(i)
        case .bigInteger(let t, _): .string(t)
        case .double(let d, _): .double(d)
        case .bool(let b, _): .bool(b)
        case .null: nil
        // a list of texts, numbers, booleans and lists stays a list; objects (and lists holding them or null) are
        // kept as their JSON text
        case .array(let items, _):
            items.allSatisfy(Self.isListItem) ? .list(items.compactMap(attribute)) : .string(jsonText(v))
        case .object: .string(jsonText(v))
        }
    }

    private static func isListItem(_ v: JSONValue) -> Bool {
        switch v {
        case .string, .int, .double, .bool: true
        case .array(let items, _): items.allSatisfy(isListItem)
        case .bigInteger, .null, .object: false
        }
    }

    private static func field(_ v: JSONValue) -> KnowledgeAttributes.FieldValue {
        if case .array(let items, _) = v {
            let texts = items.compactMap { if case .string(let s, _) = $0 { s } else { nil } }
            if texts.count == items.count { return .list(texts) }
        }
        return .value(attribute(v) ?? .string("null"))
    }

    /// Compact JSON text of a value (for nested values kept as text).
    static func jsonText(_ v: JSONValue) -> String {
        switch v {
        case .object(let members, _): "{" + members.map { "\(KnowledgeAttributes.jsonString($0.key)):\(jsonText($0.value))" }.joined(separator: ",") + "}"
        case .array(let items, _): "[" + items.map(jsonText).joined(separator: ",") + "]"
        case .string(let s, _): KnowledgeAttributes.jsonString(s)
        case .int(let i, _): String(i)
        case .bigInteger(let t, _): t
        case .double(let d, _): "\(d)"
        case .bool(let b, _): b ? "true" : "false"
        case .null: "null"
        }
    }
}
