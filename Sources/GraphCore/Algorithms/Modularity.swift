extension CompactGraph {
    /// Newman–Girvan modularity of a partition, as NetworkX `community.modularity` (undirected view; weights when
    /// `weighted`): `Q = Σ_c [ L_c / m − γ (d_c / 2m)² ]`, with `L_c` the weight inside block `c`, `d_c` its total
    /// degree and `m` the total weight. Directed graphs use NetworkX's directed form `Σ_c [L_c/m − γ d⁺_c d⁻_c / m²]`.
    /// - Complexity: O(V + E).
    /// - Reference: M. Newman, "Networks: An Introduction" (2010), eq. 7.76; Leicht and Newman (2008) for digraphs.
    public func modularity(of partition: Partition, resolution: Double = 1, weighted: Bool = false) -> Double {
        precondition(partition.block.count == nodeCount, "partition does not cover the graph")
        var m = 0.0
        var inside = [Double](repeating: 0, count: partition.blockCount)
        var outDegree = [Double](repeating: 0, count: partition.blockCount)
        var inDegree = [Double](repeating: 0, count: partition.blockCount)
        for e in 0..<edgeCount {
            let w = weighted ? weight(ofEdge: e) : 1
            let bu = partition.block[Int(edgeSources[e])], bv = partition.block[Int(edgeTargets[e])]
            m += w
            if bu == bv { inside[bu] += w }
            outDegree[bu] += w
            inDegree[bv] += w
        }
        guard m > 0 else { return 0 }
        var q = 0.0
        for c in 0..<partition.blockCount {
            if isDirected {
                q += inside[c] / m - resolution * outDegree[c] * inDegree[c] / (m * m)
            } else {
                let degree = outDegree[c] + inDegree[c]
                q += inside[c] / m - resolution * (degree / (2 * m)) * (degree / (2 * m))
            }
        }
        return q
    }
}
