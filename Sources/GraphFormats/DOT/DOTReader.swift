import Foundation
import GraphCore
import GraphvizBridge

/// Reads DOT through Graphviz's own parser (libcgraph), so every file Graphviz accepts is accepted: subgraphs,
/// attributes, HTML-like labels (kept as ``/GraphCore/AttributeValue/html(_:)``), ports, edge statements over subgraphs,
/// `charset=latin1` (decoded, and the declaration dropped: the text is Unicode from then on). Attributes become node
/// and edge attributes (see `KnowledgeAttributes`: `label` is the label, `weight` the weight); the graph's name is kept
/// as `dot.name`, declared defaults (`node [shape=box]`) as `dot.node.shape` and `dot.edge.…` (records equal to a
/// default do not repeat it). Each node gets its innermost `cluster…` subgraph as the attribute `cluster`; the whole
/// subgraph tree (named and anonymous subgraphs, their attributes such as `rank=same`, local defaults, nodes and
/// edges) is kept as the graph attribute `dot.subgraphs` (docs/formats.md, "DOT subgraphs") when it says more than those attributes.
/// `strict` is not kept: the graph read is simple, and the exporter writes every simple graph strict. Syntax errors
/// carry Graphviz's message; what is refused before Graphviz sees the file is listed in docs/reliability.md. With an
/// ``/GraphCore/AlgorithmProgress`` reporter set, reports its progress (Graphviz reading the bytes the first half,
/// building the graph the second).
public enum DOTReader {
    /// Reads a DOT file; `displayName` names it in errors (default: its path).
    public static func read(contentsOf url: URL, displayName: String? = nil, limits: ReadLimits = .default) throws(GraphInputError) -> KnowledgeGraph {
        let name = displayName ?? url.path
        return try read(data: TextInput.readData(at: url, displayName: name), file: name, limits: limits)
    }

    /// Reads one graph from DOT bytes, after a pass over them (one graph, nothing after it, within `limits`,
    /// UTF-8 unless `charset=latin1`). Graphviz's parse is judged by its error channel as well as its result, so a
    /// graph it only half read is an error too.
    public static func read(data: Data, file: String, limits: ReadLimits = .default) throws(GraphInputError) -> KnowledgeGraph {
        var bytes = [UInt8](data)
        if bytes.starts(with: TextInput.byteOrderMark) { bytes.removeFirst(3) }
        if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) { throw GraphInputError(file: file, message: "the file is empty") }
        if let nul = bytes.firstIndex(of: 0) { throw GraphInputError(file: file, message: "NUL byte at offset \(nul): this is not a text file") }
        _ = try DOTInputCheck.check(bytes, file: file, limits: limits)
        // progress, with a reporter set: Graphviz reading the bytes is the first half, building the graph the second
        let progress = ProgressCounter(total: 2 * bytes.count)
        let parseProgress: (@Sendable (Int, Int) -> Void)? = progress.map { p in { @Sendable done, _ in p.set(done) } }
        let parsed: ParsedDOTGraph
        do { parsed = try GraphvizSession.parse(dot: Data(bytes), progress: parseProgress) } catch {
            if case .syntax(let message) = error {
                let line = message.range(of: #"line (\d+)"#, options: .regularExpression).flatMap { Int(message[$0].dropFirst(5)) }
                var text = "DOT syntax error (Graphviz): \(message)"
                if message.contains("memory exhausted") {
                    text += " — Graphviz's parser holds about 10,000 symbols at once: split long edge chains (a -> b -> c …) or deep nesting into shorter statements"
                }
                throw GraphInputError(file: file, line: line, message: text)
            }
            throw GraphInputError(file: file, message: error.description)
        }
        var graph = KnowledgeGraph(isDirected: parsed.directed)
        var problems: [Diagnostic] = []
        var graphFields = parsed.graphAttributes.mapValues(\.attributeValue)
        // The text is decoded now (Latin-1 or UTF-8); writers write UTF-8, so the declaration would be wrong there.
        graphFields["charset"] = nil
        if !parsed.name.isEmpty && !parsed.name.hasPrefix("%") { graphFields["dot.name"] = .string(parsed.name) }
        for (k, v) in parsed.nodeDefaults { graphFields["dot.node." + k] = v.attributeValue }
        for (k, v) in parsed.edgeDefaults { graphFields["dot.edge." + k] = v.attributeValue }
        do { try KnowledgeAttributes.apply(graphFields: graphFields, to: &graph) } catch { problems.append(Diagnostic(file: file, field: error.field, message: error.message)) }
        // The subgraph tree: each node's innermost cluster becomes its attribute `cluster`, and the whole tree (nodes,
        // edges, attributes, local defaults) the graph attribute dot.subgraphs when it says more than those do.
        var edgeKeys = parsed.edges.map(\.key)
        func tree(_ s: ParsedDOTGraph.Subgraph) -> DOTSubgraph {
            var d = DOTSubgraph(name: s.name)
            d.attributes = s.attributes.mapValues(\.subgraphValue)
            d.nodeDefaults = s.nodeDefaults.mapValues(\.subgraphValue)
            d.edgeDefaults = s.edgeDefaults.mapValues(\.subgraphValue)
            d.nodes = s.nodes.map { parsed.nodes[$0].name }
            d.edges = s.edges.map { DOTSubgraph.EdgeReference(source: parsed.edges[$0].tail, target: parsed.edges[$0].head, key: edgeKeys[$0]) }
            d.subgraphs = s.subgraphs.map(tree)
            return d
        }
        let clusterOf = DOTSubgraph.innermostClusters(in: parsed.subgraphs.map(tree))
        progress?.beginBuilding(records: parsed.nodes.count + parsed.edges.count)
        for node in parsed.nodes {
            defer { progress?.recordBuilt() }
            var fields = node.attributes.mapValues { KnowledgeAttributes.FieldValue.value($0.attributeValue) }
            // A node's label is what Graphviz draws: its own label, else the declared default, else its name (`\N`, which
            // a node created before `node [label=…]` has, means the name too).
            if fields["label"] == .value(.string("\\N")) { fields["label"] = nil }
            else if fields["label"] == nil, case .string(let d)? = parsed.nodeDefaults["label"]?.attributeValue, d != "\\N" { fields["label"] = .value(.string(d)) }
            if let c = clusterOf[node.name] { fields["cluster"] = .value(.string(c)) }
            do { try graph.add(try KnowledgeAttributes.node(id: node.name, fields: fields)) } catch let e as KnowledgeAttributes.FieldError {
                problems.append(Diagnostic(file: file, field: e.field, message: "node '\(node.name)': \(e.message)"))
            } catch { problems.append(Diagnostic(file: file, message: "\(error)")) }
        }
        var counts: [String: Int] = [:]
        for (index, e) in parsed.edges.enumerated() {
            defer { progress?.recordBuilt() }
            let fields = e.attributes.mapValues { KnowledgeAttributes.FieldValue.value($0.attributeValue) }
            do {
                var edge = try KnowledgeAttributes.edge(source: e.tail, target: e.head, key: e.key, fields: fields)
                // An unnamed parallel edge gets the next number its pair has not used as a key. In an undirected
                // graph Graphviz names an edge by its unordered pair (`b -- a [key=1]` is `a -- b [key=1]`), so the
                // numbers count, and must be free, in both directions.
                func taken(_ key: String) -> Bool {
                    graph.containsEdge(edge.source, edge.relation, edge.target, key: key)
                        || (!parsed.directed && graph.containsEdge(edge.target, edge.relation, edge.source, key: key))
                }
                if edge.key == nil && graph.containsEdge(edge.source, edge.relation, edge.target) {
                    let pair = parsed.directed || e.tail <= e.head ? "\(e.tail)\u{1}\(e.head)" : "\(e.head)\u{1}\(e.tail)"
                    var n = counts[pair, default: 0] + 1
                    while taken(String(n)) { n += 1 }
                    counts[pair] = n
                    edge.key = String(n)
                    edgeKeys[index] = edge.key
                }
                try graph.add(edge)
            } catch let fe as KnowledgeAttributes.FieldError {
                problems.append(Diagnostic(file: file, field: fe.field, message: "edge \(e.tail) → \(e.head): \(fe.message)"))
            } catch { problems.append(Diagnostic(file: file, message: "edge \(e.tail) → \(e.head): \(error)")) }
        }
        progress?.finish()
        let subgraphs = parsed.subgraphs.map(tree)
        if subgraphs != DOTSubgraph.implied(by: graph) { graph.attributes[DOTSubgraph.attribute] = .string(DOTSubgraph.text(of: subgraphs)) }
        if problems.isEmpty { problems = Schema.intersection.diagnostics(for: graph, file: file) }
        guard problems.isEmpty else { throw GraphInputError(problems) }
        return graph
    }
}

extension ParsedDOTGraph.Value {
    /// The value in the model: HTML-like strings stay marked as such.
    var attributeValue: AttributeValue { isHTML ? .html(text) : .string(text) }
    var subgraphValue: DOTSubgraph.Value { isHTML ? .html(text) : .text(text) }
}
