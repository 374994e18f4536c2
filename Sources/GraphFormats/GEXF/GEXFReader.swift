import Foundation
import GraphCore

/// Reads GEXF 1.2 and 1.3 as Gephi and NetworkX write them: typed node and edge attributes (with defaults), labels,
/// edge weights, `defaultedgetype`, and the `viz` colour, position, size and shape of nodes, with or without the viz
/// namespace (kept as attributes `viz.color`, `viz.position`, `viz.size`, `viz.shape`). Dynamic graphs (spells,
/// `mode="dynamic"`) are refused. Every problem is reported with file and line.
///
/// The conventions ``GEXFWriter`` documents, read back: the `<meta>` description is the graph's title, keywords
/// `subgraph: …` mark a part of a larger graph; the edge
/// attribute `networkx_key` is the edge's multigraph key; edge ids that only number the edges in file order (0, 1, …,
/// as NetworkX, Gephi and our writer number them) are not data, any other edge id is kept as the edge attribute `id`.
public enum GEXFReader {
    /// Reads a GEXF file; `displayName` names it in errors (default: its path).
    public static func read(contentsOf url: URL, displayName: String? = nil) throws(GraphInputError) -> KnowledgeGraph {
        let name = displayName ?? url.path
        return try read(input: XMLEventReader.input(contentsOf: url, displayName: name), file: name)
    }

    /// Reads GEXF bytes; `file` names them in errors.
    public static func read(data: Data, file: String) throws(GraphInputError) -> KnowledgeGraph {
        try read(input: XMLEventReader.input(data: data, file: file), file: file)
    }

    static func read(input: XMLEventReader.Input, file: String) throws(GraphInputError) -> KnowledgeGraph {
        var state = GEXFState(file: file)
        let reader = XMLEventReader(input: input, file: file) { event, _ in state.handle(event) }
        if let failure = reader.run() { throw GraphInputError([failure] + state.problems) }
        return try state.finish()
    }
}

private struct GEXFAttribute { var title: String; var type: String; var defaultValue: String? }

private struct GEXFRecord {
    var id: String
    var line: Int
    var fields: [String: KnowledgeAttributes.FieldValue] = [:]
    var source = "", target = ""
    var hasID = true
}

private struct GEXFState {
    let file: String
    var problems: [Diagnostic] = []
    var sawGEXF = false
    var directed = true
    var attributeClass: String?
    var attributes: [String: [String: GEXFAttribute]] = ["node": [:], "edge": [:]]
    var attributeInProgress: (id: String, attr: GEXFAttribute)?
    var inDefault = false
    var text = ""
    var metaField: String?
    var graphFields: [String: AttributeValue] = [:]
    var node: GEXFRecord?
    var edge: GEXFRecord?
    var nodes: [GEXFRecord] = []
    var edges: [GEXFRecord] = []

    init(file: String) { self.file = file }

    static let integerTypes: Set<String> = ["integer", "long", "short", "byte"]
    static let realTypes: Set<String> = ["float", "double", "bigdecimal"]
    static let textTypes: Set<String> = ["string", "liststring", "anyuri", "date", "time", "datetime", "char",
                                         "listboolean", "listinteger", "listlong", "listfloat", "listdouble", "listbyte", "listshort", "listchar", "listbigdecimal", "listbiginteger", "biginteger"]

    mutating func report(_ line: Int, _ message: String, field: String? = nil) {
        problems.append(Diagnostic(file: file, line: line, field: field, message: message))
    }

    mutating func handle(_ event: XMLEventReader.Event) {
        switch event {
        case .start(let raw, let a, let line): start(XMLText.localName(raw), raw, a, line)
        case .end(let raw, _): end(XMLText.localName(raw))
        case .text(let s): if inDefault || metaField != nil { text += s }
        }
    }

    private mutating func start(_ name: String, _ raw: String, _ a: [String: String], _ line: Int) {
        switch name {
        case "gexf": sawGEXF = true
        case "description", "keywords":
            metaField = name; text = ""
        case "graph":
            if a["mode"] == "dynamic" { report(line, "dynamic GEXF graphs are not supported", field: "mode") }
            directed = (a["defaultedgetype"] ?? "undirected") != "undirected"
            if let name = a["name"] { graphFields["name"] = .string(name) }
        case "attributes": attributeClass = a["class"]
            if a["mode"] == "dynamic" { report(line, "dynamic attributes are not supported", field: "mode") }
        case "attribute":
            guard let id = a["id"], let cls = attributeClass else { report(line, "<attribute> without id or class"); return }
            let type = (a["type"] ?? "string").lowercased()
            if !(Self.integerTypes.contains(type) || Self.realTypes.contains(type) || Self.textTypes.contains(type) || type == "boolean") {
                report(line, "attribute '\(a["title"] ?? id)' has unknown type '\(type)'", field: "type")
            }
            if !["node", "edge", "graph"].contains(cls) { report(line, "attributes of class '\(cls)' are not supported", field: "class") }
            attributeInProgress = (id, GEXFAttribute(title: a["title"] ?? id, type: type))
        case "default": if attributeInProgress != nil { inDefault = true; text = "" }
        case "node":
            guard let id = a["id"] else { report(line, "<node> without an id", field: "id"); return }
            var r = GEXFRecord(id: id, line: line)
            if let label = a["label"] { r.fields["label"] = .value(.string(label)) }
            node = r
        case "edge":
            guard let s = a["source"], let t = a["target"] else { report(line, "<edge> without source or target"); return }
            var r = GEXFRecord(id: a["id"] ?? "", line: line)
            r.hasID = a["id"] != nil
            r.source = s; r.target = t
            if let w = a["weight"] {
                if let d = Double(w) { r.fields["weight"] = .value(.double(d)) } else { report(line, "edge weight '\(w)' is not a number", field: "weight") }
            }
            if let label = a["label"] { r.fields["label"] = .value(.string(label)) }
            edge = r
        case "attvalue":
            guard let key = a["for"] ?? a["id"], let raw = a["value"] else { report(line, "<attvalue> without for or value"); return }
            if a["start"] != nil || a["end"] != nil { report(line, "dynamic attribute values are not supported") }
            let cls = edge != nil ? "edge" : "node"
            guard let attr = attributes[cls]?[key] else { report(line, "attvalue refers to undeclared \(cls) attribute '\(key)'", field: key); return }
            guard let value = parse(raw, attr, line: line) else { return }
            if edge != nil { edge!.fields[attr.title] = .value(value) } else if node != nil { node!.fields[attr.title] = .value(value) }
        case "color" where raw.hasPrefix("viz") || raw == "color":
            guard node != nil else { return }
            var parts = [a["r"] ?? "0", a["g"] ?? "0", a["b"] ?? "0"]
            if let alpha = a["a"] { parts.append(alpha) }
            node!.fields["viz.color"] = .value(.string(parts.joined(separator: ",")))
        case "position":
            guard node != nil else { return }
            node!.fields["viz.position"] = .value(.string([a["x"] ?? "0", a["y"] ?? "0", a["z"] ?? "0"].joined(separator: ",")))
        case "size":
            guard node != nil, let v = a["value"], let d = Double(v) else { return }
            node!.fields["viz.size"] = .value(.double(d))
        case "shape":
            guard node != nil, let v = a["value"] else { return }
            node!.fields["viz.shape"] = .value(.string(v))
        case "spells", "spell": report(line, "dynamic GEXF (spells) is not supported")
        default: break
        }
    }

    private mutating func end(_ name: String) {
        switch name {
        case "default": if inDefault { attributeInProgress?.attr.defaultValue = text; inDefault = false }
        case "attribute":
            if let p = attributeInProgress, let cls = attributeClass {
                // Graph attributes carry their value as the default (how our writer stores title and bibliography).
                if cls == "graph" { if let d = p.attr.defaultValue { graphFields[p.attr.title] = .string(d) } } else { attributes[cls, default: [:]][p.id] = p.attr }
            }
            attributeInProgress = nil
        case "attributes": attributeClass = nil
        case "description":
            if metaField == name { graphFields["title"] = .string(text.trimmed); metaField = nil }
        case "keywords":
            if metaField == name, text.trimmed.hasPrefix(GEXFWriter.subgraphKeywords) {
                graphFields[GEXFWriter.subgraphAttribute] = .string(String(text.trimmed.dropFirst(GEXFWriter.subgraphKeywords.count)))
            }
            metaField = nil
        case "node": if let n = node { nodes.append(n) }; node = nil
        case "edge": if let e = edge { edges.append(e) }; edge = nil
        default: break
        }
    }

    private mutating func parse(_ raw: String, _ attr: GEXFAttribute, line: Int) -> AttributeValue? {
        let t = attr.type
        if Self.integerTypes.contains(t) {
            if let i = Int(raw.trimmed) { return .int(i) }
            report(line, "'\(raw)' is not an integer (\(t))", field: attr.title); return nil
        }
        if Self.realTypes.contains(t) {
            if let d = Double(raw.trimmed) { return .double(d) }
            report(line, "'\(raw)' is not a number (\(t))", field: attr.title); return nil
        }
        if t == "boolean" {
            switch raw.lowercased() { case "true", "1": return .bool(true); case "false", "0": return .bool(false)
            default: report(line, "'\(raw)' is not a boolean", field: attr.title); return nil }
        }
        return .string(raw)
    }

    mutating func finish() throws(GraphInputError) -> KnowledgeGraph {
        if !sawGEXF { report(1, "not a GEXF document (no <gexf> element)") }
        var graph = KnowledgeGraph(isDirected: directed)
        do { try KnowledgeAttributes.apply(graphFields: graphFields, to: &graph) } catch { report(1, error.message, field: error.field) }
        func withDefaults(_ record: GEXFRecord, _ cls: String) -> [String: KnowledgeAttributes.FieldValue] {
            var fields = record.fields
            for (_, attr) in attributes[cls] ?? [:] where fields[attr.title] == nil {
                if let d = attr.defaultValue, let v = parseQuietly(d, attr) { fields[attr.title] = .value(v) }
            }
            return fields
        }
        for record in nodes {
            do {
                let node = try KnowledgeAttributes.node(id: record.id, fields: withDefaults(record, "node"))
                do { try graph.add(node) } catch { report(record.line, "duplicate node id '\(record.id)'", field: "id") }
            } catch { report(record.line, error.message, field: error.field) }
        }
        // Ids 0, 1, … in file order number the edges; any other ids are data.
        let numbered = edges.enumerated().allSatisfy { $0.element.hasID && $0.element.id == String($0.offset) }
        // Edges the graph could not otherwise tell apart (same source, target and relation) and that carry no
        // networkx_key are told apart by their ids, as NetworkX does.
        func pair(_ r: GEXFRecord) -> String {
            var relation = ""
            if case .value(let v)? = r.fields["relation"] { relation = GraphMLWriter.text(v) }
            return [r.source, r.target, relation].joined(separator: "\u{1}")
        }
        var multiplicity: [String: Int] = [:]
        for r in edges where r.fields[GEXFWriter.keyAttribute] == nil { multiplicity[pair(r), default: 0] += 1 }
        for record in edges {
            guard let u = graph.position(of: NodeID(record.source)), let v = graph.position(of: NodeID(record.target)) else {
                let missing = graph.contains(NodeID(record.source)) ? record.target : record.source
                report(record.line, "edge refers to undeclared node '\(missing)'")
                continue
            }
            do {
                var fields = withDefaults(record, "edge")
                var key: String?
                if case .value(let k)? = fields.removeValue(forKey: GEXFWriter.keyAttribute) { key = GraphMLWriter.text(k) }
                else if record.hasID, multiplicity[pair(record), default: 0] > 1 { key = record.id }
                if record.hasID && !numbered && fields["id"] == nil { fields["id"] = .value(.string(record.id)) }
                let edge = try KnowledgeAttributes.edge(source: record.source, target: record.target, key: key, fields: fields)
                if !graph.add(edge, source: u, target: v, line: record.line) { report(record.line, "duplicate edge key '\(key ?? "")' between '\(record.source)' and '\(record.target)'", field: GEXFWriter.keyAttribute) }
            } catch { report(record.line, error.message, field: error.field) }
        }
        if problems.isEmpty { problems = Schema.intersection.diagnostics(for: graph, file: file) }
        guard problems.isEmpty else { throw GraphInputError(problems) }
        return graph
    }

    private func parseQuietly(_ raw: String, _ attr: GEXFAttribute) -> AttributeValue? {
        if Self.integerTypes.contains(attr.type) { return Int(raw).map { .int($0) } }
        if Self.realTypes.contains(attr.type) { return Double(raw).map { .double($0) } }
        if attr.type == "boolean" { return ["true", "1"].contains(raw.lowercased()) ? .bool(true) : .bool(false) }
        return .string(raw)
    }
}
