import GraphCore
/// The graph an analysis command works on: a snapshot in the view the measures use, plus the knowledge graph it
/// came from when there is one (for labels, kinds, relations and provenance).
///
/// For the knowledge graph the default view is **undirected and simple**: relations are typed associations whose
/// direction is a reading convention (group → practice, recommendation → practice), so importance is allowed to flow
/// both ways; parallel edges between two nodes count once (a generic graph with parallel edges is a multigraph
/// instead, with NetworkX's conventions: ``multigraph``). `directed: true` keeps edge directions as stored. Other
/// graphs are analysed as their files declare them (``analysedDirectedByDefault(_:)``). Graphs read from edge lists
/// are undirected unless read as directed.
public struct AnalysisGraph: Sendable {
    /// The snapshot in the analysis view: its graph, and the IDs, kinds and labels of its nodes.
    public let snapshot: GraphSnapshot
    /// The knowledge graph the view was made from, or `nil` for a snapshot read directly (an edge list, or a plain
    /// GraphML, GEXF or DOT file: ``init(plain:directed:)``).
    public let knowledge: KnowledgeGraph?
    /// Where the graph was read from (a file name as the user gave it), for locating problems in messages.
    public var origin: String?
    /// First stored edge between each unordered pair of snapshot nodes (key `min · n + max`), for explanations.
    private let storedEdgeByPair: [Int: Int]
    /// For a generic graph with parallel edges (a multigraph, as NetworkX reads one): the view with every parallel
    /// edge kept, for the measures NetworkX computes on the multigraph's edge counts or weight sums (degree,
    /// PageRank, eigenvector, Katz, HITS). ``snapshot`` is then simple with the lightest of each parallel group's
    /// weights, which is what NetworkX's shortest paths use. `nil` for simple graphs and for the knowledge graph,
    /// whose parallel edges (different relations between two nodes) count once.
    public let multigraph: CompactGraph?

    /// The compact graph of ``snapshot``.
    public var graph: CompactGraph { snapshot.graph }

    /// The analysis view of a knowledge graph, optionally restricted to node kinds.
    public init(_ knowledge: KnowledgeGraph, directed: Bool = false, kinds: Set<NodeKind>? = nil) {
        let raw = knowledge.snapshot(kinds: kinds)
        (snapshot, multigraph) = Self.view(of: raw, directed: directed, generic: knowledge.nodes.allSatisfy { $0.kind == .generic })
        self.knowledge = knowledge
        var pairs: [Int: Int] = [:]
        let n = raw.graph.nodeCount
        for (i, edge) in knowledge.edges.enumerated() {
            guard let u = raw.index(of: edge.source), let v = raw.index(of: edge.target) else { continue }
            let key = min(u, v) * n + max(u, v)
            if pairs[key] == nil { pairs[key] = i }
        }
        storedEdgeByPair = pairs
    }

    /// The analysis view of a plain graph read without its model (a GraphML, GEXF or DOT file of names, edges and
    /// weights, whose snapshot is what `KnowledgeGraph.snapshot()` gives for the model of the same file): the view
    /// ``init(_:directed:kinds:)`` makes of that model, with ``knowledge`` nil. For commands that use nothing of the
    /// view but its snapshot (name lookups, explanations and weight errors differ without the model).
    public init(plain: GraphSnapshot, directed: Bool) {
        (snapshot, multigraph) = Self.view(of: plain, directed: directed, generic: true)
        knowledge = nil
        storedEdgeByPair = [:]
    }

    /// The snapshot of the view and, for a generic graph with parallel edges in it, the multigraph: `raw` undirected
    /// unless `directed`, made simple (a multigraph keeps the lightest weight of each parallel group).
    private static func view(of raw: GraphSnapshot, directed: Bool, generic: Bool) -> (GraphSnapshot, CompactGraph?) {
        let base = directed ? raw.graph : raw.graph.undirected()
        if generic && base.hasParallelEdges { return (raw.with(base.simplified(keeping: .lightest)), base) }
        return (raw.with(base.simplified()), nil)
    }

    /// Whether `knowledge` is analysed directed by default, the rule the CLI applies: a graph of the model's own kinds
    /// and relations is undirected (a relation's direction is a reading direction, not a flow); any other graph
    /// follows its file's declaration (GraphML `edgedefault`, GEXF `defaultedgetype`, node-link `directed`, DOT
    /// `digraph`), as NetworkX reads it. Pass the result to ``init(_:directed:kinds:)``.
    public static func analysedDirectedByDefault(_ knowledge: KnowledgeGraph) -> Bool {
        knowledge.nodes.allSatisfy { $0.kind == .generic } && knowledge.isDirected
    }

    /// A graph read from a generic format (already in the view its reader chose).
    public init(snapshot: GraphSnapshot) {
        self.snapshot = snapshot
        knowledge = nil
        storedEdgeByPair = [:]
        multigraph = nil
    }

    /// Resolves a name to a node index: knowledge-graph names (ID, label, alias) or, for generic graphs, the node name
    /// exactly or case-insensitively.
    public func resolve(_ name: String) throws(NodeLookupError) -> Int {
        if let knowledge {
            let node = try knowledge.resolve(name)
            guard let i = snapshot.index(of: node.id) else { throw .notFound(name: name, suggestions: []) }
            return i
        }
        let trimmed = name.trimmed
        guard !trimmed.isEmpty else { throw .empty }
        if let i = snapshot.index(of: NodeID(trimmed)) { return i }
        let lowered = trimmed.lowercased()
        let matches = snapshot.ids.indices.filter { snapshot.ids[$0].rawValue.lowercased() == lowered }
        if matches.count == 1 { return matches[0] }
        if matches.count > 1 { throw .ambiguous(name: trimmed, candidates: matches.map { snapshot.ids[$0] }.sorted()) }
        let close = NameSuggestions.closest(to: trimmed, among: snapshot.ids.map(\.rawValue), limit: 5) ?? []
        throw .notFound(name: trimmed, suggestions: close.map { NodeID($0) })
    }

    /// `error` with a negative weight located for people: ``/GraphCore/AlgorithmError/negativeWeight(edge:weight:)`` becomes
    /// ``/GraphCore/AlgorithmError/negativeEdgeWeight(source:target:weight:measure:location:)`` naming the first stored edge with
    /// a negative weight, its file and line (when the reader knew the line). Other errors are returned as they are.
    public func located(_ error: AlgorithmError, measure: String) -> AlgorithmError {
        guard case .negativeWeight(let e, let w) = error else { return error }
        func place(_ line: Int?) -> String? {
            guard let origin else { return line.map { "line \($0)" } }
            return line.map { "\(origin):\($0)" } ?? origin
        }
        if let knowledge {
            for (i, edge) in knowledge.edges.enumerated() {
                guard let weight = edge.weight, weight < 0, snapshot.index(of: edge.source) != nil, snapshot.index(of: edge.target) != nil else { continue }
                return .negativeEdgeWeight(source: edge.source.rawValue, target: edge.target.rawValue, weight: weight,
                                           measure: measure, location: place(knowledge.line(ofEdge: i)))
            }
        }
        if let record = snapshot.firstNegativeWeight {
            return .negativeEdgeWeight(source: record.source.rawValue, target: record.target.rawValue, weight: record.weight,
                                       measure: measure, location: place(record.line))
        }
        let g = snapshot.graph
        return .negativeEdgeWeight(source: snapshot.ids[Int(g.edgeSources[e])].rawValue, target: snapshot.ids[Int(g.edgeTargets[e])].rawValue,
                                   weight: w, measure: measure, location: place(nil))
    }

    /// The relation and evidence of the stored edge between two nodes, either direction, for explaining paths.
    public func storedEdge(between u: Int, and v: Int) -> Edge? {
        guard let knowledge, let i = storedEdgeByPair[min(u, v) * snapshot.graph.nodeCount + max(u, v)] else { return nil }
        return knowledge.edges[i]
    }
}
