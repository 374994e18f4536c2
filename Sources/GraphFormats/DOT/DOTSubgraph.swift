import Foundation
import GraphCore

/// A DOT subgraph as the model keeps it: the graph attribute `dot.subgraphs` holds the file's subgraph tree as JSON
/// text (docs/formats.md, "DOT subgraphs"), so that writing the graph as DOT again puts back every `subgraph`,
/// cluster box and `rank` constraint, and other formats carry it as one graph attribute.
///
/// Each subgraph lists its own members: nodes by ID and edges as `[source, target]` or `[source, target, key]`;
/// members of a nested subgraph are listed there only (they belong to every enclosing subgraph too, as in DOT).
/// Values are strings, or `{"html": "…"}` for an HTML-like value. Fields with nothing in them are left out, keys are
/// sorted, so the text is deterministic.
package struct DOTSubgraph: Equatable, Sendable {
    /// The graph attribute holding the tree.
    package static let attribute = "dot.subgraphs"

    package enum Value: Equatable, Sendable {
        case text(String)
        case html(String)
    }

    /// An edge: its endpoints as written and its key (the reader's numbering for unnamed parallel edges).
    package struct EdgeReference: Hashable, Sendable {
        package var source: String
        package var target: String
        package var key: String?
        package init(source: String, target: String, key: String?) { self.source = source; self.target = target; self.key = key }
    }

    /// Nil for an anonymous subgraph (`{ … }`).
    package var name: String?
    /// Graph attributes it sets itself (`rank`, a cluster's `label`, `color`…).
    package var attributes: [String: Value] = [:]
    /// Node and edge defaults declared inside it.
    package var nodeDefaults: [String: Value] = [:]
    package var edgeDefaults: [String: Value] = [:]
    package var nodes: [String] = []
    package var edges: [EdgeReference] = []
    package var subgraphs: [DOTSubgraph] = []

    package init(name: String?) { self.name = name }

    /// Whether this is a box Graphviz draws (its name starts with `cluster`).
    package var isCluster: Bool { name?.hasPrefix("cluster") == true }

    // MARK: - Text

    /// The JSON text of a tree.
    package static func text(of subgraphs: [DOTSubgraph]) -> String {
        let data = try! JSONSerialization.data(withJSONObject: subgraphs.map(\.json), options: [.sortedKeys, .withoutEscapingSlashes])
        return String(decoding: data, as: UTF8.self)
    }

    /// The tree in `text`. - Throws: a message saying what is wrong, for an error naming the attribute.
    package static func parse(_ text: String) throws(ParseError) -> [DOTSubgraph] {
        guard let object = try? JSONSerialization.jsonObject(with: Data(text.utf8), options: [.fragmentsAllowed]) else {
            throw ParseError(message: "is not JSON")
        }
        guard let list = object as? [Any] else { throw ParseError(message: "is not a JSON array of subgraphs") }
        return try list.enumerated().map { (i, item) throws(ParseError) in try DOTSubgraph(json: item, path: "[\(i)]") }
    }

    package struct ParseError: Error, Equatable {
        package var message: String
    }

    private var json: [String: Any] {
        var object: [String: Any] = [:]
        if let name { object["name"] = name }
        func values(_ d: [String: Value]) -> [String: Any] {
            d.mapValues { v -> Any in
                switch v {
                case .text(let s): s
                case .html(let h): ["html": h]
                }
            }
        }
        if !attributes.isEmpty { object["graph"] = values(attributes) }
        if !nodeDefaults.isEmpty { object["node"] = values(nodeDefaults) }
        if !edgeDefaults.isEmpty { object["edge"] = values(edgeDefaults) }
        if !nodes.isEmpty { object["nodes"] = nodes }
        if !edges.isEmpty { object["edges"] = edges.map { [$0.source, $0.target] + ($0.key.map { [$0] } ?? []) } }
        if !subgraphs.isEmpty { object["subgraphs"] = subgraphs.map(\.json) }
        return object
    }

    private init(json: Any, path: String) throws(ParseError) {
        guard let object = json as? [String: Any] else { throw ParseError(message: "\(path) is not a JSON object") }
        let known: Set<String> = ["name", "graph", "node", "edge", "nodes", "edges", "subgraphs"]
        if let unknown = object.keys.sorted().first(where: { !known.contains($0) }) {
            throw ParseError(message: "\(path) has the unknown field '\(unknown)' (known: \(known.sorted().joined(separator: ", ")))")
        }
        switch object["name"] {
        case nil: name = nil
        case let s as String where !s.isEmpty: name = s
        default: throw ParseError(message: "\(path).name must be a non-empty string (leave it out for an anonymous subgraph)")
        }
        func values(_ field: String) throws(ParseError) -> [String: Value] {
            guard let raw = object[field] else { return [:] }
            guard let d = raw as? [String: Any] else { throw ParseError(message: "\(path).\(field) is not a JSON object") }
            var result: [String: Value] = [:]
            for (k, v) in d {
                if let s = v as? String { result[k] = .text(s) }
                else if let h = v as? [String: Any], h.count == 1, let html = h["html"] as? String { result[k] = .html(html) }
                else { throw ParseError(message: "\(path).\(field).\(k) must be a string or {\"html\": string}") }
            }
            return result
        }
        attributes = try values("graph")
        nodeDefaults = try values("node")
        edgeDefaults = try values("edge")
        if let raw = object["nodes"] {
            guard let list = raw as? [Any], let ids = list as? [String] else { throw ParseError(message: "\(path).nodes is not a list of node IDs") }
            nodes = ids
        }
        if let raw = object["edges"] {
            guard let list = raw as? [Any] else { throw ParseError(message: "\(path).edges is not a list") }
            for (i, item) in list.enumerated() {
                guard let parts = item as? [String], parts.count == 2 || parts.count == 3 else {
                    throw ParseError(message: "\(path).edges[\(i)] is not [source, target] or [source, target, key]")
                }
                edges.append(EdgeReference(source: parts[0], target: parts[1], key: parts.count == 3 ? parts[2] : nil))
            }
        }
        if let raw = object["subgraphs"] {
            guard let list = raw as? [Any] else { throw ParseError(message: "\(path).subgraphs is not a list") }
            for (i, item) in list.enumerated() { subgraphs.append(try DOTSubgraph(json: item, path: "\(path).subgraphs[\(i)]")) }
        }
    }

    // MARK: - Clusters

    /// The innermost cluster holding each node: the deepest one, the first in file order among equals. This is the
    /// node attribute `cluster` the DOT reader sets.
    package static func innermostClusters(in subgraphs: [DOTSubgraph]) -> [String: String] {
        var found: [String: (cluster: String, depth: Int)] = [:]
        func visit(_ s: DOTSubgraph, cluster: String?, depth: Int) {
            let here = s.isCluster ? s.name : cluster
            let hereDepth = s.isCluster ? depth + 1 : depth
            if let here {
                for id in s.nodes where (found[id]?.depth ?? 0) < hereDepth { found[id] = (here, hereDepth) }
            }
            for child in s.subgraphs { visit(child, cluster: here, depth: hereDepth) }
        }
        for s in subgraphs { visit(s, cluster: nil, depth: 0) }
        return found.mapValues(\.cluster)
    }

    /// The tree that node attributes `cluster` describe by themselves: one flat cluster per value starting with
    /// `cluster`, in order of first use, holding its nodes in graph order. The DOT reader keeps `dot.subgraphs` only
    /// when the file's tree says more than this.
    package static func implied(by graph: KnowledgeGraph) -> [DOTSubgraph] {
        var order: [String] = []
        var members: [String: [String]] = [:]
        for node in graph.nodes {
            guard case .string(let c)? = node.attributes["cluster"], c.hasPrefix("cluster") else { continue }
            if members[c] == nil { order.append(c) }
            members[c, default: []].append(node.id.rawValue)
        }
        return order.map { c in var s = DOTSubgraph(name: c); s.nodes = members[c]!; return s }
    }
}
