import GraphCore

/// Writes a knowledge graph as DOT for other tools: every field and attribute as a DOT attribute (exact strings,
/// HTML-like labels as `<…>`), nodes with a `cluster…` attribute inside that subgraph.
///
/// What ``DOTReader`` would read back differently is refused with a ``GraphWriteError`` naming it, never written
/// approximately: a name or value with no exact DOT form (ending in a backslash, a backslash before a line break, a
/// NUL), an HTML-like value whose `<` and `>` do not balance (it would end the value early and could add DOT
/// statements), an edge attribute named `key` (DOT's edge key), a node attribute equal to the declared default (DOT
/// reads that as "not set", and so is an empty value), a node ID or edge key starting with `%` (Graphviz's names for
/// anonymous objects), `dot.name`/`dot.strict` graph attributes that do not say what DOT can, and parallel edges in a
/// strict graph.
public enum DOTExporter {
    /// The DOT text of `graph`. - Throws: ``GraphWriteError`` naming what DOT would read back differently.
    public static func write(_ graph: KnowledgeGraph) throws(GraphWriteError) -> WrittenGraph {
        let problems = refusals(of: graph)
        guard problems.isEmpty else { throw GraphWriteError(format: .dot, listing: problems) }
        return WrittenGraph(text: dotText(graph))
    }

    /// Everything in `graph` that DOT would read back differently, each naming its record.
    private static func refusals(of graph: KnowledgeGraph) -> [String] {
        var problems = TextAudit.problems(in: graph) { DOTWriter.exactQuoted($0) == nil ? "has no exact DOT form (a backslash at its end or before a line break, or a NUL)" : nil }
        func html(_ v: AttributeValue, _ place: @autoclosure () -> String) {
            if case .html(let h) = v, !DOTWriter.isBalancedHTML(h) { problems.append("\(place()): HTML-like value whose '<' and '>' do not balance") }
        }
        for (k, v) in graph.attributes { html(v, "the graph's attribute '\(k)'") }
        // DOT cannot tell a value equal to the attribute's default from no value: the declared default, or the empty
        // string when none is declared (what cgraph gives an attribute set only on some objects).
        var nodeDefaults: [String: String] = [:], edgeDefaults: [String: String] = [:]
        for (k, v) in graph.attributes where k.hasPrefix("dot.node.") { nodeDefaults[String(k.dropFirst(9))] = v.description }
        for (k, v) in graph.attributes where k.hasPrefix("dot.edge.") { edgeDefaults[String(k.dropFirst(9))] = v.description }
        func unset(_ k: String, _ f: KnowledgeAttributes.FieldValue, _ defaults: [String: String], _ kind: String) -> String? {
            guard case .value(let v) = f, v.description == (defaults[k] ?? "") else { return nil }
            return defaults[k] == nil ? "attribute '\(k)' is empty, which DOT reads as not set" : "attribute '\(k)' equals the declared default dot.\(kind).\(k), which DOT reads as not set"
        }
        for (k, v) in KnowledgeAttributes.fields(of: graph) where v.description.isEmpty && k != "dot.node.label" {
            problems.append("the graph's attribute '\(k)' is empty, which DOT reads as not set")
        }
        if graph.attributes["charset"] != nil {
            problems.append("the graph has an attribute 'charset': DOT exports are UTF-8, and the reader decodes by that attribute")
        }
        for node in graph.nodes {
            for (k, v) in node.attributes { html(v, "node '\(node.id)' attribute '\(k)'") }
            // what is written (a label equal to the default is left out: the reader gives the node the default label;
            // an empty label differs from Graphviz's implicit `\N`)
            for (k, f) in KnowledgeAttributes.fields(of: node, lists: .jsonText) where k != "label" {
                if let why = unset(k, f, nodeDefaults, "node") { problems.append("node '\(node.id)' \(why)") }
            }
            if node.id.rawValue.hasPrefix("%") {
                problems.append("node ID '\(node.id)' starts with '%', which Graphviz reserves for its anonymous objects (it renames them)")
            }
            if node.label == "\\N" || node.attributes["label"] == .string("\\N") {
                problems.append("node '\(node.id)' has the label '\\N', which Graphviz reads as the node's name")
            }
        }
        for edge in graph.edges {
            for (k, v) in edge.attributes { html(v, "edge \(edge.source) → \(edge.target) attribute '\(k)'") }
            for (k, f) in KnowledgeAttributes.fields(of: edge, lists: .jsonText) {
                if let why = unset(k, f, edgeDefaults, "edge") { problems.append("edge \(edge.source) → \(edge.target) \(why)") }
            }
            if edge.attributes["key"] != nil { problems.append("edge \(edge.source) → \(edge.target) has an attribute named 'key', which is DOT's edge key") }
            if edge.key?.hasPrefix("%") == true { problems.append("edge \(edge.source) → \(edge.target) has the key '\(edge.key!)', and Graphviz reserves names starting with '%'") }
        }
        if let strict = graph.attributes["dot.strict"] {
            if strict != .bool(true) { problems.append("the graph attribute 'dot.strict' must be true when present") }
            else if Set(graph.edges.map { graph.isDirected ? [$0.source, $0.target] : [$0.source, $0.target].sorted() }).count != graph.edges.count {
                problems.append("a strict graph cannot hold parallel edges")
            }
        }
        if let name = graph.attributes["dot.name"], !(name.description.first.map { $0 != "%" } ?? false) || { if case .html = name { true } else { false } }() {
            problems.append("the graph attribute 'dot.name' must be a non-empty name not starting with '%'")
        }
        return problems
    }

    private static func dotText(_ graph: KnowledgeGraph) -> String {
        var dot = DOTGraph(directed: graph.isDirected)
        dot.exactNames = true
        dot.name = graph.attributes["dot.name"]?.description ?? ""
        dot.strict = graph.attributes["dot.strict"] == .bool(true)
        for (k, v) in KnowledgeAttributes.fields(of: graph) where k != "dot.name" && k != "dot.strict" {
            if k.hasPrefix("dot.node.") { dot.nodeDefaults[String(k.dropFirst(9))] = value(v) }
            else if k.hasPrefix("dot.edge.") { dot.edgeDefaults[String(k.dropFirst(9))] = value(v) }
            else { dot.graphAttributes[k] = value(v) }
        }
        var clusters: [String: [String]] = [:]
        var clusterOrder: [String] = []
        for node in graph.nodes {
            var attributes: [String: DOTValue] = [:]
            let cluster = node.attributes["cluster"].flatMap { v -> String? in
                if case .string(let c) = v, c.hasPrefix("cluster") { return c }
                return nil
            }
            for (k, f) in KnowledgeAttributes.fields(of: node, lists: .jsonText) where !(k == "cluster" && cluster != nil) {
                if case .value(let v) = f { attributes[k] = value(v) }
            }
            // Under a declared label default, a node with that label leaves it out, and a node labelled with its name
            // says so (`\N`), as Graphviz's own output does for nodes created before the default.
            if case .string(let d)? = graph.attributes["dot.node.label"] {
                if node.label == d, !(node.attributes["label"].map { if case .html = $0 { true } else { false } } ?? false) { attributes["label"] = nil }
                else if attributes["label"] == nil { attributes["label"] = .exact("\\N") }
            }
            dot.nodes.append(DOTGraph.Node(id: node.id.rawValue, attributes: attributes))
            if let c = cluster {
                if clusters[c] == nil { clusterOrder.append(c) }
                clusters[c, default: []].append(node.id.rawValue)
            }
        }
        dot.clusters = clusterOrder.map { DOTGraph.Cluster(name: $0, nodeIDs: clusters[$0]!) }
        for edge in graph.edges {
            var attributes: [String: DOTValue] = [:]
            for (k, f) in KnowledgeAttributes.fields(of: edge, lists: .jsonText) { if case .value(let v) = f { attributes[k] = value(v) } }
            if let key = edge.key { attributes["key"] = .exact(key) }
            dot.edges.append(DOTGraph.Edge(source: edge.source.rawValue, target: edge.target.rawValue, attributes: attributes))
        }
        return DOTWriter.write(dot)
    }

    private static func value(_ v: AttributeValue) -> DOTValue {
        if case .html(let h) = v { return .html(h) }
        return .exact(GraphMLWriter.text(v))
    }
}
