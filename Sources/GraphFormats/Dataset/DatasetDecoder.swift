import Foundation
import Yams
import GraphCore

/// Walks a composed YAML tree, building the graph and collecting every problem. Used by ``DatasetReader``.
struct DatasetDecoder {
    let file: String
    private(set) var diagnostics: [Diagnostic] = []
    private var schema = Schema.intersection
    /// Where each node's entry starts, for problems found only once the whole graph is known.
    private var nodeMarks: [NodeID: Mark] = [:]

    init(file: String) { self.file = file }

    private static let rootFields = ["format", "title", "directed", "attributes", "sources", "nodes", "edges"]
    private static let sourceFields = ["title", "author", "year", "url", "path", "note"]
    private static let nodeFields = ["id", "kind", "label", "description", "aliases", "evidence", "sources", "attributes"]
    private static let edgeGroupFields = ["from", "evidence", "sources", "note", "weight", "key", "attributes"]

    /// A reference to a node, kept with its position until every node is known.
    private struct PendingEdge {
        var source: NodeID
        var sourceMark: Mark?
        var relation: Relation
        var target: NodeID
        var targetMark: Mark?
        var provenance: Provenance
        var note: String?
        var weight: Double?
        var weightIsInteger: Bool
        var key: String?
        var attributes: [String: AttributeValue]
    }

    private struct PendingCitation {
        var citation: Citation
        var mark: Mark?
        var field: String
    }

    mutating func decode(_ root: Yams.Node) -> KnowledgeGraph {
        var graph = KnowledgeGraph(isDirected: true)
        guard let top = mapping(root, field: "(document)") else { return graph }
        var pendingEdges: [PendingEdge] = []
        var citations: [PendingCitation] = []

        checkKeys(top, allowed: Self.rootFields, context: "top level")
        if let format = top["format"] {
            if let value = string(format, field: "format"), value != DatasetReader.formatIdentifier {
                report(format, field: "format", "unsupported format '\(value)'; this reader reads '\(DatasetReader.formatIdentifier)'")
            }
        } else {
            report(root, field: "format", "missing required field (expected 'format: \(DatasetReader.formatIdentifier)')")
        }
        if let title = top["title"] { graph.title = string(title, field: "title") }
        if let directed = top["directed"] {
            if let b = boolValue(directed) { graph.isDirected = b } else { report(directed, field: "directed", "expected true or false") }
        }
        if let attributes = top["attributes"] { graph.attributes = attributeMap(attributes, field: "attributes") }

        if let sources = top["sources"], let map = mapping(sources, field: "sources") {
            for (keyNode, value) in map {
                guard let key = string(keyNode, field: "sources") else { continue }
                if let source = decodeSource(key: key, keyNode: keyNode, value) {
                    do { try graph.add(source) } catch { report(keyNode, field: "sources.\(key)", error.description) }
                }
            }
        } else if top["sources"] == nil {
            report(root, field: "sources", "missing required field (the bibliography that citations refer to)")
        }

        if let nodes = top["nodes"], let seq = sequence(nodes, field: "nodes") {
            for (i, entry) in seq.enumerated() {
                guard let node = decodeNode(entry, index: i, citations: &citations) else { continue }
                if let mark = entry.mark { nodeMarks[node.id] = mark }
                do { try graph.add(node) } catch {
                    report(entry["id"] ?? entry, field: "nodes[\(i)].id", "duplicate node ID '\(node.id)'; IDs must be unique")
                }
            }
        } else if top["nodes"] == nil {
            report(root, field: "nodes", "missing required field")
        }

        if let edges = top["edges"], let seq = sequence(edges, field: "edges") {
            for (i, entry) in seq.enumerated() {
                decodeEdgeGroup(entry, index: i, into: &pendingEdges, citations: &citations)
            }
        } else if top["edges"] == nil {
            report(root, field: "edges", "missing required field (write 'edges: []' for a graph without edges; a file that ends before its edges may have been cut short)")
        }

        for pending in citations where graph.sources[pending.citation.sourceKey] == nil {
            let known = graph.sourceKeys
            let hint = NameSuggestions.closest(to: pending.citation.sourceKey, among: known).map { "; did you mean \($0.joined(separator: ", "))?" } ?? ""
            report(pending.mark, field: pending.field, "unknown source key '\(pending.citation.sourceKey)' (not in 'sources')\(hint)")
        }

        for edge in pendingEdges { addEdge(edge, to: &graph) }
        // Counted only over a graph that is otherwise sound: a mistyped edge would also show up as a missing one.
        if diagnostics.isEmpty && Schema.checksCardinalities(of: graph) {
            let violations = schema.cardinalityViolations(in: graph)
            // Many nodes without their edges at once most likely means the file was cut short.
            let lacking = Set(violations.filter(\.found.isEmpty).map(\.node)).count
            let hint = lacking >= 3 && lacking * 10 >= graph.nodeCount ? " (many nodes lack their edges: was the file cut short?)" : ""
            for v in violations {
                report(nodeMarks[v.node], field: "edges", "\(v)\(v.found.isEmpty ? hint : "")")
            }
        }
        return graph
    }

    // MARK: - Records

    private mutating func decodeSource(key: String, keyNode: Yams.Node, _ value: Yams.Node) -> Source? {
        let field = "sources.\(key)"
        guard let map = mapping(value, field: field) else { return nil }
        checkKeys(map, allowed: Self.sourceFields, context: field)
        guard let title = required(map, "title", in: value, field: field).flatMap({ string($0, field: "\(field).title") }) else { return nil }
        var year: Int?
        if let y = map["year"] {
            if let text = string(y, field: "\(field).year"), let n = Int(text) { year = n }
            else { report(y, field: "\(field).year", "expected a whole number (a year), got '\(y.string ?? "?")'") }
        }
        var path: String?
        if let p = map["path"], let text = nonEmptyString(p, field: "\(field).path") {
            // A path leaves the dataset's folder tree only by being absolute or by climbing out of it with '..'.
            if text.hasPrefix("/") || text.split(separator: "/").contains("..") || text.contains("\\") {
                report(p, field: "\(field).path", "'\(text)' must be a relative path inside the dataset's folder, written with '/' (e.g. sources/notes.md)")
            } else { path = text }
        }
        return Source(key: key, title: title, author: map["author"].flatMap { string($0, field: "\(field).author") },
                      year: year, url: map["url"].flatMap { string($0, field: "\(field).url") },
                      path: path, note: map["note"].flatMap { string($0, field: "\(field).note") })
    }

    private mutating func decodeNode(_ entry: Yams.Node, index i: Int, citations: inout [PendingCitation]) -> GraphCore.Node? {
        let field = "nodes[\(i)]"
        guard let map = mapping(entry, field: field) else { return nil }
        checkKeys(map, allowed: Self.nodeFields, context: field)
        let idNode = required(map, "id", in: entry, field: field)
        let id = idNode.flatMap { nodeID($0, field: "\(field).id") }
        let kind = required(map, "kind", in: entry, field: field).flatMap { enumValue($0, NodeKind.self, field: "\(field).kind") }
        // Generic nodes come from other formats, where an empty label is a choice (DOT's `label=""`); typed ones need one.
        let label = required(map, "label", in: entry, field: field).flatMap {
            kind == .generic ? string($0, field: "\(field).label") : nonEmptyString($0, field: "\(field).label")
        }
        let description = map["description"].flatMap { string($0, field: "\(field).description") }
        let attributes = map["attributes"].map { attributeMap($0, field: "\(field).attributes") } ?? [:]
        var aliases: [String] = []
        if let a = map["aliases"], let seq = sequence(a, field: "\(field).aliases") {
            aliases = seq.compactMap { nonEmptyString($0, field: "\(field).aliases") }
        }
        let provenance = decodeProvenance(map, in: entry, field: field, citations: &citations)
        // A node whose ID and kind are sound is kept even when other fields are not (their problems are already
        // reported), so that edges pointing to it do not add a cascade of 'unknown node' reports.
        guard let id, let kind else { return nil }
        return GraphCore.Node(id: id, kind: kind, label: label ?? id.rawValue, description: description?.trimmed,
                          aliases: aliases, provenance: provenance ?? .unspecified, attributes: attributes)
    }

    private mutating func decodeEdgeGroup(_ entry: Yams.Node, index i: Int, into pending: inout [PendingEdge],
                                          citations: inout [PendingCitation]) {
        let field = "edges[\(i)]"
        guard let map = mapping(entry, field: field) else { return }
        let fromNode = required(map, "from", in: entry, field: field)
        let from = fromNode.flatMap { nodeID($0, field: "\(field).from") }
        let note = map["note"].flatMap { string($0, field: "\(field).note") }
        let edgeKey = map["key"].flatMap { string($0, field: "\(field).key") }
        var weight: Double?
        var weightIsInteger = false
        if let w = map["weight"] {
            if let value = numberValue(w), value.isFinite { weight = value } else { report(w, field: "\(field).weight", "expected a finite number") }
            if case .scalar(let s) = w, s.style == .plain, Int(s.string) != nil { weightIsInteger = true }
        }
        let attributes = map["attributes"].map { attributeMap($0, field: "\(field).attributes") } ?? [:]
        let provenance = decodeProvenance(map, in: entry, field: field, citations: &citations)
        var sawRelation = false, sawUnknown = false
        for (keyNode, value) in map {
            guard let key = keyNode.string, !Self.edgeGroupFields.contains(key) else { continue }
            guard let relation = Relation(rawValue: key) else {
                let hint = NameSuggestions.closest(to: key, among: Self.edgeGroupFields + Relation.allCases.map(\.rawValue))
                    .map { "; did you mean \($0.joined(separator: ", "))?" } ?? ""
                report(keyNode, field: "\(field).\(key)", "unknown field or relation '\(key)'\(hint)")
                sawUnknown = true
                continue
            }
            sawRelation = true
            let targets: [Yams.Node]
            if case .sequence(let seq) = value { targets = Array(seq) } else { targets = [value] }
            if targets.isEmpty { report(value, field: "\(field).\(key)", "empty list of targets") }
            for target in targets {
                guard let targetID = nodeID(target, field: "\(field).\(key)"), let from, let provenance else { continue }
                pending.append(PendingEdge(source: from, sourceMark: fromNode?.mark, relation: relation, target: targetID,
                                           targetMark: target.mark, provenance: provenance, note: note, weight: weight,
                                           weightIsInteger: weightIsInteger, key: edgeKey, attributes: attributes))
            }
        }
        if !sawRelation && !sawUnknown {
            report(entry, field: field, "no relation given (expected at least one of: \(Relation.allCases.map(\.rawValue).joined(separator: ", ")))")
        }
    }

    private mutating func decodeProvenance(_ map: Yams.Node.Mapping, in entry: Yams.Node, field: String,
                                           citations: inout [PendingCitation]) -> Provenance? {
        let evidence = required(map, "evidence", in: entry, field: field)
            .flatMap { enumValue($0, EvidenceLevel.self, field: "\(field).evidence") }
        var cites: [Citation] = []
        if let s = required(map, "sources", in: entry, field: field), let seq = sequence(s, field: "\(field).sources") {
            if seq.isEmpty { report(s, field: "\(field).sources", "at least one source key is required") }
            for item in seq {
                guard let text = nonEmptyString(item, field: "\(field).sources") else { continue }
                let citation = Citation(parsing: text)
                cites.append(citation)
                citations.append(PendingCitation(citation: citation, mark: item.mark, field: "\(field).sources"))
            }
        }
        guard let evidence, !cites.isEmpty else { return nil }
        return Provenance(evidence: evidence, citations: cites)
    }

    private mutating func addEdge(_ e: PendingEdge, to graph: inout KnowledgeGraph) {
        guard let source = graph.node(e.source) else {
            report(e.sourceMark, field: "from", "unknown node '\(e.source)'\(suggestion(for: e.source, in: graph))")
            return
        }
        guard let target = graph.node(e.target) else {
            report(e.targetMark, field: e.relation.rawValue, "unknown node '\(e.target)'\(suggestion(for: e.target, in: graph))")
            return
        }
        guard schema.allows(source.kind, e.relation, target.kind) else {
            let allowed = schema.targets(of: source.kind, via: e.relation).map(\.rawValue)
            let why = allowed.isEmpty
                ? "a \(source.kind.rawValue) cannot have '\(e.relation.rawValue)' edges (allowed: \(schema.relations(from: source.kind).map(\.rawValue).joined(separator: ", ")))"
                : "'\(e.relation.rawValue)' from a \(source.kind.rawValue) must point to \(allowed.joined(separator: " or ")), not to \(target.kind.rawValue) '\(target.id)'"
            report(e.targetMark, field: e.relation.rawValue, "relation outside the schema: \(why)")
            return
        }
        do {
            var edge = Edge(source: e.source, relation: e.relation, target: e.target, provenance: e.provenance,
                            weight: e.weight, note: e.note, key: e.key, attributes: e.attributes)
            edge.weightIsInteger = e.weightIsInteger
            try graph.add(edge, line: e.targetMark.map(\.line))
        } catch {
            report(e.targetMark, field: e.relation.rawValue, error.description)
        }
    }

    private func suggestion(for id: NodeID, in graph: KnowledgeGraph) -> String {
        NameSuggestions.closest(to: id.rawValue, among: graph.nodes.map(\.id.rawValue)).map { "; did you mean \($0.joined(separator: ", "))?" } ?? ""
    }

    // MARK: - Typed access with reporting

    /// A plain YAML null (`~`, `null`, or nothing). The reader composes with Yams' basic resolver, which leaves tag
    /// resolution (and its regular expressions, most of the load time) to these few checks.
    private func isNull(_ node: Yams.Node) -> Bool {
        guard case .scalar(let s) = node, s.style == .plain else { return false }
        return s.string.isEmpty || s.string == "~" || s.string == "null" || s.string == "Null" || s.string == "NULL"
    }

    /// A plain (unquoted) YAML scalar that reads as a boolean, or nil.
    private func boolValue(_ node: Yams.Node) -> Bool? {
        guard case .scalar(let s) = node, s.style == .plain else { return nil }
        switch s.string.lowercased() { case "true", "yes", "on": return true; case "false", "no", "off": return false; default: return nil }
    }

    private func numberValue(_ node: Yams.Node) -> Double? {
        guard case .scalar(let s) = node, s.style == .plain else { return nil }
        return Double(s.string)
    }

    /// `attributes:` maps names to typed values: plain YAML integers, floats and booleans keep their type; quoted or
    /// other text stays text; `{html: "<b>x</b>"}` is an HTML-like label from DOT; a sequence is a list of such values.
    private mutating func attributeMap(_ node: Yams.Node, field: String) -> [String: AttributeValue] {
        guard let map = mapping(node, field: field) else { return [:] }
        var result: [String: AttributeValue] = [:]
        for (keyNode, value) in map {
            guard let key = string(keyNode, field: field) else { continue }
            if result[key] != nil { report(keyNode, field: "\(field).\(key)", "duplicate attribute '\(key)'"); continue }
            if let v = attributeValue(value, field: "\(field).\(key)") { result[key] = v }
        }
        return result
    }

    private mutating func attributeValue(_ value: Yams.Node, field: String) -> AttributeValue? {
        switch value {
        case .scalar(let s):
            if s.style == .plain, !isNull(value), let i = Int(s.string) { return .int(i) }
            if s.style == .plain, !isNull(value), let b = boolValue(value), ["true", "false"].contains(s.string) { return .bool(b) }
            if s.style == .plain, let d = Self.yamlSpecialFloat(s.string) { return .double(d) }
            if s.style == .plain, !isNull(value), let d = Double(s.string), s.string.contains(where: { ".eEn".contains($0) }) { return .double(d) }
            return string(value, field: field).map(AttributeValue.string)
        case .mapping(let m) where m.count == 1 && m["html"] != nil:
            return string(m["html"]!, field: "\(field).html").map(AttributeValue.html)
        case .sequence(let items):
            var list: [AttributeValue] = []
            for (i, item) in items.enumerated() {
                guard let v = attributeValue(item, field: "\(field)[\(i)]") else { return nil }
                list.append(v)
            }
            return .list(list)
        default:
            report(value, field: field, "attribute values must be text, numbers, true/false, {html: …} or a list of those")
            return nil
        }
    }

    /// YAML's non-finite floats (`.inf`, `-.inf`, `+.inf`, `.nan`, in any of YAML's cases), as the writer writes them.
    static func yamlSpecialFloat(_ s: String) -> Double? {
        switch s {
        case ".inf", ".Inf", ".INF", "+.inf", "+.Inf", "+.INF": .infinity
        case "-.inf", "-.Inf", "-.INF": -.infinity
        case ".nan", ".NaN", ".NAN": .nan
        default: nil
        }
    }

    private mutating func report(_ node: Yams.Node?, field: String?, _ message: String) {
        report(node?.mark, field: field, message)
    }

    private mutating func report(_ mark: Mark?, field: String?, _ message: String) {
        diagnostics.append(Diagnostic(file: file, line: mark?.line, column: mark?.column, field: field, message: message))
    }

    private mutating func checkKeys(_ map: Yams.Node.Mapping, allowed: [String], context: String) {
        var seen: Set<String> = []
        for (keyNode, _) in map {
            guard let key = keyNode.string else { report(keyNode, field: context, "keys must be plain text"); continue }
            if !seen.insert(key).inserted { report(keyNode, field: key, "duplicate key '\(key)' in \(context)") }
            if !allowed.contains(key) {
                let hint = NameSuggestions.closest(to: key, among: allowed).map { "; did you mean \($0.joined(separator: ", "))?" } ?? ""
                report(keyNode, field: key, "unknown field '\(key)' in \(context) (allowed: \(allowed.joined(separator: ", ")))\(hint)")
            }
        }
    }

    private mutating func required(_ map: Yams.Node.Mapping, _ key: String, in owner: Yams.Node, field: String) -> Yams.Node? {
        guard let value = map[key] else {
            report(owner, field: "\(field).\(key)", "missing required field '\(key)'")
            return nil
        }
        if case .scalar(let s) = value, isNull(value) || (s.string.isEmpty && s.style == .plain) {
            report(value, field: "\(field).\(key)", "required field '\(key)' has no value")
            return nil
        }
        return value
    }

    private mutating func mapping(_ node: Yams.Node, field: String) -> Yams.Node.Mapping? {
        if case .mapping(let m) = node { return m }
        report(node, field: field, "expected a mapping (key: value lines), found \(describe(node))")
        return nil
    }

    private mutating func sequence(_ node: Yams.Node, field: String) -> Yams.Node.Sequence? {
        if case .sequence(let s) = node { return s }
        report(node, field: field, "expected a list, found \(describe(node))")
        return nil
    }

    private mutating func string(_ node: Yams.Node, field: String) -> String? {
        if case .scalar(let s) = node, !isNull(node) { return s.string }
        report(node, field: field, "expected text, found \(describe(node))")
        return nil
    }

    private mutating func nonEmptyString(_ node: Yams.Node, field: String) -> String? {
        guard let s = string(node, field: field) else { return nil }
        let trimmed = s.trimmed
        if trimmed.isEmpty { report(node, field: field, "must not be empty"); return nil }
        return trimmed
    }

    private mutating func nodeID(_ node: Yams.Node, field: String) -> NodeID? {
        guard let s = string(node, field: field) else { return nil }
        guard NodeIDSyntax.isValid(s) else {
            report(node, field: field, "invalid node ID '\(s)': \(NodeIDSyntax.rule)")
            return nil
        }
        return NodeID(s)
    }

    private mutating func enumValue<E: RawRepresentable & CaseIterable>(_ node: Yams.Node, _: E.Type, field: String) -> E?
    where E.RawValue == String {
        guard let s = string(node, field: field) else { return nil }
        if let value = E(rawValue: s) { return value }
        let all = E.allCases.map(\.rawValue)
        report(node, field: field, "unknown value '\(s)' (expected one of: \(all.joined(separator: ", ")))")
        return nil
    }

    private func describe(_ node: Yams.Node) -> String {
        switch node {
        case .scalar(let s): isNull(node) ? "nothing" : "the text '\(s.string.prefix(40))'"
        case .mapping: "a mapping"
        case .sequence: "a list"
        case .alias: "an alias"
        }
    }
}

/// The syntax rule for node IDs in the native format.
package enum NodeIDSyntax {
    /// Any ID a user's graph has is accepted (Davis Southern Women's "Evelyn Jefferson", "New York", "#1"; the
    /// writer quotes what YAML needs quoted), except what no reader could tell apart or see.
    package static let rule = "an ID is any non-empty text without control characters or white space at either end"

    package static func isValid(_ s: String) -> Bool {
        guard let first = s.unicodeScalars.first, let last = s.unicodeScalars.last,
              !first.properties.isWhitespace, !last.properties.isWhitespace else { return false }
        return !s.unicodeScalars.contains { $0.value < 0x20 || $0.value == 0x7F }
    }
}
