import Foundation
import GraphCore

/// Writes node-link JSON that NetworkX's `node_link_graph(data)` reads (NetworkX 3.4 and later; the edge list under
/// `edges`), or with ``EdgesKey/links`` what `node_link_graph(data, edges="links")` and NetworkX before 3.4 read.
/// Lists (`aliases`, `sources`) are JSON lists; keys are sorted; node IDs are strings.
public enum NodeLinkWriter {
    /// The name of the edge list: NetworkX 3.4 renamed it from `links` to `edges` (d3.js and NetworkX before 3.4 use
    /// `links`).
    public enum EdgesKey: String, CaseIterable, Sendable {
        /// `"edges"`: what `node_link_data` writes and `node_link_graph` reads by default since NetworkX 3.4.
        case edges
        /// `"links"`: NetworkX before 3.4, and d3.js force layouts.
        case links
    }

    /// - Throws: ``GraphWriteError`` when a node has an attribute named `id`, or an edge one named `source`,
    ///   `target` or `key`: node-link JSON keeps those names for its own fields.
    public static func write(_ graph: KnowledgeGraph, edgesKey: EdgesKey = .edges) throws(GraphWriteError) -> WrittenGraph {
        WrittenGraph(text: try text(of: graph, linksKey: edgesKey.rawValue), notKept: GraphIO.htmlNotKept(graph))
    }

    private static func text(of graph: KnowledgeGraph, linksKey: String) throws(GraphWriteError) -> String {
        var clashes: [String] = []
        for node in graph.nodes where node.attributes["id"] != nil { clashes.append("node '\(node.id)' has an attribute named 'id', node-link's own node ID field") }
        for edge in graph.edges {
            for name in ["source", "target", "key"] where edge.attributes[name] != nil {
                clashes.append("edge \(edge.source) → \(edge.target) has an attribute named '\(name)', a node-link field of its own")
            }
        }
        guard clashes.isEmpty else {
            throw GraphWriteError(format: .nodeLink, listing: clashes)
        }
        let multigraph = graph.edges.contains { $0.key != nil }
        var out = "{\n  \"directed\": \(graph.isDirected),\n  \"multigraph\": \(multigraph),\n  \"graph\": {"
        let g = KnowledgeAttributes.fields(of: graph)
        out += g.isEmpty ? "},\n" : "\n" + g.map { "    \(quote($0.0)): \(value($0.1))" }.joined(separator: ",\n") + "\n  },\n"
        out += "  \"nodes\": ["
        out += graph.nodes.isEmpty ? "],\n" : "\n" + graph.nodes.map { node in
            let fields = [("id", KnowledgeAttributes.FieldValue.value(.string(node.id.rawValue)))] + KnowledgeAttributes.fields(of: node, lists: .native)
            return "    {" + fields.map { "\(quote($0.0)): \(field($0.1))" }.joined(separator: ", ") + "}"
        }.joined(separator: ",\n") + "\n  ],\n"
        out += "  \(quote(linksKey)): ["
        out += graph.edges.isEmpty ? "]\n" : "\n" + graph.edges.map { edge in
            var fields: [(String, KnowledgeAttributes.FieldValue)] = [("source", .value(.string(edge.source.rawValue))), ("target", .value(.string(edge.target.rawValue)))]
            if let key = edge.key { fields.append(("key", .value(.string(key)))) }
            fields += KnowledgeAttributes.fields(of: edge, lists: .native)
            return "    {" + fields.map { "\(quote($0.0)): \(field($0.1))" }.joined(separator: ", ") + "}"
        }.joined(separator: ",\n") + "\n  ]\n"
        return out + "}\n"
    }

    private static func quote(_ s: String) -> String { KnowledgeAttributes.jsonString(s) }

    private static func value(_ v: AttributeValue) -> String {
        switch v {
        case .string(let s), .html(let s): quote(s)
        case .int(let i): String(i)
        case .double(let d): number(d)
        case .bool(let b): b ? "true" : "false"
        case .list(let items): "[" + items.map(value).joined(separator: ", ") + "]"
        }
    }

    /// A Double as NetworkX's `json` module writes and reads it (`NaN`, `Infinity` and `-Infinity` beyond JSON).
    static func number(_ d: Double) -> String {
        d.isFinite ? "\(d)" : (d.isNaN ? "NaN" : (d > 0 ? "Infinity" : "-Infinity"))
    }

    private static func field(_ f: KnowledgeAttributes.FieldValue) -> String {
        switch f {
        case .value(let v): value(v)
        case .list(let items): "[" + items.map(quote).joined(separator: ", ") + "]"
        }
    }
}
