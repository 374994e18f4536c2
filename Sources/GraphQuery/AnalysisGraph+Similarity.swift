import GraphCore

extension AnalysisGraph {
    /// The nodes whose neighbourhoods most resemble `node`'s (Jaccard similarity of neighbour sets, neighbours
    /// counted in both directions, as ``/GraphCore/CompactGraph/jaccardSimilarities(to:)``), most similar first, ranked as the
    /// centrality rankings are (equal to 12 significant digits ranks as a tie, then by ID). The node itself and nodes
    /// with similarity 0 are left out.
    /// - Parameters:
    ///   - node: the node index in ``snapshot`` (``resolve(_:)`` finds it from a name).
    ///   - kinds: list only nodes of these kinds (`nil`: all).
    ///   - limit: the most nodes to return.
    /// - Complexity: O(V · d(node) + E), plus sorting.
    public func similarNodes(to node: Int, kinds: Set<NodeKind>? = nil, limit: Int = .max) -> [RankedNode] {
        let scores = graph.jaccardSimilarities(to: node).values
        let candidates = scores.indices.filter { $0 != node && scores[$0] > 0 && (kinds?.contains(snapshot.kinds[$0]) ?? true) }
        return Array(snapshot.ranked(candidates, by: scores).prefix(max(0, limit)))
    }
}
