extension CompactGraph {
    /// Closeness centrality, as NetworkX `closeness_centrality`.
    ///
    /// `c(u) = (r − 1) / Σ_v d(v, u)` over the `r` nodes that reach `u` (incoming distances on digraphs, as
    /// NetworkX), multiplied by `(r − 1) / (n − 1)` when `wfImproved` (Wasserman and Faust's correction for
    /// disconnected graphs, NetworkX's default). A node nothing reaches scores 0.
    /// - Throws: ``AlgorithmError/negativeWeight(edge:weight:)`` when `weighted` and a weight is negative.
    /// - Complexity: O(V·E) unweighted, O(V·(V + E) log V) weighted.
    /// - Reference: L. C. Freeman, "Centrality in networks: I. Conceptual clarification", Social Networks 1 (1979);
    ///   S. Wasserman and K. Faust, *Social Network Analysis* (1994).
    public func closenessCentrality(weighted: Bool = false, wfImproved: Bool = true,
                                    threads: Int = Concurrency.defaultThreadCount) throws(AlgorithmError) -> NodeScores {
        let n = nodeCount
        return try scoreByIncomingDistances(weighted: weighted, threads: threads) { distances, reached in
            var total = 0.0
            for v in reached { total += distances[Int(v)] }
            guard total > 0, n > 1 else { return 0 }
            let r = Double(reached.count)
            return wfImproved ? (r - 1) / total * (r - 1) / Double(n - 1) : (r - 1) / total
        }
    }

    /// Harmonic centrality, as NetworkX `harmonic_centrality`: `h(u) = Σ_{v≠u} 1 / d(v, u)`, with `1/∞ = 0`
    /// (incoming distances on digraphs).
    /// - Complexity: as ``closenessCentrality(weighted:wfImproved:threads:)``.
    /// - Reference: P. Boldi and S. Vigna, "Axioms for centrality", Internet Mathematics 10 (2014).
    public func harmonicCentrality(weighted: Bool = false, threads: Int = Concurrency.defaultThreadCount) throws(AlgorithmError) -> NodeScores {
        try scoreByIncomingDistances(weighted: weighted, threads: threads) { distances, reached in
            var total = 0.0
            for v in reached { let d = distances[Int(v)]; if d > 0 { total += 1 / d } }
            return total
        }
    }
}

extension CompactGraph {
    /// One score per node from its incoming distances (distances *to* it on digraphs): runs a search from every node
    /// (backwards on digraphs), in parallel over node ranges, and hands `score` the distances and the nodes reached.
    func scoreByIncomingDistances(weighted: Bool, threads: Int,
                                  _ score: @escaping @Sendable (_ distances: [Double], _ reached: [Int32]) -> Double) throws(AlgorithmError) -> NodeScores {
        if weighted { try checkDistanceWeights() }
        let n = nodeCount
        let reporter = AlgorithmProgress.reporter
        let parts = parallelChunks(count: n, threads: threads) { _, nodes in
            var search = SingleSourceSearch(nodeCount: n)
            return nodes.enumerated().map { k, u -> Double in
                search.run(self, from: u, weighted: weighted, reverse: self.isDirected, countPaths: false)
                if let reporter, k % 16 == 15 || u == nodes.upperBound - 1 { reporter.advance(by: k % 16 + 1, of: n) }
                return score(search.distance, search.order)
            }
        }
        return NodeScores(parts.flatMap { $0 })
    }
}
