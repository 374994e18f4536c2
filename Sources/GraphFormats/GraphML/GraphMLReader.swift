import Foundation
import GraphCore

/// Reads GraphML as NetworkX, Gephi and yEd write it: typed `<key>`s (`boolean`, `int`, `long`, `float`, `double`,
/// `string`; a key without `attr.type` is text), key defaults, `edgedefault` directed or undirected, parallel edges,
/// and yEd's nested group graphs (flattened) and `nodegraphics` (the node label is kept; geometry and colours are not).
///
/// Streams through a SAX parser; every problem (undeclared keys or nodes, duplicate IDs, values that do not parse as
/// their key's type, unknown types) is reported with file and line in one ``GraphInputError``.
public enum GraphMLReader {
    /// Reads a GraphML file; `displayName` names it in errors (default: its path).
    public static func read(contentsOf url: URL, displayName: String? = nil) throws(GraphInputError) -> KnowledgeGraph {
        let name = displayName ?? url.path
        return try read(input: XMLEventReader.input(contentsOf: url, displayName: name), file: name)
    }

    /// Reads GraphML bytes; `file` names them in errors.
    public static func read(data: Data, file: String) throws(GraphInputError) -> KnowledgeGraph {
        try read(input: XMLEventReader.input(data: data, file: file), file: file)
    }

    static func read(input: XMLEventReader.Input, file: String) throws(GraphInputError) -> KnowledgeGraph {
        var state = GraphMLState(file: file)
        let reader = XMLEventReader(input: input, file: file) { event, reader in state.handle(event, reader) }
        if let failure = reader.run() { throw GraphInputError([failure] + state.problems) }
        return try state.finish()
    }
}

private struct GraphMLKey {
    var name: String
    var type: String
    var domain: String
    var defaultValue: String?
    var yfiles: String?
}

private struct PendingRecord {
    var id: String
    var line: Int
    var fields: [String: KnowledgeAttributes.FieldValue] = [:]
    var source = "", target = ""
    var yEdLabel: String?
}

private struct GraphMLState {
    let file: String
    var problems: [Diagnostic] = []
    var keys: [String: GraphMLKey] = [:]
    var sawGraphML = false
    var graphDepth = 0
    var directed = false
    var graphFields: [String: AttributeValue] = [:]
    /// The graph, built as records end (keys precede content in GraphML), so no second copy of the records is held.
    var graph = KnowledgeGraph()
    /// Edges met before one of their nodes; once one edge waits, all later ones do too, to keep the file's order.
    var deferredEdges: [PendingRecord] = []
    var defaults: [String: [(String, AttributeValue)]]?
    var usedKeys: Set<String> = []
    /// Edges whose key is their GraphML id, and the node pairs seen (unordered when undirected): NetworkX keeps ids
    /// as keys only in a multigraph, and as the edge data `id` otherwise (see `finish`).
    var keyedByID: [Int] = []
    var pairsSeen: Set<Int> = []
    var parallel = false
    var keyFromData = false
    var nodeStack: [PendingRecord] = []   // nested group nodes (yEd)
    var edge: PendingRecord?
    var keyInProgress: (id: String, key: GraphMLKey)?
    var inDefault = false
    var data: (key: String, line: Int, depth: Int)?
    var text = ""
    var labelCapture = false
    var labelText = ""

    init(file: String) { self.file = file }

    mutating func report(_ line: Int, _ message: String, field: String? = nil) {
        problems.append(Diagnostic(file: file, line: line, field: field, message: message))
    }

    mutating func handle(_ event: XMLEventReader.Event, _ reader: XMLEventReader) {
        switch event {
        case .start(let name, let attributes, let line): start(name, attributes, line)
        case .end(let name, let line): end(name, line)
        case .text(let s):
            if data != nil || inDefault { text += s }
            if labelCapture { labelText += s }
        }
    }

    private mutating func start(_ rawName: String, _ a: [String: String], _ line: Int) {
        let name = XMLText.localName(rawName)
        if let d = data {   // inside <data>: yEd puts XML here
            data = (d.key, d.line, d.depth + 1)
            if name == "NodeLabel" || name == "EdgeLabel" { labelCapture = true; labelText = "" }
            return
        }
        switch name {
        case "graphml": sawGraphML = true
        case "key":
            guard let id = a["id"] else { report(line, "<key> without an id", field: "id"); return }
            let type = a["attr.type"] ?? "string"
            if !["boolean", "int", "long", "float", "double", "string"].contains(type) {
                report(line, "key '\(id)' has unknown attr.type '\(type)' (expected boolean, int, long, float, double or string)", field: "attr.type")
            }
            keyInProgress = (id, GraphMLKey(name: a["attr.name"] ?? id, type: type, domain: a["for"] ?? "all", yfiles: a["yfiles.type"]))
        case "default": if keyInProgress != nil { inDefault = true; text = "" }
        case "graph":
            graphDepth += 1
            if graphDepth == 1 { directed = a["edgedefault"] == "directed" }
        case "node":
            guard let id = a["id"] else { report(line, "<node> without an id", field: "id"); return }
            nodeStack.append(PendingRecord(id: id, line: line))
        case "edge":
            guard let s = a["source"], let t = a["target"] else { report(line, "<edge> without source or target"); return }
            var e = PendingRecord(id: a["id"] ?? "", line: line)
            e.source = s; e.target = t
            edge = e
        case "data":
            guard let key = a["key"] else { report(line, "<data> without a key", field: "key"); return }
            data = (key, line, 0)
            text = ""
        case "hyperedge": report(line, "hyperedges are not supported")
        case "port": report(line, "ports are not supported")
        default: break
        }
    }

    private mutating func end(_ rawName: String, _ line: Int) {
        let name = XMLText.localName(rawName)
        if let d = data {
            if d.depth > 0 {
                data = (d.key, d.line, d.depth - 1)
                if (name == "NodeLabel" || name == "EdgeLabel") && labelCapture {
                    labelCapture = false
                    let label = labelText.trimmed
                    if !label.isEmpty {
                        if edge != nil { edge!.yEdLabel = edge!.yEdLabel ?? label } else if !nodeStack.isEmpty { nodeStack[nodeStack.count - 1].yEdLabel = nodeStack[nodeStack.count - 1].yEdLabel ?? label }
                    }
                }
                return
            }
            finishData(d.key, d.line)
            data = nil
            return
        }
        switch name {
        case "default":
            if inDefault { keyInProgress?.key.defaultValue = text; inDefault = false }
        case "key":
            if let k = keyInProgress { keys[k.id] = k.key; keyInProgress = nil }
        case "graph": graphDepth -= 1
        case "node":
            if var node = nodeStack.popLast() {
                if node.fields["label"] == nil, let l = node.yEdLabel { node.fields["label"] = .value(.string(l)) }
                addNode(node)
            }
        case "edge":
            if var e = edge {
                if e.fields["label"] == nil, let l = e.yEdLabel { e.fields["label"] = .value(.string(l)) }
                // an edge whose ends are not declared yet waits for the end of the file (and so do the edges after it,
                // which keeps the file's order); the ends found here are handed on, not looked up again
                if deferredEdges.isEmpty, let ends = positions(e.source, e.target) { addEdge(e, ends: ends) } else { deferredEdges.append(e) }
            }
            edge = nil
        default: break
        }
    }

    private mutating func finishData(_ keyID: String, _ line: Int) {
        guard let key = keys[keyID] else { report(line, "data refers to undeclared key '\(keyID)'", field: keyID); return }
        if key.yfiles != nil { return }   // yEd graphics: only labels are kept (above)
        guard let value = parse(text, as: key.type, line: line, field: key.name) else { return }
        if edge != nil { edge!.fields[key.name] = .value(value) }
        else if !nodeStack.isEmpty { nodeStack[nodeStack.count - 1].fields[key.name] = .value(value) }
        else if graphDepth > 0 { graphFields[key.name] = value }
    }

    private mutating func parse(_ raw: String, as type: String, line: Int, field: String) -> AttributeValue? {
        let s = type == "string" ? raw : raw.trimmed
        switch type {
        case "boolean":
            switch s.lowercased() { case "true", "1": return .bool(true); case "false", "0": return .bool(false)
            default: report(line, "'\(s)' is not a boolean", field: field); return nil }
        case "int", "long":
            if let i = Int(s) { return .int(i) }
            report(line, "'\(s)' is not an integer (\(type))", field: field); return nil
        case "float", "double":
            if let d = Double(s) { return .double(d) }
            report(line, "'\(s)' is not a number (\(type))", field: field); return nil
        default: return .string(s)
        }
    }

    /// Key defaults by domain, computed once (GraphML declares every key before the graph content).
    private mutating func keyDefaults() -> [String: [(String, AttributeValue)]] {
        if let defaults { return defaults }
        var result: [String: [(String, AttributeValue)]] = ["node": [], "edge": [], "graph": []]
        for (_, key) in keys.sorted(by: { $0.key < $1.key }) where key.yfiles == nil {
            guard let d = key.defaultValue, let value = parse(d, as: key.type, line: 0, field: key.name) else { continue }
            for domain in key.domain == "all" ? ["node", "edge", "graph"] : [key.domain] { result[domain, default: []].append((key.name, value)) }
        }
        defaults = result
        return result
    }

    private mutating func addNode(_ pending: PendingRecord) {
        var record = pending
        for (name, value) in keyDefaults()["node"] ?? [] where record.fields[name] == nil { record.fields[name] = .value(value) }
        do {
            let node = try KnowledgeAttributes.node(id: record.id, fields: record.fields)
            do { try graph.add(node) } catch { report(record.line, "duplicate node id '\(record.id)'", field: "id") }
        } catch { report(record.line, error.message, field: error.field) }
    }

    /// The positions of the nodes named `source` and `target`, when both are declared.
    private func positions(_ source: String, _ target: String) -> (Int, Int)? {
        guard let u = graph.position(of: NodeID(source)), let v = graph.position(of: NodeID(target)) else { return nil }
        return (u, v)
    }

    /// Adds an edge read from the file; `ends`, the positions of its source and target, when the caller has them.
    private mutating func addEdge(_ pending: PendingRecord, ends: (Int, Int)? = nil) {
        var record = pending
        for (name, value) in keyDefaults()["edge"] ?? [] where record.fields[name] == nil { record.fields[name] = .value(value) }
        guard let (u, v) = ends ?? positions(record.source, record.target) else {
            let missing = graph.contains(NodeID(record.source)) ? record.target : record.source
            report(record.line, "edge refers to undeclared node '\(missing)'", field: graph.contains(NodeID(record.source)) ? "target" : "source")
            return
        }
        do {
            // NetworkX's rule: the key is the edge's id, or its data `key` when it has no id (GraphMLWriter).
            var fields = record.fields, key: String? = record.id.isEmpty ? nil : record.id
            if key == nil, case .value(let k)? = fields[GraphMLWriter.keyAttribute] {
                key = GraphMLWriter.text(k)
                fields[GraphMLWriter.keyAttribute] = nil
                keyFromData = true
            }
            // the ends by position (two 32-bit halves), as node positions stay what they were when nodes are added
            if !pairsSeen.insert(directed ? u << 32 | v : min(u, v) << 32 | max(u, v)).inserted { parallel = true }
            var edge = try KnowledgeAttributes.edge(source: record.source, target: record.target, key: key, fields: fields)
            if edge.key == nil, graph.containsEdge(source: u, edge.relation, target: v) {
                var n = 1
                while usedKeys.contains("\(record.source)|\(record.target)|\(n)") { n += 1 }
                edge.key = String(n)
                usedKeys.insert("\(record.source)|\(record.target)|\(n)")
            }
            if graph.add(edge, source: u, target: v, line: record.line) {
                // only an edge that was added can have its id moved back into its data at the end
                if !record.id.isEmpty { keyedByID.append(graph.edgeCount - 1) }
            } else { report(record.line, "duplicate edge id '\(record.id)' between \(record.source) and \(record.target)", field: "id") }
        } catch { report(record.line, error.message, field: error.field) }
    }

    mutating func finish() throws(GraphInputError) -> KnowledgeGraph {
        if !sawGraphML { report(1, "not a GraphML document (no <graphml> element)") }
        graph.isDirected = directed
        for (name, value) in keyDefaults()["graph"] ?? [] where graphFields[name] == nil { graphFields[name] = value }
        do { try KnowledgeAttributes.apply(graphFields: graphFields, to: &graph) } catch { report(1, error.message, field: error.field) }
        for record in deferredEdges { addEdge(record) }
        deferredEdges = []
        // no parallel edges: the ids were edge ids, not multigraph keys (Gephi numbers every edge); NetworkX keeps them
        // as the edge data `id` of a simple graph, and so does this reader, so a simple graph stays simple
        if !parallel && !keyFromData { graph.moveKeys(ofEdges: keyedByID, toAttribute: "id") }
        if problems.isEmpty { problems = Schema.intersection.diagnostics(for: graph, file: file) }
        guard problems.isEmpty else { throw GraphInputError(problems) }
        return graph
    }
}
