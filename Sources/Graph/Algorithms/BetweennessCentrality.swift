extension CompactGraph {
    /// Betweenness centrality by Brandes' algorithm, with NetworkX `betweenness_centrality` conventions.
    ///
    /// `c(v) = Σ_{s≠v≠t} σ(s,t|v) / σ(s,t)`, the share of shortest s–t paths through `v`, over ordered pairs.
    /// - Parameters:
    ///   - weighted: edge weights are lengths (Dijkstra); otherwise every edge counts 1 (BFS).
    ///   - normalized: divide by `(n−1)(n−2)` (by `n(n−1)` with `endpoints`) as NetworkX; when false, undirected
    ///     sums are halved so each unordered pair counts once.
    ///   - endpoints: count the path's endpoints as lying on it.
    ///   - threads: sources are split in contiguous blocks over this many threads; partial sums are added in
    ///     block order, so results are deterministic for a given thread count and agree across counts to rounding.
    /// - Returns: one score per node.
    /// - Throws: ``AlgorithmError/negativeWeight(edge:weight:)`` when `weighted` and a weight is negative.
    /// - Complexity: O(V·E) unweighted, O(V·E + V² log V) weighted; O(V + E) extra memory per thread.
    /// - Reference: U. Brandes, "A faster algorithm for betweenness centrality", J. Math. Sociol. 25 (2001);
    ///   U. Brandes, "On variants of shortest-path betweenness centrality", Social Networks 30 (2008).
    public func betweennessCentrality(weighted: Bool = false, normalized: Bool = true, endpoints: Bool = false,
                                      threads: Int = Concurrency.defaultThreadCount) throws(AlgorithmError) -> NodeScores {
        if weighted { try checkDistanceWeights() }
        let partials = parallelChunks(count: nodeCount, threads: threads) { _, sources in
            var acc = BrandesAccumulator(graph: self, weighted: weighted)
            var scores = [Double](repeating: 0, count: self.nodeCount)
            for s in sources { acc.accumulateNodes(from: s, into: &scores, endpoints: endpoints) }
            return scores
        }
        var total = [Double](repeating: 0, count: nodeCount)
        for part in partials { for v in 0..<nodeCount { total[v] += part[v] } }
        let n = Double(nodeCount)
        var scale: Double?
        if normalized {
            if endpoints { scale = nodeCount < 2 ? nil : 1 / (n * (n - 1)) } else { scale = nodeCount <= 2 ? nil : 1 / ((n - 1) * (n - 2)) }
        } else if !isDirected {
            scale = 0.5
        }
        if let scale { for v in 0..<nodeCount { total[v] *= scale } }
        return NodeScores(total)
    }

    /// Edge betweenness centrality, as NetworkX `edge_betweenness_centrality`: for each edge the share of shortest
    /// paths between ordered pairs that use it. Normalized divides by `n(n−1)`; otherwise undirected sums are halved.
    /// - Returns: one score per edge index (``edgeSources``/``edgeTargets``).
    /// - Throws: ``AlgorithmError/negativeWeight(edge:weight:)`` when `weighted` and a weight is negative.
    /// - Complexity: as ``betweennessCentrality(weighted:normalized:endpoints:threads:)``.
    /// - Reference: Brandes (2008), section 3.
    public func edgeBetweennessCentrality(weighted: Bool = false, normalized: Bool = true,
                                          threads: Int = Concurrency.defaultThreadCount) throws(AlgorithmError) -> [Double] {
        if weighted { try checkDistanceWeights() }
        let partials = parallelChunks(count: nodeCount, threads: threads) { _, sources in
            var acc = BrandesAccumulator(graph: self, weighted: weighted)
            var scores = [Double](repeating: 0, count: self.edgeCount)
            for s in sources { acc.accumulateEdges(from: s, into: &scores) }
            return scores
        }
        var total = [Double](repeating: 0, count: edgeCount)
        for part in partials { for e in 0..<edgeCount { total[e] += part[e] } }
        let n = Double(nodeCount)
        var scale: Double?
        if normalized { scale = nodeCount <= 1 ? nil : 1 / (n * (n - 1)) } else if !isDirected { scale = 0.5 }
        if let scale { for e in 0..<edgeCount { total[e] *= scale } }
        return total
    }
}

/// Per-thread state of Brandes' algorithm: one search's buffers plus the dependency array, reused across sources.
struct BrandesAccumulator {
    let graph: CompactGraph
    let weighted: Bool
    var search: SingleSourceSearch
    var delta: [Double]

    init(graph: CompactGraph, weighted: Bool) {
        self.graph = graph
        self.weighted = weighted
        search = SingleSourceSearch(nodeCount: graph.nodeCount)
        delta = [Double](repeating: 0, count: graph.nodeCount)
    }

    /// Runs the search from `s` and adds each node's dependency on `s` to `scores`.
    mutating func accumulateNodes(from s: Int, into scores: inout [Double], endpoints: Bool) {
        search.run(graph, from: s, weighted: weighted, reverse: false, countPaths: true)
        let order = search.order
        if endpoints { scores[s] += Double(order.count - 1) }
        let weighted = self.weighted
        // Dependencies in reverse order of distance. A predecessor v of w is an in-neighbour with d(v) + w(v,w) = d(w),
        // the same floating-point sum as the search made, so no predecessor lists are needed.
        graph.inOffsets.withUnsafeBufferPointer { inOffsets in
        graph.inSources.withUnsafeBufferPointer { inSources in
        graph.inEdges.withUnsafeBufferPointer { inEdges in
        graph.edgeWeights.withUnsafeBufferPointer { weights in
        search.distance.withUnsafeBufferPointer { dist in
        search.sigma.withUnsafeBufferPointer { sigma in
        order.withUnsafeBufferPointer { order in
        delta.withUnsafeMutableBufferPointer { delta in
        scores.withUnsafeMutableBufferPointer { scores in
            for w in order { delta[Int(w)] = 0 }
            var i = order.count - 1
            while i >= 0 {
                let w = Int(order[i]); i -= 1
                let coefficient = (1 + delta[w]) / sigma[w]
                let dw = dist[w]
                var k = inOffsets[w]
                let end = inOffsets[w + 1]
                if weighted {
                    while k < end {
                        let v = Int(inSources[k])
                        if dist[v] + weights[Int(inEdges[k])] == dw { delta[v] += sigma[v] * coefficient }
                        k += 1
                    }
                } else {
                    let previous = dw - 1
                    while k < end {
                        let v = Int(inSources[k])
                        if dist[v] == previous { delta[v] += sigma[v] * coefficient }
                        k += 1
                    }
                }
                if w != s { scores[w] += endpoints ? delta[w] + 1 : delta[w] }
            }
        }}}}}}}}}
    }

    /// Runs the search from `s` and adds each edge's dependency on `s` to `scores` (indexed by edge).
    mutating func accumulateEdges(from s: Int, into scores: inout [Double]) {
        search.run(graph, from: s, weighted: weighted, reverse: false, countPaths: true)
        let order = search.order
        for w in order { delta[Int(w)] = 0 }
        var i = order.count - 1
        while i >= 0 {
            let w = Int(order[i]); i -= 1
            let coefficient = (1 + delta[w]) / search.sigma[w]
            for k in graph.inOffsets[w]..<graph.inOffsets[w + 1] {
                let v = Int(graph.inSources[k]), e = Int(graph.inEdges[k])
                let step = weighted ? graph.edgeWeights[e] : 1
                if search.distance[v] + step == search.distance[w] {
                    let c = search.sigma[v] * coefficient
                    scores[e] += c
                    delta[v] += c
                }
            }
        }
    }
}
