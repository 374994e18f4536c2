import GraphCore

/// The shortest paths between two nodes, each step explained by the stored edge it walks.
public struct ExplainedPaths: Sendable, Equatable {
    /// The start.
    public let from: NodeID
    /// The end.
    public let to: NodeID
    /// Edges (unweighted) or the sum of weights (weighted) of every path; `nil` when there is no path.
    public let length: Double?
    /// The paths (at most the limit asked for), in the order of
    /// ``/GraphCore/CompactGraph/allShortestPaths(from:to:weighted:limit:)``; empty when `to` cannot be reached.
    public let paths: [Explanation]
}

extension AnalysisGraph {
    /// Shortest paths from `from` to `to` in this view (undirected for the knowledge graph unless built directed),
    /// each step with the relation, direction and evidence of the first stored edge between its two nodes (a step of
    /// a graph without a knowledge model is `linked`, forward, with no evidence).
    /// - Parameters:
    ///   - from: the start's node index in ``snapshot`` (``resolve(_:)`` finds it from a name).
    ///   - to: the end's node index.
    ///   - weighted: edge weights are lengths (Dijkstra) instead of every edge counting 1.
    ///   - limit: the most paths to return (at least 1).
    /// - Throws: ``/GraphCore/AlgorithmError/negativeEdgeWeight(source:target:weight:measure:location:)`` when `weighted` and a
    ///   weight is negative, located as ``located(_:measure:)`` does.
    /// - Complexity: O(E + V log V) for the search, plus O(L) per path of L steps returned.
    public func shortestPaths(from: Int, to: Int, weighted: Bool = false, limit: Int = 1) throws(AlgorithmError) -> ExplainedPaths {
        let found: [Path]
        do { found = try graph.allShortestPaths(from: from, to: to, weighted: weighted, limit: max(1, limit)) }
        catch { throw located(error, measure: "the path search") }
        let ids = snapshot.ids
        let paths = found.map { path in
            Explanation(start: ids[path.nodes[0]], steps: zip(path.nodes, path.nodes.dropFirst()).map { u, v in
                guard let edge = storedEdge(between: u, and: v) else {
                    return ExplanationStep(from: ids[u], relation: .linked, to: ids[v], forward: true, evidence: nil)
                }
                return ExplanationStep(from: ids[u], relation: edge.relation, to: ids[v], forward: edge.source == ids[u],
                                       evidence: edge.provenance.evidence, citations: edge.provenance.citations)
            })
        }
        return ExplainedPaths(from: ids[from], to: ids[to], length: found.first?.length, paths: paths)
    }
}
