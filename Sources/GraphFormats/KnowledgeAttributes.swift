import Foundation
import GraphCore

/// How the knowledge graph's fields travel through attribute-based formats (GraphML, GEXF, node-link JSON, DOT).
///
/// | record | attribute | holds |
/// |---|---|---|
/// | node | `kind`, `label`, `description`, `aliases`, `evidence`, `sources` | the typed node (aliases and sources as JSON arrays of text in string-only formats) |
/// | edge | `relation`, `evidence`, `sources`, `note`, `weight` | the typed edge |
/// | graph | `title`, `bibliography` | the dataset title and its sources as JSON |
///
/// A node whose `kind` attribute names a node kind (other than `generic`) is read back as that typed node and these
/// attributes are consumed; any other node is generic and keeps every attribute it had (a `label` attribute
/// becomes its label, and is written back as `label`). Likewise for edges and `relation`. `weight` is always the
/// edge weight.
package enum KnowledgeAttributes {
    package static let nodeFields: Set<String> = ["kind", "label", "description", "aliases", "evidence", "sources"]
    package static let edgeFields: Set<String> = ["relation", "evidence", "sources", "note", "weight"]

    /// How list-valued fields are written.
    package enum ListStyle { case jsonText, native }

    /// A field value in a format: text, or a list of texts where the format has lists (node-link JSON).
    package enum FieldValue: Equatable {
        case value(AttributeValue)
        case list([String])
    }

    // MARK: - Writing

    /// The attributes to write for a node, sorted by name: the typed fields (typed nodes only) and the kept ones.
    package static func fields(of node: Node, lists: ListStyle) -> [(String, FieldValue)] {
        var out: [String: FieldValue] = [:]
        for (k, v) in node.attributes { out[k] = .value(v) }
        if node.kind != .generic {
            out["kind"] = .value(.string(node.kind.rawValue))
            out["evidence"] = .value(.string(node.provenance.evidence.rawValue))
            out["sources"] = list(node.provenance.citations.map(\.description), lists)
            if !node.aliases.isEmpty { out["aliases"] = list(node.aliases, lists) }
            if let d = node.description { out["description"] = .value(.string(d)) }
        }
        // An HTML-like label (from DOT) stays in the attributes as HTML; otherwise the label is text.
        if case .html? = node.attributes["label"] {} else if node.label != node.id.rawValue || node.kind != .generic {
            out["label"] = .value(.string(node.label))
        }
        return out.sorted { $0.key < $1.key }
    }

    /// The attributes to write for an edge, sorted by name.
    package static func fields(of edge: Edge, lists: ListStyle) -> [(String, FieldValue)] {
        var out: [String: FieldValue] = [:]
        for (k, v) in edge.attributes { out[k] = .value(v) }
        if edge.relation != .linked {
            out["relation"] = .value(.string(edge.relation.rawValue))
            out["evidence"] = .value(.string(edge.provenance.evidence.rawValue))
            out["sources"] = list(edge.provenance.citations.map(\.description), lists)
            if let note = edge.note { out["note"] = .value(.string(note)) }
        }
        if let w = edge.weight { out["weight"] = .value(weightValue(edge) ?? .double(w)) }
        return out.sorted { $0.key < $1.key }
    }

    /// Graph-level attributes to write: `title`, `bibliography` (JSON) and the kept ones, sorted.
    package static func fields(of graph: KnowledgeGraph) -> [(String, AttributeValue)] {
        var out = graph.attributes
        if let title = graph.title { out["title"] = .string(title) }
        if !graph.sourceKeys.isEmpty { out["bibliography"] = .string(bibliographyJSON(graph)) }
        return out.sorted { $0.key < $1.key }
    }

    private static func list(_ items: [String], _ style: ListStyle) -> FieldValue {
        switch style {
        case .native: .list(items)
        case .jsonText: .value(.string(jsonArray(items)))
        }
    }

    /// A JSON array of strings. Quotes, backslashes, control characters and the non-characters U+FFFE/U+FFFF are
    /// written as `\uXXXX` escapes, so the text has no backslash-quote pair and survives formats that treat those
    /// specially (DOT) or cannot carry them (XML 1.0).
    static func jsonArray(_ items: [String]) -> String {
        "[" + items.map(jsonString).joined(separator: ",") + "]"
    }

    static func jsonString(_ s: String) -> String { AttributeValue.jsonString(s) }

    static func bibliographyJSON(_ graph: KnowledgeGraph) -> String {
        "[" + graph.sourceKeys.map { key in
            let s = graph.sources[key]!
            var fields = [("key", jsonString(s.key)), ("title", jsonString(s.title))]
            if let a = s.author { fields.append(("author", jsonString(a))) }
            if let y = s.year { fields.append(("year", String(y))) }
            if let u = s.url { fields.append(("url", jsonString(u))) }
            if let p = s.path { fields.append(("path", jsonString(p))) }
            if let n = s.note { fields.append(("note", jsonString(n))) }
            return "{" + fields.sorted { $0.0 < $1.0 }.map { "\"\($0.0)\":\($0.1)" }.joined(separator: ",") + "}"
        }.joined(separator: ",") + "]"
    }

    // MARK: - Reading

    /// Problems met while reading fields, reported by the caller with its file and line.
    package struct FieldError: Error {
        package let field: String
        package let message: String
    }

    /// Builds a node from its ID and attributes (see the type's documentation for what is consumed).
    package static func node(id: String, fields: [String: FieldValue]) throws(FieldError) -> Node {
        var kept: [String: AttributeValue] = [:]
        for (k, v) in fields { if case .value(let a) = v { kept[k] = a } else if case .list(let l) = v { kept[k] = .list(l.map(AttributeValue.string)) } }
        let label = text(fields["label"]) ?? id
        var isHTML = false
        if case .value(.html)? = fields["label"] { isHTML = true }
        guard let kindText = text(fields["kind"]), let kind = NodeKind(rawValue: kindText), kind != .generic else {
            if !isHTML { kept["label"] = nil }
            return Node(id: NodeID(id), kind: .generic, label: label, provenance: .unspecified, attributes: kept)
        }
        for field in nodeFields where !(field == "label" && isHTML) { kept[field] = nil }
        let provenance = try provenance(fields, owner: "node '\(id)'")
        let aliases = try list(fields["aliases"], field: "aliases") ?? []
        return Node(id: NodeID(id), kind: kind, label: label, description: text(fields["description"]), aliases: aliases,
                    provenance: provenance, attributes: kept)
    }

    /// An integer-read weight as the integer it was (``Edge/weightIsInteger``), or `nil`.
    package static func weightValue(_ edge: Edge) -> AttributeValue? {
        guard edge.weightIsInteger, let w = edge.weight, let i = Int(exactly: w) else { return nil }
        return .int(i)
    }

    /// Builds an edge from its endpoints and attributes.
    package static func edge(source: String, target: String, key: String?, fields: [String: FieldValue]) throws(FieldError) -> Edge {
        var kept: [String: AttributeValue] = [:]
        for (k, v) in fields { if case .value(let a) = v { kept[k] = a } else if case .list(let l) = v { kept[k] = .list(l.map(AttributeValue.string)) } }
        var weight: Double?
        var integer = false
        if let w = fields["weight"] {
            guard case .value(let value) = w, let number = value.number, number.isFinite else {
                throw FieldError(field: "weight", message: "weight of edge \(source) → \(target) is not a finite number")
            }
            weight = number
            if case .int = value { integer = true }
            kept["weight"] = nil
        }
        guard let relationText = text(fields["relation"]), let relation = Relation(rawValue: relationText), relation != .linked else {
            var edge = Edge(source: NodeID(source), relation: .linked, target: NodeID(target), provenance: .unspecified,
                            weight: weight, key: key, attributes: kept)
            edge.weightIsInteger = integer
            return edge
        }
        for field in edgeFields { kept[field] = nil }
        var edge = Edge(source: NodeID(source), relation: relation, target: NodeID(target),
                        provenance: try provenance(fields, owner: "edge \(source) → \(target)"), weight: weight,
                        note: text(fields["note"]), key: key, attributes: kept)
        edge.weightIsInteger = integer
        return edge
    }

    /// Applies graph-level attributes: `title`, `bibliography`, the rest kept.
    package static func apply(graphFields: [String: AttributeValue], to graph: inout KnowledgeGraph) throws(FieldError) {
        for (k, v) in graphFields {
            switch k {
            case "title": graph.title = v.description
            case "bibliography":
                guard let data = v.description.data(using: .utf8),
                      let entries = (try? JSONSerialization.jsonObject(with: data)) as? [[String: Any]] else {
                    throw FieldError(field: "bibliography", message: "the graph's bibliography attribute is not a JSON list of sources")
                }
                for e in entries {
                    guard let key = e["key"] as? String, let title = e["title"] as? String else {
                        throw FieldError(field: "bibliography", message: "a bibliography entry lacks 'key' or 'title'")
                    }
                    do {
                        try graph.add(Source(key: key, title: title, author: e["author"] as? String, year: (e["year"] as? NSNumber)?.intValue,
                                             url: e["url"] as? String, path: e["path"] as? String, note: e["note"] as? String))
                    } catch { throw FieldError(field: "bibliography", message: error.description) }
                }
            default: graph.attributes[k] = v
            }
        }
    }

    private static func provenance(_ fields: [String: FieldValue], owner: String) throws(FieldError) -> Provenance {
        guard let e = text(fields["evidence"]) else { return .unspecified }
        guard let level = EvidenceLevel(rawValue: e) else {
            throw FieldError(field: "evidence", message: "\(owner) has unknown evidence level '\(e)' (expected one of: \(EvidenceLevel.allCases.map(\.rawValue).joined(separator: ", ")))")
        }
        let sources = try list(fields["sources"], field: "sources") ?? []
        return Provenance(evidence: level, citations: sources.map(Citation.init(parsing:)))
    }

    private static func text(_ v: FieldValue?) -> String? {
        guard case .value(let a)? = v else { return nil }
        return a.description
    }

    /// A list field: a native list, or text holding a JSON array of strings.
    private static func list(_ v: FieldValue?, field: String) throws(FieldError) -> [String]? {
        switch v {
        case nil: return nil
        case .list(let items): return items
        case .value(let a):
            guard let data = a.description.data(using: .utf8), let items = (try? JSONSerialization.jsonObject(with: data)) as? [String] else {
                throw FieldError(field: field, message: "'\(field)' must be a JSON list of texts, got '\(a.description.prefix(40))'")
            }
            return items
        }
    }
}
