import Foundation
import GraphCore

/// Ranks the recommendations relevant to one or more query nodes, each with the paths that explain why.
///
/// **Method (typed-path relevance; docs/recommendations.md has the full rationale).** From each query node `q` the
/// ranker enumerates the simple paths of at most ``RecommendationQuery/maxPathLength`` edges that end at a
/// recommendation, following stored edges in either direction, never passing *through* a recommendation or an area.
/// A path's strength is `w(p) = decay^(len−1) · Π_e ρ(relation(e)) · ε(evidence(e)) · Π_x deg(x)^−h` over the nodes
/// `x` it enters (hub damping: paths through nodes linked to everything count less). Then
///
///     relevance(r) = Σ_q [ direct(q, r) + indirect(q, r) ]
///     direct(q, r)   = 1 when an edge joins q and r, else 0
///     indirect(q, r) = 1 − Π_{p: q ⇝ r, len(p) ≥ 2} (1 − w(p))      (noisy-or, always < 1)
///
/// so for one query node every recommendation that addresses it directly ranks above every one reached only
/// through other nodes, and among them the one with more and stronger supporting paths ranks first. With several
/// query nodes the terms add up: a recommendation relevant to all of them ranks higher. Scores within
/// ``tieTolerance`` (relative) with as many direct links are ties: they share a rank and are listed by ID.
///
/// - Complexity: O(Σ_q d^L) path steps for maximum degree d and path length L (L ≤ 5), plus sorting.
public struct RecommendationRanker: Sendable {
    /// The graph ranked over.
    public let graph: KnowledgeGraph
    /// Relation weights ρ (a relation with weight 0 is never followed).
    public var relationWeights: [Relation: Double] = RecommendationRanker.defaultRelationWeights
    /// Evidence weights ε.
    public var evidenceWeights: [EvidenceLevel: Double] = RecommendationRanker.defaultEvidenceWeights
    /// Decay per hop beyond the first.
    public var decay = 0.5
    /// Scores whose relative difference is below this are one tie (same rank, listed by ID).
    public static let tieTolerance = 1e-3
    /// Hub damping exponent h: each node a path enters (every node after the query, the recommendation included)
    /// scales the path by `deg(x)^−h`, so paths through nodes linked to everything, and recommendations that address
    /// everything, count less (h = 0 turns this off).
    public var hubDamping = 1.0

    /// The relation weights ρ of docs/recommendations.md.
    public static let defaultRelationWeights: [Relation: Double] = [
        .addresses: 1.0, .amountsTo: 0.9, .targets: 0.9, .subtypeOf: 0.8, .employs: 0.6, .covers: 0.6, .drawsOn: 0.6,
        .concerns: 0.5, .uses: 0.5, .involves: 0.3, .comprises: 0.3, .belongsTo: 0, .linked: 1.0,
    ]
    /// The evidence weights ε of docs/recommendations.md.
    public static let defaultEvidenceWeights: [EvidenceLevel: Double] = [.report: 1.0, .aboutReport: 0.9, .context: 0.8, .inferred: 0.7]

    private let snapshot: GraphSnapshot

    /// A ranker over `graph`, with the default weights.
    public init(graph: KnowledgeGraph) {
        self.graph = graph
        snapshot = graph.snapshot()
    }

    /// Ranks the recommendations for `query`.
    /// - Throws: ``RecommendationError`` for an empty query, a query node of a kind that cannot be a query
    ///   (recommendation, area), an unknown area, or a path length outside 1...5.
    public func rank(_ query: RecommendationQuery) throws(RecommendationError) -> [RankedRecommendation] {
        guard !query.nodes.isEmpty else { throw .emptyQuery }
        guard (1...5).contains(query.maxPathLength) else { throw .invalidPathLength(query.maxPathLength) }
        var queryIndices: [Int] = []
        for id in query.nodes {
            guard let v = snapshot.index(of: id) else { throw .unknownNode(id) }
            let kind = snapshot.kinds[v]
            guard kind != .recommendation && kind != .area else { throw .notAQueryKind(id, kind) }
            if !queryIndices.contains(v) { queryIndices.append(v) }
        }
        if let areas = query.areas {
            for area in areas where graph.node(area)?.kind != .area { throw .unknownArea(area.rawValue) }
        }
        let g = snapshot.graph
        let n = g.nodeCount
        let edgeStrength: [Double] = graph.edges.map { edge in
            guard edge.provenance.evidence >= query.minimumEvidence else { return 0 }
            return (relationWeights[edge.relation] ?? 0) * (evidenceWeights[edge.provenance.evidence] ?? 0)
        }
        let entryFactor: [Double] = (0..<n).map { v in
            let degree = g.outDegree(of: v) + (g.isDirected ? g.inDegree(of: v) : 0)
            return hubDamping == 0 || degree == 0 ? 1 : pow(Double(degree), -hubDamping)
        }
        var direct = [Double](repeating: 0, count: n)
        var indirect = [Double](repeating: 0, count: n)
        var explanations = [[Explanation]](repeating: [], count: n)
        for q in queryIndices {
            var found = PathSearch(graph: g, kinds: snapshot.kinds, strength: edgeStrength, entryFactor: entryFactor, decay: decay,
                                   maxLength: query.maxPathLength, source: q)
            found.run()
            for r in 0..<n where !found.paths[r].isEmpty {
                var keepOut = 1.0
                var isDirect = false
                for path in found.paths[r] {
                    if path.edges.count == 1 { isDirect = true } else { keepOut *= (1 - path.strength) }
                }
                direct[r] += isDirect ? 1 : 0
                indirect[r] += min(1 - keepOut, 1 - 1e-9)
                explanations[r] += found.paths[r].map { explanation(for: $0, query: q) }
            }
        }
        let areaOf = Dictionary(graph.edges.filter { $0.relation == .belongsTo }.map { ($0.source, $0.target) }, uniquingKeysWith: { a, _ in a })
        var rows: [(index: Int, score: Double)] = []
        for r in 0..<n where snapshot.kinds[r] == .recommendation && (direct[r] > 0 || indirect[r] > 0) {
            if let areas = query.areas, !(areaOf[snapshot.ids[r]].map { areas.contains($0) } ?? false) { continue }
            rows.append((r, direct[r] + indirect[r]))
        }
        rows.sort { a, b in
            let ka = rankingKey(a.score), kb = rankingKey(b.score)
            return ka != kb ? ka > kb : snapshot.ids[a.index] < snapshot.ids[b.index]
        }
        // Scores closer than `tieTolerance` (relative) to the first of their group, with as many direct links, are one
        // tie: the group shares a rank and is listed by ID, so noise in the fourth digit decides nothing.
        var ranks: [Int] = []
        var start = 0
        for i in rows.indices {
            let leader = rows[start]
            if i > start, direct[rows[i].index] != direct[leader.index] || leader.score - rows[i].score > Self.tieTolerance * leader.score {
                rows[start..<i].sort { snapshot.ids[$0.index] < snapshot.ids[$1.index] }
                start = i
            }
            ranks.append(start + 1)
        }
        rows[start...].sort { snapshot.ids[$0.index] < snapshot.ids[$1.index] }
        return rows.enumerated().map { i, row in
            let node = graph.node(snapshot.ids[row.index])!
            let best = explanations[row.index].sorted { a, b in
                if a.steps.count != b.steps.count { return a.steps.count < b.steps.count }
                if a.strength != b.strength { return a.strength ?? 0 > b.strength ?? 0 }
                return a.nodes.map(\.rawValue).joined(separator: "/") < b.nodes.map(\.rawValue).joined(separator: "/")
            }
            let area = areaOf[node.id].flatMap { graph.node($0) }
            return RankedRecommendation(rank: ranks[i], id: node.id, label: node.label, area: area?.id, areaLabel: area?.label,
                                        areaName: area.map { $0.aliases.first ?? $0.id.rawValue }, evidence: node.provenance.evidence,
                                        score: row.score, support: indirect[row.index], directQueries: best.filter { $0.steps.count == 1 }.map(\.start),
                                        explanations: Array(best.prefix(query.explanationsPerRecommendation)),
                                        pathCount: best.count)
        }
    }

    /// The recommendations for every node of `kind` in turn (every practice, say), in the graph's node order: `query`
    /// gives everything but the nodes (areas, evidence, path length), and each ranking keeps its `limit` best.
    /// - Throws: ``RecommendationError`` as ``rank(_:)``.
    public func rankEach(_ kind: NodeKind, like query: RecommendationQuery, limit: Int = .max) throws(RecommendationError) -> [RankingForNode] {
        var result: [RankingForNode] = []
        for node in graph.nodes where node.kind == kind {
            var q = query
            q.nodes = [node.id]
            result.append(RankingForNode(node: node, recommendations: Array(try rank(q).prefix(max(0, limit)))))
        }
        return result
    }

    private func explanation(for path: FoundPath, query: Int) -> Explanation {
        var steps: [ExplanationStep] = []
        var at = query
        for e in path.edges {
            let edge = graph.edges[e]
            let from = snapshot.ids[at]
            let forward = edge.source == from
            let next = forward ? edge.target : edge.source
            steps.append(ExplanationStep(from: from, relation: edge.relation, to: next, forward: forward,
                                         evidence: edge.provenance.evidence, citations: edge.provenance.citations))
            at = snapshot.index(of: next)!
        }
        return Explanation(start: snapshot.ids[query], steps: steps, strength: path.strength)
    }
}

/// Depth-first enumeration of simple paths from one source to recommendations, over out- and in-edges.
private struct PathSearch {
    let graph: CompactGraph
    let kinds: [NodeKind]
    let strength: [Double]
    let entryFactor: [Double]
    let decay: Double
    let maxLength: Int
    let source: Int
    var paths: [[FoundPath]]
    private var onPath: [Bool]
    private var edgeStack: [Int] = []

    init(graph: CompactGraph, kinds: [NodeKind], strength: [Double], entryFactor: [Double], decay: Double, maxLength: Int, source: Int) {
        self.graph = graph; self.kinds = kinds; self.strength = strength; self.entryFactor = entryFactor; self.decay = decay
        self.maxLength = maxLength; self.source = source
        paths = Array(repeating: [], count: graph.nodeCount)
        onPath = Array(repeating: false, count: graph.nodeCount)
    }

    mutating func run() {
        onPath[source] = true
        visit(source, weight: 1)
    }

    private mutating func visit(_ u: Int, weight: Double) {
        guard edgeStack.count < maxLength else { return }
        // Stored edges are walked both ways; an undirected graph's rows already hold both directions.
        let directions = graph.isDirected
            ? [(graph.outOffsets, graph.outTargets, graph.outEdges), (graph.inOffsets, graph.inSources, graph.inEdges)]
            : [(graph.outOffsets, graph.outTargets, graph.outEdges)]
        for (offsets, neighbours, edges) in directions {
            for k in offsets[u]..<offsets[u + 1] {
                let v = Int(neighbours[k]), e = Int(edges[k])
                let s = strength[e]
                guard s > 0, !onPath[v] else { continue }
                let w = weight * s * entryFactor[v] * (edgeStack.isEmpty ? 1 : decay)
                edgeStack.append(e)
                switch kinds[v] {
                case .recommendation: paths[v].append(FoundPath(edges: edgeStack, strength: w))
                case .area: break
                default:
                    onPath[v] = true
                    visit(v, weight: w)
                    onPath[v] = false
                }
                edgeStack.removeLast()
            }
        }
    }
}

private struct FoundPath {
    let edges: [Int]
    let strength: Double
}

/// What to rank recommendations for.
public struct RecommendationQuery: Sendable {
    /// Query nodes: practices, forms, victim groups, groups, means, acts, themes, instruments or actors.
    public var nodes: [NodeID]
    /// Keep only recommendations in these areas (`nil`: all).
    public var areas: Set<NodeID>?
    /// Follow only edges at least this well evidenced (default: all).
    public var minimumEvidence: EvidenceLevel = .inferred
    /// Longest explanation path, in edges (1...5; default 3).
    public var maxPathLength = 3
    /// How many explanation paths to keep per recommendation (strongest first).
    public var explanationsPerRecommendation = 3

    /// A query for `nodes` with the defaults.
    public init(nodes: [NodeID]) { self.nodes = nodes }
}

/// The recommendations ranked for one query node (``RecommendationRanker/rankEach(_:like:limit:)``).
public struct RankingForNode: Sendable {
    /// The query node.
    public let node: Node
    /// Its ranking.
    public let recommendations: [RankedRecommendation]
}

/// A recommendation with its relevance and why.
public struct RankedRecommendation: Sendable {
    /// 1 for the most relevant; recommendations tied with each other (scores within
    /// ``RecommendationRanker/tieTolerance``, the same number of direct links) share the rank of the first of them.
    public let rank: Int
    /// The recommendation's ID.
    public let id: NodeID
    /// The recommendation's label.
    public let label: String
    /// The area it belongs to, if any.
    public let area: NodeID?
    /// That area's label.
    public let areaLabel: String?
    /// The area's short name: its first alias (`prevention`), else its ID.
    public let areaName: String?
    /// The recommendation's own evidence level (`inferred` for the bundled dataset's reconstructions).
    public let evidence: EvidenceLevel
    /// The relevance score: the number of query nodes it is directly joined to, plus ``support``.
    public let score: Double
    /// The support from longer paths, summed over the query nodes: for each, a noisy-or of the path strengths,
    /// `1 − Π(1 − w(p))`, in [0, 1). Small on the bundled dataset (hub damping divides every path by the degrees
    /// it passes); comparable between recommendations of one ranking, not between rankings.
    public let support: Double
    /// Query nodes this recommendation is joined to by an edge.
    public let directQueries: [NodeID]
    /// Whether it is joined by an edge to at least one query node (the "direct" band).
    public var isDirect: Bool { !directQueries.isEmpty }
    /// The strongest explanation paths (shortest first, then strongest, then by node IDs), each starting at its
    /// query node and ending here; ``Explanation/strength`` is the path strength w(p).
    public let explanations: [Explanation]
    /// How many paths were found in all.
    public let pathCount: Int
}

/// A query the ranker cannot answer: no query nodes, a node that is not in the graph or cannot be a query (a
/// recommendation or an area), an area that is not one, a path length outside 1...5.
public enum RecommendationError: Error, Equatable, CustomStringConvertible {
    /// The query has no nodes.
    case emptyQuery
    /// A query node is not in the graph.
    case unknownNode(NodeID)
    /// A query node is a recommendation or an area.
    case notAQueryKind(NodeID, NodeKind)
    /// An area filter names no area.
    case unknownArea(String)
    /// The maximum path length is outside 1...5.
    case invalidPathLength(Int)

    public var description: String {
        switch self {
        case .emptyQuery: "give at least one query node"
        case .unknownNode(let id): "unknown node '\(id)'"
        case .notAQueryKind(let id, let kind): "'\(id)' is a \(kind.rawValue); query by a practice, form, victim group, group, means, act, theme, instrument or actor"
        case .unknownArea(let a): "unknown area '\(a)'"
        case .invalidPathLength(let n): "maximum path length \(n) is outside 1...5"
        }
    }
}
