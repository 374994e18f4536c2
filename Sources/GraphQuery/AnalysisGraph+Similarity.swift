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
        let s = snapshot
        let scores = graph.jaccardSimilarities(to: node).values
        let ordered = scores.indices
            .filter { $0 != node && scores[$0] > 0 && (kinds?.contains(s.kinds[$0]) ?? true) }
            .sorted { a, b in
                let ka = rankingKey(scores[a]), kb = rankingKey(scores[b])
                return ka != kb ? ka > kb : s.ids[a] < s.ids[b]
            }
            .prefix(max(0, limit))
        return ordered.enumerated().map { i, v in
            RankedNode(rank: i + 1, id: s.ids[v], kind: s.kinds[v], label: s.labels[v], score: scores[v], hubScore: nil)
        }
    }
}
