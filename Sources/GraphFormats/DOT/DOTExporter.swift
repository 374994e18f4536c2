import GraphCore

/// Writes a knowledge graph as DOT for other tools: every field and attribute as a DOT attribute (exact strings,
/// HTML-like labels as `<…>`), the subgraph tree of `dot.subgraphs` (docs/formats.md, "DOT subgraphs") or, without
/// it, a cluster per value of the nodes' `cluster` attribute; `strict` when no two edges join the same pair;
/// `charset="UTF-8"`.
///
/// Nodes are all declared first, with complete attributes, so they are created in the graph's order and a
/// subgraph's node defaults do not restyle them; edges follow in the graph's order, each inside the subgraph that
/// holds it, reopening a named subgraph where the order needs it. On Graphviz's 61 sample graphs `dot -Tplain` lays
/// out the export exactly as the original (DOTRoundTripTests).
///
/// What ``DOTReader`` would read back differently is refused with a ``GraphWriteError`` naming it, never written
/// approximately: a name or value with no exact DOT form (ending in a backslash, a backslash before a line break, a
/// NUL), an HTML-like value whose `<` and `>` do not balance (it would end the value early and could add DOT
/// statements), an edge attribute named `key` (DOT's edge key), a node attribute equal to the declared default (DOT
/// reads that as "not set", and so is an empty value), a node ID, edge key or subgraph name starting with `%`
/// (Graphviz's names for anonymous objects), `dot.name`/`dot.strict` graph attributes that do not say what DOT can,
/// parallel edges in a graph marked strict, two edges with the same ends (either way round when undirected) and key,
/// and a `dot.subgraphs` tree that is not valid, names nodes or edges the
/// graph does not have, repeats a subgraph name, or disagrees with the nodes' `cluster` attributes.
public enum DOTExporter {
    /// The DOT text of `graph`. - Throws: ``GraphWriteError`` naming what DOT would read back differently.
    public static func write(_ graph: KnowledgeGraph) throws(GraphWriteError) -> WrittenGraph {
        let plan = Plan(graph)
        let problems = refusals(of: graph, plan)
        guard problems.isEmpty else { throw GraphWriteError(format: .dot, listing: problems) }
        return WrittenGraph(text: dotText(graph, plan), notKept: typesNotKept(graph))
    }

    /// What both the checks and the writing need, worked out once: the subgraph tree (or why it cannot be read),
    /// whether the export is strict, and the edges by the references the tree uses.
    private struct Plan {
        let tree: Result<[DOTSubgraph], DOTSubgraph.ParseError>
        /// No two edges join the same pair (in the same direction, when directed): what DOT's `strict` demands.
        let strict: Bool
        let edges: EdgeLookup

        init(_ graph: KnowledgeGraph) {
            tree = Result { () throws(DOTSubgraph.ParseError) in try subgraphTree(of: graph) }
            strict = !graph.hasParallelEdges
            // Only edges a subgraph lists are looked up: without such a subgraph the index of every edge (two
            // entries each when undirected) is not built.
            func listsEdges(_ s: DOTSubgraph) -> Bool { !s.edges.isEmpty || s.subgraphs.contains(where: listsEdges) }
            edges = ((try? tree.get()) ?? []).contains(where: listsEdges) ? EdgeLookup(graph) : EdgeLookup()
        }
    }

    /// DOT attributes are strings: numbers, booleans and lists are written as their text and read back as text (an
    /// edge's `weight` is read back as the weight it was).
    private static func typesNotKept(_ graph: KnowledgeGraph) -> [String] {
        let count = GraphIO.valueCount(in: graph) { if case .string = $0 { false } else if case .html = $0 { false } else { true } }
        return count == 0 ? [] : ["the types of \(count) value(s) (numbers, booleans and lists are written as DOT strings, and read back as text)"]
    }

    /// Everything in `graph` that DOT would read back differently, each naming its record.
    private static func refusals(of graph: KnowledgeGraph, _ plan: Plan) -> [String] {
        // dot.subgraphs is JSON, not written as text: its names and values are checked one by one below
        var audited = graph
        audited.attributes[DOTSubgraph.attribute] = nil
        var problems = TextAudit.problems(in: audited) { DOTWriter.exactQuoted($0) == nil ? "has no exact DOT form (a backslash at its end or before a line break, or a NUL)" : nil }
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
        // Graphviz names an edge by its ends and key alone (unordered ends when undirected: a -- b and b -- a with one
        // key are one edge), whatever its relation: two such edges would be read back as one
        var keyed = Set<[String]>()
        for edge in graph.edges {
            guard let key = edge.key else { continue }
            let ends = graph.isDirected ? [edge.source.rawValue, edge.target.rawValue] : [edge.source.rawValue, edge.target.rawValue].sorted()
            if !keyed.insert(ends + [key]).inserted {
                problems.append("two edges \(ends[0]) \(graph.isDirected ? "→" : "—") \(ends[1]) have the key '\(key)', which DOT reads as one edge (give them distinct keys)")
            }
        }
        if let strict = graph.attributes["dot.strict"] {
            if strict != .bool(true) { problems.append("the graph attribute 'dot.strict' must be true when present") }
            else if !plan.strict { problems.append("a strict graph cannot hold parallel edges") }
        }
        if let name = graph.attributes["dot.name"], !(name.description.first.map { $0 != "%" } ?? false) || { if case .html = name { true } else { false } }() {
            problems.append("the graph attribute 'dot.name' must be a non-empty name not starting with '%'")
        }
        problems += subgraphRefusals(of: graph, plan)
        return problems
    }

    /// The subgraph tree to write: `dot.subgraphs`, else the one the nodes' `cluster` attributes imply.
    private static func subgraphTree(of graph: KnowledgeGraph) throws(DOTSubgraph.ParseError) -> [DOTSubgraph] {
        guard let value = graph.attributes[DOTSubgraph.attribute] else { return DOTSubgraph.implied(by: graph) }
        guard case .string(let text) = value else { throw DOTSubgraph.ParseError(message: "is not text") }
        return try DOTSubgraph.parse(text)
    }

    /// What in the subgraph tree DOT would read back differently, or cannot say.
    private static func subgraphRefusals(of graph: KnowledgeGraph, _ plan: Plan) -> [String] {
        let tree: [DOTSubgraph]
        switch plan.tree {
        case .success(let t): tree = t
        case .failure(let error): return ["the graph attribute '\(DOTSubgraph.attribute)' \(error.message)"]
        }
        var problems: [String] = []
        let edges = plan.edges
        var names = Set<String>()
        var placed: [Int: String] = [:]
        func check(_ s: DOTSubgraph, _ place: String) {
            let here = s.name.map { "subgraph '\($0)'" } ?? "an anonymous subgraph in \(place)"
            if let name = s.name {
                if !names.insert(name).inserted { problems.append("\(DOTSubgraph.attribute): two subgraphs are named '\(name)' (DOT would read them as one)") }
                if name.hasPrefix("%") { problems.append("\(DOTSubgraph.attribute): \(here): Graphviz reserves names starting with '%'") }
                if DOTWriter.exactQuoted(name) == nil { problems.append("\(DOTSubgraph.attribute): \(here): the name has no exact DOT form") }
            }
            for (field, values) in [("graph", s.attributes), ("node", s.nodeDefaults), ("edge", s.edgeDefaults)] {
                for (k, v) in values.sorted(by: { $0.key < $1.key }) {
                    if DOTWriter.exactQuoted(k) == nil { problems.append("\(DOTSubgraph.attribute): \(here): the \(field) attribute name '\(k)' has no exact DOT form") }
                    switch v {
                    case .text(let t): if DOTWriter.exactQuoted(t) == nil { problems.append("\(DOTSubgraph.attribute): \(here): \(field) attribute '\(k)' has no exact DOT form") }
                    case .html(let h): if !DOTWriter.isBalancedHTML(h) { problems.append("\(DOTSubgraph.attribute): \(here): \(field) attribute '\(k)' is an HTML-like value whose '<' and '>' do not balance") }
                    }
                }
            }
            for id in s.nodes where !graph.contains(NodeID(id)) {
                problems.append("\(DOTSubgraph.attribute): \(here) lists the node '\(id)', which the graph does not have")
            }
            for e in s.edges {
                guard let index = edges.index(of: e) else {
                    problems.append("\(DOTSubgraph.attribute): \(here) lists the edge \(e.source) → \(e.target)\(e.key.map { " (key \($0))" } ?? ""), which the graph does not have")
                    continue
                }
                // a second mention names the edge again only through its key, or in a strict graph (one edge per pair:
                // the export is strict when the graph has no parallel edges)
                if let first = placed[index], graph.edges[index].key == nil, !plan.strict {
                    problems.append("\(DOTSubgraph.attribute): the edge \(e.source) → \(e.target) is listed in \(first) and \(here), which DOT can say only for an edge with a key")
                }
                placed[index] = placed[index] ?? here
            }
            for (i, child) in s.subgraphs.enumerated() { check(child, "\(here).subgraphs[\(i)]") }
        }
        for (i, s) in tree.enumerated() { check(s, "[\(i)]") }
        // the reader sets each node's attribute `cluster` to its innermost cluster: the two must agree
        let clusterOf = DOTSubgraph.innermostClusters(in: tree)
        for node in graph.nodes {
            let attribute: String? = if case .string(let c)? = node.attributes["cluster"], c.hasPrefix("cluster") { c } else { nil }
            let derived = clusterOf[node.id.rawValue]
            if derived != nil && node.attributes["cluster"] != derived.map(AttributeValue.string) || derived == nil && attribute != nil {
                problems.append("node '\(node.id)' has the attribute cluster=\(node.attributes["cluster"]?.description ?? "(none)"), but \(DOTSubgraph.attribute) puts it in \(derived ?? "no cluster") (the DOT reader sets the attribute from the subgraphs: change one to match)")
            }
        }
        return problems
    }

    /// Where each edge statement goes so that the export creates edges in the graph's order, as the file did: an
    /// edge is declared in the first subgraph that lists it (its home), by reopening that named subgraph at the
    /// edge's turn; consecutive edges with one home share a block. An anonymous subgraph cannot be reopened, so its
    /// edges are all declared in its one block (a DOT file creates them consecutively anyway). Subgraphs are created
    /// in the tree's order; a second listing of an edge (only possible by key, or in a strict graph) follows the
    /// edge's declaration, in a block of its own.
    private struct SubgraphLayout {
        /// The tree in preorder, with parents and children as positions in it.
        var flat: [DOTSubgraph] = []
        var parent: [Int?] = []
        var children: [Int?: [Int]] = [:]
        /// Edge statements in graph order: (edge, home subgraph or nil for the root, first mention).
        var occurrences: [(edge: Int, home: Int?, primary: Bool)] = []
        let graph: KnowledgeGraph
        private var opened = Set<Int>()

        init(tree: [DOTSubgraph], graph: KnowledgeGraph, lookup: EdgeLookup) {
            self.graph = graph
            func add(_ s: DOTSubgraph, parent p: Int?) {
                let i = flat.count
                flat.append(s); parent.append(p); children[p, default: []].append(i)
                for child in s.subgraphs { add(child, parent: i) }
            }
            for s in tree { add(s, parent: nil) }
            var listings: [Int: [Int]] = [:]
            for (i, s) in flat.enumerated() {
                for reference in s.edges { if let e = lookup.index(of: reference), !(listings[e]?.contains(i) ?? false) { listings[e, default: []].append(i) } }
            }
            for e in graph.edges.indices {
                let homes = listings[e] ?? []
                occurrences.append((e, homes.first, true))
                for other in homes.dropFirst() { occurrences.append((e, other, false)) }
            }
        }

        /// The child of `scope` on the way to `home`, or nil when `home` is `scope` itself.
        private func step(from scope: Int?, to home: Int?) -> Int? {
            var node = home
            while let n = node {
                if parent[n] == scope { return n }
                node = parent[n]
            }
            return nil
        }

        /// The statements of the root graph; `attributes` gives an edge statement's attributes in the scope of the
        /// edge defaults it is declared under (and whether it is the edge's first mention).
        mutating func statements(_ attributes: (Edge, [String: String], Bool) -> [String: DOTValue]) -> [DOTGraph.Statement] {
            body(of: nil, occurrences[...], defaults: [:], attributes)
        }

        private mutating func body(of scope: Int?, _ list: ArraySlice<(edge: Int, home: Int?, primary: Bool)>, defaults: [String: String],
                                   _ attributes: (Edge, [String: String], Bool) -> [String: DOTValue]) -> [DOTGraph.Statement] {
            var out: [DOTGraph.Statement] = []
            let kids = children[scope] ?? []
            // The statements not placed yet are rest[head...]: placing one moves head, never the elements, so a
            // body of n edge statements costs O(n), not the O(n²) of removing each from the front.
            var rest = Array(list)
            var head = 0
            while head < rest.count {
                let first = rest[head]
                guard let kid = step(from: scope, to: first.home) else {
                    let edge = graph.edges[first.edge]
                    out.append(.edge(DOTGraph.Edge(source: edge.source.rawValue, target: edge.target.rawValue, attributes: attributes(edge, defaults, first.primary))))
                    head += 1
                    continue
                }
                // subgraphs before this one are created first, in tree order
                for earlier in kids.prefix(while: { $0 != kid }) where !opened.contains(earlier) {
                    out.append(.subgraph(block(earlier, [], defaults: defaults, attributes)))
                }
                var taken: [(edge: Int, home: Int?, primary: Bool)] = []
                if flat[kid].name == nil {
                    var left: [(edge: Int, home: Int?, primary: Bool)] = []
                    for o in rest[head...] {
                        if step(from: scope, to: o.home) == kid { taken.append(o) } else { left.append(o) }
                    }
                    rest = left
                    head = 0
                } else {
                    while head < rest.count, step(from: scope, to: rest[head].home) == kid { taken.append(rest[head]); head += 1 }
                }
                out.append(.subgraph(block(kid, taken[...], defaults: defaults, attributes)))
            }
            for kid in kids where !opened.contains(kid) { out.append(.subgraph(block(kid, [], defaults: defaults, attributes))) }
            return out
        }

        private mutating func block(_ i: Int, _ list: ArraySlice<(edge: Int, home: Int?, primary: Bool)>, defaults: [String: String],
                                    _ attributes: (Edge, [String: String], Bool) -> [String: DOTValue]) -> DOTGraph.Subgraph {
            let s = flat[i]
            var scope = defaults
            for (k, v) in s.edgeDefaults { scope[k] = v.text }
            let first = opened.insert(i).inserted
            var block = DOTGraph.Subgraph(name: s.name)
            if first {
                block.attributes = s.attributes.mapValues(\.dotValue)
                block.nodeDefaults = s.nodeDefaults.mapValues(\.dotValue)
                block.edgeDefaults = s.edgeDefaults.mapValues(\.dotValue)
                block.nodeIDs = s.nodes
            }
            block.body = body(of: i, list, defaults: scope, attributes)
            return block
        }
    }

    /// Model edges by the reference `dot.subgraphs` uses (either direction in an undirected graph).
    private struct EdgeLookup {
        private var index: [DOTSubgraph.EdgeReference: Int] = [:]
        /// Finds no edge.
        init() {}
        init(_ graph: KnowledgeGraph) {
            index.reserveCapacity(graph.isDirected ? graph.edges.count : 2 * graph.edges.count)
            for (i, e) in graph.edges.enumerated() {
                index[DOTSubgraph.EdgeReference(source: e.source.rawValue, target: e.target.rawValue, key: e.key)] = i
                if !graph.isDirected { index[DOTSubgraph.EdgeReference(source: e.target.rawValue, target: e.source.rawValue, key: e.key), default: i] = i }
            }
        }
        func index(of reference: DOTSubgraph.EdgeReference) -> Int? { index[reference] }
    }

    private static func dotText(_ graph: KnowledgeGraph, _ plan: Plan) -> String {
        var dot = DOTGraph(directed: graph.isDirected)
        dot.exactNames = true
        dot.name = graph.attributes["dot.name"]?.description ?? ""
        // A graph without parallel edges is written strict, so readers that map DOT to graph classes (NetworkX
        // through pygraphviz or pydot) read a simple graph back as simple; self-loops are allowed in strict DOT.
        dot.strict = plan.strict
        // The text is Unicode and written as UTF-8 whatever the source file declared, and the file says so.
        dot.graphAttributes["charset"] = .exact("UTF-8")
        for (k, v) in KnowledgeAttributes.fields(of: graph) where k != "dot.name" && k != "dot.strict" && k != DOTSubgraph.attribute {
            if k.hasPrefix("dot.node.") { dot.nodeDefaults[String(k.dropFirst(9))] = value(v) }
            else if k.hasPrefix("dot.edge.") { dot.edgeDefaults[String(k.dropFirst(9))] = value(v) }
            else { dot.graphAttributes[k] = value(v) }
        }
        let tree = (try? plan.tree.get()) ?? []
        let clusterOf = DOTSubgraph.innermostClusters(in: tree)
        for node in graph.nodes {
            var attributes: [String: DOTValue] = [:]
            for (k, f) in KnowledgeAttributes.fields(of: node, lists: .jsonText) where !(k == "cluster" && clusterOf[node.id.rawValue] != nil) {
                if case .value(let v) = f { attributes[k] = value(v) }
            }
            // Under a declared label default, a node with that label leaves it out, and a node labelled with its name
            // says so (`\N`), as Graphviz's own output does for nodes created before the default.
            if case .string(let d)? = graph.attributes["dot.node.label"] {
                if node.label == d, !(node.attributes["label"].map { if case .html = $0 { true } else { false } } ?? false) { attributes["label"] = nil }
                else if attributes["label"] == nil { attributes["label"] = .exact("\\N") }
            }
            dot.nodes.append(DOTGraph.Node(id: node.id.rawValue, attributes: attributes))
        }
        func edgeAttributes(_ edge: Edge) -> [String: DOTValue] {
            var attributes: [String: DOTValue] = [:]
            for (k, f) in KnowledgeAttributes.fields(of: edge, lists: .jsonText) { if case .value(let v) = f { attributes[k] = value(v) } }
            if let key = edge.key { attributes["key"] = .exact(key) }
            return attributes
        }
        // Edges a subgraph holds are declared inside it, where its edge defaults apply to what the edge does not set:
        // such an attribute is written with the root's default, which is what the edge has.
        var rootEdgeDefaults: [String: String] = [:]
        for (k, v) in graph.attributes where k.hasPrefix("dot.edge.") { rootEdgeDefaults[String(k.dropFirst(9))] = v.description }
        var layout = SubgraphLayout(tree: tree, graph: graph, lookup: plan.edges)
        dot.statements = layout.statements { edge, scope, primary in
            guard primary else { return edge.key.map { ["key": .exact($0)] } ?? [:] }
            var attributes = edgeAttributes(edge)
            for (k, v) in scope where attributes[k] == nil && v != (rootEdgeDefaults[k] ?? "") { attributes[k] = .exact(rootEdgeDefaults[k] ?? "") }
            return attributes
        }
        return DOTWriter.write(dot)
    }

    private static func value(_ v: AttributeValue) -> DOTValue {
        if case .html(let h) = v { return .html(h) }
        return .exact(GraphMLWriter.text(v))
    }
}

extension DOTSubgraph.Value {
    package var text: String {
        switch self {
        case .text(let s), .html(let s): s
        }
    }

    package var dotValue: DOTValue {
        switch self {
        case .text(let s): .exact(s)
        case .html(let h): .html(h)
        }
    }
}
