import GraphCore

/// What a graph holds, in counts: nodes by kind, edges by relation, both by evidence level, and how it falls apart
/// into connected components. The answer behind `graph-tool info`.
public struct GraphSummary: Sendable, Equatable {
    /// The graph's title, if any.
    public let title: String?
    /// Nodes in all.
    public let nodeCount: Int
    /// Edges in all.
    public let edgeCount: Int
    /// Bibliography entries.
    public let sourceCount: Int
    /// Only kinds, relations and levels that occur are keys.
    public let nodesByKind: [NodeKind: Int]
    /// Edges per relation.
    public let edgesByRelation: [Relation: Int]
    /// Nodes per evidence level.
    public let nodesByEvidence: [EvidenceLevel: Int]
    /// Edges per evidence level.
    public let edgesByEvidence: [EvidenceLevel: Int]
    /// Weakly connected components (connected components of an undirected graph).
    public let componentCount: Int
    /// Nodes in the largest of them (0 for an empty graph).
    public let largestComponent: Int
    /// The graph's shape, as NetworkX users describe one.
    public let structure: GraphStructure
}

/// The shape of a graph: direction, parallel edges, self-loops, density, degrees and the attribute keys it carries
/// (what `graph-tool info` says about any graph, and all there is to say about an imported one).
public struct GraphStructure: Sendable, Equatable {
    /// Whether the graph's edges are directed.
    public let isDirected: Bool
    /// Edges beyond the first between the same pair of nodes (ordered pairs when directed, unordered otherwise): a
    /// graph with any is a multigraph.
    public let parallelEdges: Int
    /// Edges from a node to itself.
    public let selfLoops: Int
    /// NetworkX's `density`: m / (n(n−1)) directed, 2m / (n(n−1)) undirected, counting every edge; 0 below two nodes.
    public let density: Double
    /// The smallest, mean and largest degree (in + out for directed graphs, as NetworkX's `G.degree`; a self-loop
    /// counts twice), parallel edges counted.
    public let minDegree: Int, meanDegree: Double, maxDegree: Int
    /// Node attribute keys with the types their values have (`int`, `double`, `bool`, `string`, `html`).
    public let nodeAttributes: [String: [String]]
    /// Edge attribute keys with the types their values have; `weight` when edges carry weights.
    public let edgeAttributes: [String: [String]]
    /// Nodes and edges that carry provenance (an evidence level and citations): those of the model's kinds.
    public let withProvenance: Int
}

extension GraphStructure {
    /// NetworkX's `density` of a graph with these counts: m / (n(n−1)) directed, 2m / (n(n−1)) undirected.
    static func density(nodes n: Int, edges m: Int, directed: Bool) -> Double {
        n < 2 ? 0 : Double(m) / (Double(n) * Double(n - 1)) * (directed ? 1 : 2)
    }
}

extension KnowledgeGraph {
    /// The counts of ``GraphSummary``.
    /// - Complexity: O(V + E).
    public func summary() -> GraphSummary {
        var byKind: [NodeKind: Int] = [:], byRelation: [Relation: Int] = [:]
        var nodeEvidence: [EvidenceLevel: Int] = [:], edgeEvidence: [EvidenceLevel: Int] = [:]
        // evidence is counted where there is provenance: imported (generic) nodes and edges have none
        for node in nodes {
            byKind[node.kind, default: 0] += 1
            if node.kind != .generic { nodeEvidence[node.provenance.evidence, default: 0] += 1 }
        }
        for edge in edges {
            byRelation[edge.relation, default: 0] += 1
            if edge.relation != .linked { edgeEvidence[edge.provenance.evidence, default: 0] += 1 }
        }
        let components = snapshot().graph.weaklyConnectedComponents()
        return GraphSummary(title: title, nodeCount: nodeCount, edgeCount: edgeCount, sourceCount: sourceKeys.count,
                            nodesByKind: byKind, edgesByRelation: byRelation, nodesByEvidence: nodeEvidence,
                            edgesByEvidence: edgeEvidence, componentCount: components.blockCount,
                            largestComponent: components.members.map(\.count).max() ?? 0, structure: structure())
    }

    /// The counts of ``GraphStructure``. - Complexity: O(V + E).
    public func structure() -> GraphStructure {
        var degree = [Int](repeating: 0, count: nodeCount)
        var pairs: [Int: Int] = [:]
        var loops = 0, withProvenance = 0
        let n = nodeCount
        var nodeTypes: [String: Set<String>] = [:], edgeTypes: [String: Set<String>] = [:]
        func type(_ v: AttributeValue) -> String {
            switch v { case .int: "int"; case .double: "double"; case .bool: "bool"; case .string: "string"; case .html: "html"; case .list: "list" }
        }
        for node in nodes {
            if node.kind != .generic { withProvenance += 1 }
            for (k, v) in node.attributes { nodeTypes[k, default: []].insert(type(v)) }
        }
        for edge in edges {
            let u = position(of: edge.source)!, v = position(of: edge.target)!
            degree[u] += 1; degree[v] += 1
            if u == v { loops += 1 }
            let key = isDirected ? u * n + v : min(u, v) * n + max(u, v)
            pairs[key, default: 0] += 1
            if edge.relation != .linked { withProvenance += 1 }
            for (k, v) in edge.attributes { edgeTypes[k, default: []].insert(type(v)) }
            if edge.weight != nil { edgeTypes["weight", default: []].insert(edge.weightIsInteger ? "int" : "double") }
        }
        return GraphStructure(isDirected: isDirected, parallelEdges: pairs.values.reduce(0) { $0 + $1 - 1 }, selfLoops: loops,
                              density: GraphStructure.density(nodes: n, edges: edgeCount, directed: isDirected), minDegree: degree.min() ?? 0, meanDegree: n == 0 ? 0 : Double(2 * edgeCount) / Double(n),
                              maxDegree: degree.max() ?? 0, nodeAttributes: nodeTypes.mapValues { $0.sorted() },
                              edgeAttributes: edgeTypes.mapValues { $0.sorted() }, withProvenance: withProvenance)
    }
}

extension GraphSummary {
    /// How often each value occurs, counted in runs of equal values: a raw-value enum hashes its raw string, and
    /// hashing every edge's relation was a third of `info` on a 1M-edge list, where all of them are one relation.
    private static func tally<Value: Hashable>(_ values: [Value]) -> [Value: Int] {
        var counts: [Value: Int] = [:]
        var i = 0
        while i < values.count {
            let value = values[i]
            var j = i + 1
            while j < values.count && values[j] == value { j += 1 }
            counts[value, default: 0] += j - i
            i = j
        }
        return counts
    }

    /// The summary of a plain graph (read from an edge list, or from a GraphML, GEXF or DOT file whose nodes and
    /// edges carry nothing but names and weights), from its snapshot alone, without the model's nodes and edges
    /// (`graph-tool info` on a million-edge list: the model cost 2.5 s and 340 MB, the snapshot a tenth of each). It
    /// says what `KnowledgeGraph.summary()` says of the same graph: nodes `generic`, edges `linked`,
    /// nothing with provenance, no attributes but `weight` when the snapshot has weights.
    /// - Complexity: O(V + E).
    public init(edgeList snapshot: GraphSnapshot) {
        let g = snapshot.graph
        let n = g.nodeCount
        var degree = [Int](repeating: 0, count: n)
        var loops = 0
        for e in 0..<g.edgeCount {
            let u = g.source(ofEdge: e), v = g.target(ofEdge: e)
            degree[u] += 1; degree[v] += 1
            if u == v { loops += 1 }
        }
        // rows are sorted by neighbour: a parallel edge repeats the previous neighbour (each undirected pair is seen
        // from both ends, a self-loop once)
        var parallel = 0
        // known from building the rows: most graphs have none and skip the scan
        if g.hasParallelEdges {
            for u in 0..<n {
                let row = g.successors(of: u)
                var previous: Int32 = -1
                for v in row {
                    if v == previous && (g.isDirected || Int(v) >= u) { parallel += 1 }
                    previous = v
                }
            }
        }
        var edgeAttributes: [String: [String]] = [:]
        // an edge list's weights are read as numbers, integral or not, as the model's edges from it carry them
        if g.hasWeights { edgeAttributes["weight"] = ["double"] }
        let components = g.weaklyConnectedComponents()
        let byRelation = Self.tally(g.edgeRelations), byKind = Self.tally(snapshot.kinds)
        self.init(title: nil, nodeCount: n, edgeCount: g.edgeCount, sourceCount: 0, nodesByKind: byKind, edgesByRelation: byRelation,
                  nodesByEvidence: [:], edgesByEvidence: [:], componentCount: components.blockCount, largestComponent: components.members.map(\.count).max() ?? 0,
                  structure: GraphStructure(isDirected: g.isDirected, parallelEdges: parallel, selfLoops: loops,
                                            density: GraphStructure.density(nodes: n, edges: g.edgeCount, directed: g.isDirected),
                                            minDegree: degree.min() ?? 0, meanDegree: n == 0 ? 0 : Double(2 * g.edgeCount) / Double(n),
                                            maxDegree: degree.max() ?? 0, nodeAttributes: [:], edgeAttributes: edgeAttributes, withProvenance: 0))
    }
}
