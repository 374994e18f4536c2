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
        if weighted { try checkDistanceWeights() }
        let n = nodeCount
        let parts = parallelChunks(count: n, threads: threads) { _, nodes in
            var search = SingleSourceSearch(nodeCount: n)
            return nodes.map { u -> Double in
                search.run(self, from: u, weighted: weighted, reverse: self.isDirected, countPaths: false)
                var total = 0.0
                for v in search.order { total += search.distance[Int(v)] }
                let reached = Double(search.order.count)
                guard total > 0, n > 1 else { return 0 }
                var c = (reached - 1) / total
                if wfImproved { c *= (reached - 1) / Double(n - 1) }
                return c
            }
        }
        return NodeScores(parts.flatMap { $0 })
    }

    /// Harmonic centrality, as NetworkX `harmonic_centrality`: `h(u) = Σ_{v≠u} 1 / d(v, u)`, with `1/∞ = 0`
    /// (incoming distances on digraphs).
    /// - Complexity: as ``closenessCentrality(weighted:wfImproved:threads:)``.
    /// - Reference: P. Boldi and S. Vigna, "Axioms for centrality", Internet Mathematics 10 (2014).
    public func harmonicCentrality(weighted: Bool = false, threads: Int = Concurrency.defaultThreadCount) throws(AlgorithmError) -> NodeScores {
        if weighted { try checkDistanceWeights() }
        let n = nodeCount
        let parts = parallelChunks(count: n, threads: threads) { _, nodes in
            var search = SingleSourceSearch(nodeCount: n)
            return nodes.map { u -> Double in
                search.run(self, from: u, weighted: weighted, reverse: self.isDirected, countPaths: false)
                var total = 0.0
                for v in search.order { let d = search.distance[Int(v)]; if d > 0 { total += 1 / d } }
                return total
            }
        }
        return NodeScores(parts.flatMap { $0 })
    }
}
