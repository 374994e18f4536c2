import Foundation
import GraphCore

/// The centrality measures people can ask for by name.
public enum CentralityMeasure: String, CaseIterable, Sendable {
    /// A centrality measure, named as on the command line; docs/algorithms/centrality.md defines each.
    case degree, betweenness, edgeBetweenness = "edge-betweenness", closeness, harmonic, eigenvector, katz, pagerank, hits
    /// The k-core number (NetworkX `core_number`), a whole number reported as a score.
    case coreNumber = "core-number"
}

/// What to compute and what to report.
public struct CentralityRequest: Sendable {
    /// The measure.
    public var measure: CentralityMeasure
    /// Normalise as NetworkX does (degree, betweenness, edge betweenness, Katz).
    public var normalized = true
    /// Use edge weights: lengths for path-based measures, strengths for the spectral ones.
    public var weighted = false
    /// Report only nodes of these kinds (`nil`: all).
    public var kinds: Set<NodeKind>?
    /// Compute on the subgraph induced by `kinds` instead of the whole graph.
    public var subgraph = false
    /// Threads for betweenness, closeness and harmonic.
    public var threads = Concurrency.defaultThreadCount
    /// Katz α; `nil` (the default) takes ``katzAlphaFraction`` of 1/λ_max of the graph measured, a value that
    /// always converges. (NetworkX's fixed default 0.1 diverges on any graph with λ_max ≥ 10 — the bundled dataset's
    /// is 13.2.)
    public var katzAlpha: Double?
    /// The fraction of 1/λ_max taken when ``katzAlpha`` is `nil`.
    public static let katzAlphaFraction = 0.9
    /// Betweenness only: estimate from this many sampled sources instead of all (``sampleSeed`` picks them).
    public var betweennessSample: Int?
    /// The seed of the betweenness sample.
    public var sampleSeed: UInt64 = 42
    /// PageRank damping (NetworkX default 0.85).
    public var damping = 0.85

    /// A request for `measure` with the defaults.
    public init(measure: CentralityMeasure) { self.measure = measure }
}

/// One row of a centrality ranking.
public struct RankedNode: Sendable, Equatable {
    /// 1 for the highest score.
    public let rank: Int
    /// The node's ID.
    public let id: NodeID
    /// The node's kind.
    public let kind: NodeKind
    /// The node's label.
    public let label: String
    /// The node's score (the authority score for HITS).
    public let score: Double
    /// Hub score, for HITS only (``score`` is then the authority score).
    public let hubScore: Double?
}

/// One row of an edge ranking.
public struct RankedEdge: Sendable, Equatable {
    /// 1 for the highest score.
    public let rank: Int
    /// The edge's source.
    public let source: NodeID
    /// The edge's target.
    public let target: NodeID
    /// The relation of the stored edge between the two nodes.
    public let relation: Relation
    /// The edge's score.
    public let score: Double
}

extension AnalysisGraph {
    /// Node scores for a measure, ranked high to low, ties by ID; only nodes of `request.kinds` are listed.
    /// - Throws: ``/GraphCore/AlgorithmError`` from the measure; `.invalidParameter` for `edge-betweenness` (use ``rankEdges(_:)``).
    public func rankNodes(_ request: CentralityRequest) throws(AlgorithmError) -> [RankedNode] {
        do { return try unlocatedRankNodes(request) } catch { throw located(error, measure: request.measure.rawValue) }
    }

    private func unlocatedRankNodes(_ request: CentralityRequest) throws(AlgorithmError) -> [RankedNode] {
        let target = request.subgraph && request.kinds != nil ? restricted(to: request.kinds!) : self
        let g = target.graph
        // NetworkX's multigraph conventions: degree counts parallel edges and the spectral measures sum them (their
        // adjacency matrix, as nx.pagerank builds it); path measures use the lightest (`g`, see AnalysisGraph)
        let counted = target.multigraph ?? g
        var hubs: [Double]?
        let scores: [Double]
        switch request.measure {
        case .degree: scores = counted.degreeCentrality(normalized: request.normalized).values
        case .betweenness:
            if let k = request.betweennessSample {
                scores = try g.approximateBetweennessCentrality(sampleSize: k, seed: request.sampleSeed, weighted: request.weighted,
                                                                normalized: request.normalized, threads: request.threads).values
            } else {
                scores = try g.betweennessCentrality(weighted: request.weighted, normalized: request.normalized, threads: request.threads).values
            }
        case .closeness: scores = try g.closenessCentrality(weighted: request.weighted, threads: request.threads).values
        case .harmonic: scores = try g.harmonicCentrality(weighted: request.weighted, threads: request.threads).values
        case .eigenvector: scores = try counted.eigenvectorCentrality(weighted: request.weighted).values
        case .katz:
            let alpha: Double
            if let given = request.katzAlpha { alpha = given } else {
                alpha = CentralityRequest.katzAlphaFraction / (try counted.spectralRadius(weighted: request.weighted))
            }
            scores = try counted.katzCentrality(alpha: alpha, normalized: request.normalized, weighted: request.weighted).values
        case .pagerank: scores = try counted.pageRank(damping: request.damping, weighted: request.weighted).values
        case .coreNumber: scores = try g.coreNumbers().map(Double.init)
        case .hits:
            let result = try counted.hits(weighted: request.weighted)
            scores = result.authorities.values
            hubs = result.hubs.values
        case .edgeBetweenness:
            throw .invalidParameter(name: "measure", value: "edge-betweenness", reason: "scores edges, not nodes")
        }
        let keep = (0..<g.nodeCount).filter { request.kinds?.contains(target.snapshot.kinds[$0]) ?? true }
        return target.snapshot.ranked(keep, by: scores, hubs: hubs)
    }

    /// Edge betweenness, ranked high to low, ties by (source, target) ID.
    public func rankEdges(_ request: CentralityRequest) throws(AlgorithmError) -> [RankedEdge] {
        let target = request.subgraph && request.kinds != nil ? restricted(to: request.kinds!) : self
        let g = target.graph, s = target.snapshot
        let scores: [Double]
        do { scores = try g.edgeBetweennessCentrality(weighted: request.weighted, normalized: request.normalized, threads: request.threads).values }
        catch { throw located(error, measure: request.measure.rawValue) }
        let keep = (0..<g.edgeCount).filter { e in
            guard let kinds = request.kinds else { return true }
            return kinds.contains(s.kinds[g.source(ofEdge: e)]) || kinds.contains(s.kinds[g.target(ofEdge: e)])
        }
        let ordered = keep.sorted { a, b in
            let ka = rankingKey(scores[a]), kb = rankingKey(scores[b])
            if ka != kb { return ka > kb }
            return (s.ids[g.source(ofEdge: a)], s.ids[g.target(ofEdge: a)]) < (s.ids[g.source(ofEdge: b)], s.ids[g.target(ofEdge: b)])
        }
        return ordered.enumerated().map { i, e in
            let u = g.source(ofEdge: e), v = g.target(ofEdge: e)
            let relation = target.storedEdge(between: u, and: v)?.relation ?? g.relation(ofEdge: e)
            return RankedEdge(rank: i + 1, source: s.ids[u], target: s.ids[v], relation: relation, score: scores[e])
        }
    }

    /// The same analysis view restricted to nodes of some kinds.
    public func restricted(to kinds: Set<NodeKind>) -> AnalysisGraph {
        if let knowledge {
            var view = AnalysisGraph(knowledge, directed: graph.isDirected, kinds: kinds)
            view.origin = origin
            return view
        }
        return self   // generic graphs have one kind
    }
}

extension GraphSnapshot {
    /// `nodes` as ranked nodes, highest score first; scores equal to 12 significant digits tie and are ordered by ID.
    /// The one ranking rule of every node ranking (centrality, similarity).
    func ranked(_ nodes: [Int], by scores: [Double], hubs: [Double]? = nil) -> [RankedNode] {
        // the keys once per node, not twice per comparison (a log10 and a pow each: half the time of a whole
        // `centrality` command on 490,000 nodes, measured with perf)
        var key = [Double](repeating: 0, count: scores.count)
        for v in nodes { key[v] = rankingKey(scores[v]) }
        let ordered = nodes.sorted { a, b in
            key[a] != key[b] ? key[a] > key[b] : ids[a] < ids[b]
        }
        return ordered.enumerated().map { i, v in
            RankedNode(rank: i + 1, id: ids[v], kind: kinds[v], label: labels[v], score: scores[v], hubScore: hubs?[v])
        }
    }
}

/// Scores equal to 12 significant digits rank as ties (then by ID), so the order does not depend on the last bits
/// that summation order (thread count) may change.
package func rankingKey(_ x: Double) -> Double {
    guard x != 0, x.isFinite else { return x }
    let exponent = floor(log10(abs(x))) - 11
    let scale = pow(10, exponent)
    return (x / scale).rounded() * scale
}
