import Foundation
import GraphCore

/// Writes a ``/GraphCore/KnowledgeGraph`` in the native dataset format, readably and deterministically: the same graph gives
/// byte-identical text, and ``DatasetReader`` reads it back to an equal graph.
///
/// Consecutive edges from one node that share provenance, note, weight, key and attributes form one edge group.
/// Records without any citation (graphs imported from formats that carry none) cite a source `IMPORTED` that the
/// writer adds to the bibliography, since the format requires provenance on every record.
public enum DatasetWriter {
    /// The source key the writer cites for records that carry no citation.
    public static let importedSourceKey = "IMPORTED"

    /// The dataset text of `graph`; the format holds everything, so ``WrittenGraph/notKept`` is empty.
    /// - Throws: ``GraphWriteError`` naming every node ID the format cannot spell, edge outside the schema and
    ///   citation of a source missing from the bibliography.
    public static func write(_ graph: KnowledgeGraph) throws(GraphWriteError) -> WrittenGraph {
        WrittenGraph(text: try text(of: graph))
    }

    private static func text(of graph: KnowledgeGraph) throws(GraphWriteError) -> String {
        var problems: [String] = []
        for node in graph.nodes where !NodeIDSyntax.isValid(node.id.rawValue) {
            problems.append("node ID '\(node.id)' is not valid in the native format (\(NodeIDSyntax.rule))")
        }
        for edge in graph.edges {
            let s = graph.node(edge.source)!.kind, t = graph.node(edge.target)!.kind
            if !Schema.intersection.allows(s, edge.relation, t) {
                problems.append("edge \(edge.source) \(edge.relation.rawValue) \(edge.target) is outside the schema (\(s.rawValue) → \(t.rawValue))")
            }
        }
        // The format resolves every citation against its bibliography; one that does not resolve would not read back.
        let writesImported = graph.nodes.contains { $0.provenance.citations.isEmpty } || graph.edges.contains { $0.provenance.citations.isEmpty }
        func known(_ c: Citation) -> Bool { graph.sources[c.sourceKey] != nil || (writesImported && c.sourceKey == importedSourceKey) }
        for node in graph.nodes { for c in node.provenance.citations where !known(c) { problems.append("node '\(node.id)' cites source '\(c.sourceKey)', which is not in the bibliography") } }
        for edge in graph.edges { for c in edge.provenance.citations where !known(c) { problems.append("edge \(edge.source) \(edge.relation.rawValue) \(edge.target) cites source '\(c.sourceKey)', which is not in the bibliography") } }
        guard problems.isEmpty else { throw GraphWriteError(format: .dataset, listing: problems) }

        var out = "# The intersection-graph dataset format: docs/data-model.md\n"
        out += "format: \(DatasetReader.formatIdentifier)\n"
        if let title = graph.title { out += "title: \(yaml(title))\n" }
        if !graph.isDirected { out += "directed: false\n" }
        if !graph.attributes.isEmpty { out += "attributes:\n" + attributeLines(graph.attributes, indent: "  ") }
        let addsImported = writesImported && graph.sources[importedSourceKey] == nil
        out += graph.sourceKeys.isEmpty && !addsImported ? "\nsources: {}\n" : "\nsources:\n"
        for key in graph.sourceKeys {
            let s = graph.sources[key]!
            out += "  \(yaml(key)):\n    title: \(yaml(s.title))\n"
            if let a = s.author { out += "    author: \(yaml(a))\n" }
            if let y = s.year { out += "    year: \(y)\n" }
            if let u = s.url { out += "    url: \(yaml(u))\n" }
            if let p = s.path { out += "    path: \(yaml(p))\n" }
            if let n = s.note { out += "    note: \(yaml(n))\n" }
        }
        if addsImported {
            out += "  \(importedSourceKey):\n    title: \(yaml("Imported from another graph format that records no provenance"))\n"
        }
        out += graph.nodes.isEmpty ? "\nnodes: []\n" : "\nnodes:\n"
        for node in graph.nodes {
            out += "  - id: \(yaml(node.id.rawValue))\n    kind: \(node.kind.rawValue)\n    label: \(yaml(node.label))\n"
            if let d = node.description { out += "    description: \(yaml(d))\n" }
            if !node.aliases.isEmpty { out += "    aliases: \(flowList(node.aliases))\n" }
            out += "    evidence: \(node.provenance.evidence.rawValue)\n    sources: \(citations(node.provenance))\n"
            if !node.attributes.isEmpty { out += "    attributes:\n" + attributeLines(node.attributes, indent: "      ") }
        }
        guard !graph.edges.isEmpty else { return out + "\nedges: []\n" }
        out += "\nedges:\n"
        var i = 0
        let edges = graph.edges
        while i < edges.count {
            let first = edges[i]
            var group: [(Relation, [NodeID])] = []
            var j = i
            while j < edges.count, sameGroup(edges[j], first) {
                let relation = edges[j].relation
                if let last = group.last, last.0 == relation {
                    group[group.count - 1].1.append(edges[j].target)
                } else if group.contains(where: { $0.0 == relation }) {
                    break   // a relation key may appear once per group: start a new group to keep the order
                } else {
                    group.append((relation, [edges[j].target]))
                }
                j += 1
            }
            out += "  - from: \(yaml(first.source.rawValue))\n    evidence: \(first.provenance.evidence.rawValue)\n    sources: \(citations(first.provenance))\n"
            if let note = first.note { out += "    note: \(yaml(note))\n" }
            if let w = first.weight { out += "    weight: \(KnowledgeAttributes.weightValue(first).map(\.description) ?? AttributeValue.text(of: w))\n" }
            if let key = first.key { out += "    key: \(yaml(key))\n" }
            if !first.attributes.isEmpty { out += "    attributes:\n" + attributeLines(first.attributes, indent: "      ") }
            for (relation, targets) in group { out += "    \(relation.rawValue): \(flowList(targets.map(\.rawValue)))\n" }
            i = j
        }
        return out
    }

    private static func sameGroup(_ a: Edge, _ b: Edge) -> Bool {
        a.source == b.source && a.provenance == b.provenance && a.note == b.note && a.weight == b.weight && a.weightIsInteger == b.weightIsInteger && a.key == b.key && a.attributes == b.attributes
    }

    private static func citations(_ p: Provenance) -> String {
        p.citations.isEmpty ? "[\(importedSourceKey)]" : flowList(p.citations.map(\.description))
    }

    private static func flowList(_ items: [String]) -> String { "[" + items.map(yaml).joined(separator: ", ") + "]" }

    private static func attributeLines(_ attributes: [String: AttributeValue], indent: String) -> String {
        attributes.keys.sorted().map { key in "\(indent)\(yaml(key)): \(yamlValue(attributes[key]!))\n" }.joined()
    }

    private static func yamlValue(_ value: AttributeValue) -> String {
        switch value {
        case .string(let s): quoted(s)
        case .int(let i): String(i)
        case .double(let d): d.isFinite ? AttributeValue.text(of: d) : d.isNaN ? ".nan" : d > 0 ? ".inf" : "-.inf"
        case .bool(let b): b ? "true" : "false"
        case .html(let h): "{html: \(quoted(h))}"
        case .list(let items): "[" + items.map(yamlValue).joined(separator: ", ") + "]"
        }
    }

    /// A YAML scalar for text: plain when that reads back as the same text, double-quoted otherwise.
    static func yaml(_ s: String) -> String {
        let reserved: Set<String> = ["true", "false", "yes", "no", "on", "off", "null", "~", "y", "n"]
        let safe = !s.isEmpty && !reserved.contains(s.lowercased()) && Double(s) == nil && Int(s) == nil
            && s.first!.isLetter && s.last != " "
            && s.unicodeScalars.allSatisfy { $0.properties.isAlphabetic || ("0"..."9").contains($0) || " _-.()/'§".unicodeScalars.contains($0) }
        return safe ? s : quoted(s)
    }

    /// A double-quoted YAML string with `\\`, `\"` and control characters escaped.
    static func quoted(_ s: String) -> String {
        var out = "\""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\\": out += "\\\\"
            case "\"": out += "\\\""
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            case "\r": out += "\\r"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F || (0x80...0x9F).contains(scalar.value) || scalar.value == 0xFEFF
                    || scalar.value == 0x2028 || scalar.value == 0x2029 {
                    out += String(format: "\\u%04X", scalar.value)
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }
}
