import GraphCore

/// What changed between two versions of a graph — nodes and edges added, removed and changed (label, kind,
/// description, aliases, evidence, citations, note, weight) — and what that does to the answers people cite: the top
/// recommendations of each practice and the centrality of the themes. The answer behind `graph-tool diff`, for the
/// workflow the bundled dataset expects: replacing a reconstructed recommendation with the report's text.
///
/// Nodes are matched by ID; edges by (source, relation, target, key). Everything is listed in the new graph's order
/// (removals in the old one's), so the same two files give the same diff.
public struct GraphDiff: Sendable {
    /// One field that differs.
    public struct FieldChange: Sendable, Equatable {
        /// The field: `label`, `kind`, `description`, `aliases`, `evidence`, `sources`, `note`, `weight`.
        public let field: String
        /// Its old value as text (empty when absent).
        public let old: String
        /// Its new value as text.
        public let new: String

        /// A change of `field` from `old` to `new`.
        public init(field: String, old: String, new: String) {
            self.field = field
            self.old = old
            self.new = new
        }
    }

    /// A node in both graphs whose fields differ.
    public struct NodeChange: Sendable {
        /// The node as it is now.
        public let node: Node
        /// What differs.
        public let fields: [FieldChange]
    }

    /// An edge in both graphs whose fields differ.
    public struct EdgeChange: Sendable {
        /// The edge as it is now.
        public let edge: Edge
        /// What differs.
        public let fields: [FieldChange]
    }

    /// Nodes only in the new graph.
    public let addedNodes: [Node]
    /// Nodes only in the old graph.
    public let removedNodes: [Node]
    /// Nodes in both that differ.
    public let changedNodes: [NodeChange]
    /// Edges only in the new graph.
    public let addedEdges: [Edge]
    /// Edges only in the old graph.
    public let removedEdges: [Edge]
    /// Edges in both that differ.
    public let changedEdges: [EdgeChange]

    /// Whether the two graphs hold the same nodes and edges with the same fields.
    public var isEmpty: Bool {
        addedNodes.isEmpty && removedNodes.isEmpty && changedNodes.isEmpty && addedEdges.isEmpty && removedEdges.isEmpty && changedEdges.isEmpty
    }

    /// The differences from `old` to `new`.
    /// - Complexity: O(V + E).
    public init(old: KnowledgeGraph, new: KnowledgeGraph) {
        addedNodes = new.nodes.filter { old.node($0.id) == nil }
        removedNodes = old.nodes.filter { new.node($0.id) == nil }
        changedNodes = new.nodes.compactMap { n in
            guard let o = old.node(n.id) else { return nil }
            let fields = Self.changes([
                ("kind", o.kind.rawValue, n.kind.rawValue), ("label", o.label, n.label), ("description", o.description ?? "", n.description ?? ""),
                ("aliases", o.aliases.joined(separator: "; "), n.aliases.joined(separator: "; ")),
                ("evidence", o.provenance.evidence.rawValue, n.provenance.evidence.rawValue),
                ("sources", o.provenance.citations.map(\.description).joined(separator: "; "), n.provenance.citations.map(\.description).joined(separator: "; ")),
            ])
            return fields.isEmpty ? nil : NodeChange(node: n, fields: fields)
        }
        func key(_ e: Edge) -> String { "\(e.source)\u{1}\(e.relation.rawValue)\u{1}\(e.target)\u{1}\(e.key ?? "")" }
        let oldEdges = Dictionary(old.edges.map { (key($0), $0) }, uniquingKeysWith: { a, _ in a })
        let newKeys = Set(new.edges.map(key))
        addedEdges = new.edges.filter { oldEdges[key($0)] == nil }
        removedEdges = old.edges.filter { !newKeys.contains(key($0)) }
        changedEdges = new.edges.compactMap { e in
            guard let o = oldEdges[key(e)] else { return nil }
            let fields = Self.changes([
                ("evidence", o.provenance.evidence.rawValue, e.provenance.evidence.rawValue),
                ("sources", o.provenance.citations.map(\.description).joined(separator: "; "), e.provenance.citations.map(\.description).joined(separator: "; ")),
                ("note", o.note ?? "", e.note ?? ""), ("weight", o.weight.map { "\($0)" } ?? "", e.weight.map { "\($0)" } ?? ""),
            ])
            return fields.isEmpty ? nil : EdgeChange(edge: e, fields: fields)
        }
    }

    private static func changes(_ pairs: [(String, String, String)]) -> [FieldChange] {
        pairs.filter { $0.1 != $0.2 }.map { FieldChange(field: $0.0, old: $0.1, new: $0.2) }
    }
}

/// How the top recommendations of one query node differ between two graphs.
public struct RankingShift: Sendable {
    /// The query node (a practice).
    public let node: NodeID
    /// Its top recommendations in the old graph, best first.
    public let old: [NodeID]
    /// In the new graph.
    public let new: [NodeID]
}

/// How one node's centrality rank differs between two graphs.
public struct CentralityShift: Sendable {
    /// The node.
    public let node: NodeID
    /// Its score and rank in the old graph (`nil` when it was not there).
    public let old: (score: Double, rank: Int)?
    /// In the new graph.
    public let new: (score: Double, rank: Int)?
}

extension GraphDiff {
    /// For every practice in either graph, its `top` recommendations in each, where they differ (order included).
    /// - Throws: ``RecommendationError`` from the ranker.
    public static func rankingShifts(old: KnowledgeGraph, new: KnowledgeGraph, top: Int = 5) throws(RecommendationError) -> [RankingShift] {
        let before = RecommendationRanker(graph: old), after = RecommendationRanker(graph: new)
        var ids = new.nodes.filter { $0.kind == .practice }.map(\.id)
        ids += old.nodes.filter { $0.kind == .practice && new.node($0.id) == nil }.map(\.id)
        var result: [RankingShift] = []
        for id in ids {
            let o = old.node(id) == nil ? [] : try before.rank(RecommendationQuery(nodes: [id])).prefix(top).map(\.id)
            let n = new.node(id) == nil ? [] : try after.rank(RecommendationQuery(nodes: [id])).prefix(top).map(\.id)
            if o != n { result.append(RankingShift(node: id, old: Array(o), new: Array(n))) }
        }
        return result
    }

    /// The themes (or nodes of `kinds`) whose `measure` rank differs between the two graphs, each computed on its
    /// whole graph in the analysis view, in the new graph's order.
    /// - Throws: ``/GraphCore/AlgorithmError`` from the measure.
    public static func centralityShifts(old: KnowledgeGraph, new: KnowledgeGraph, measure: CentralityMeasure = .betweenness,
                                        kinds: Set<NodeKind> = [.theme]) throws(AlgorithmError) -> [CentralityShift] {
        var request = CentralityRequest(measure: measure)
        request.kinds = kinds
        let o = Dictionary(uniqueKeysWithValues: try AnalysisGraph(old).rankNodes(request).map { ($0.id, ($0.score, $0.rank)) })
        let n = try AnalysisGraph(new).rankNodes(request)
        var result: [CentralityShift] = []
        for r in n where o[r.id]?.1 != r.rank {
            result.append(CentralityShift(node: r.id, old: o[r.id], new: (r.score, r.rank)))
        }
        let present = Set(n.map(\.id))
        for (id, value) in o.sorted(by: { $0.value.1 < $1.value.1 }) where !present.contains(id) {
            result.append(CentralityShift(node: id, old: value, new: nil))
        }
        return result
    }
}
