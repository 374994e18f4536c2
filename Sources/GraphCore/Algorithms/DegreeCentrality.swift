/// Which edges of a node a degree counts.
public enum DegreeDirection: String, Sendable, CaseIterable {
    /// Which edges a degree counts: `all` (in and out; an undirected graph's every edge), `incoming` or `outgoing`.
    case all = "total", incoming = "in", outgoing = "out"
}

extension CompactGraph {
    /// Degree of every node: in-, out- or total degree (undirected: the number of incident edge ends, a self-loop
    /// counting twice, as NetworkX).
    /// - Complexity: O(V + E).
    public func degrees(_ direction: DegreeDirection = .all) -> [Int] {
        var degree = [Int](repeating: 0, count: nodeCount)
        for v in 0..<nodeCount {
            switch direction {
            case .outgoing: degree[v] = outDegree(of: v)
            case .incoming: degree[v] = inDegree(of: v)
            case .all: degree[v] = isDirected ? outDegree(of: v) + inDegree(of: v) : outDegree(of: v)
            }
        }
        if !isDirected {
            for e in 0..<edgeCount where edgeSources[e] == edgeTargets[e] { degree[Int(edgeSources[e])] += 1 }
        }
        return degree
    }

    /// Degree centrality, as NetworkX `degree_centrality` / `in_degree_centrality` / `out_degree_centrality`:
    /// the degree divided by `n − 1` when `normalized` (a graph of one node scores 1).
    /// - Complexity: O(V + E).
    public func degreeCentrality(_ direction: DegreeDirection = .all, normalized: Bool = true) -> NodeScores {
        let degree = degrees(direction)
        guard normalized else { return NodeScores(degree.map(Double.init)) }
        if nodeCount <= 1 { return NodeScores(degree.map { _ in 1 }) }
        let s = 1 / Double(nodeCount - 1)
        return NodeScores(degree.map { Double($0) * s })
    }
}
