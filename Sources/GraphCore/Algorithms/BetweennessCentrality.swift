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
        var total = dependencySums(sources: 0..<nodeCount, weighted: weighted, endpoints: endpoints, threads: threads)
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

    /// Betweenness estimated from `sampleSize` source nodes drawn uniformly without replacement (seeded, so the same
    /// seed gives the same estimate), as NetworkX `betweenness_centrality(k=…, seed=…)`: the Brandes dependencies of
    /// the sampled sources, scaled by `n / sampleSize` on top of the exact computation's normalisation. An unbiased
    /// estimator of the exact value (Brandes and Pich 2007); its error shrinks with the sample
    /// (docs/algorithms/centrality.md gives the measured error). NetworkX draws with Python's RNG, so the two pick
    /// different sources for the same seed: they agree in expectation, not digit for digit.
    /// - Throws: ``AlgorithmError/invalidParameter(name:value:reason:)`` when `sampleSize` is not in 1...n;
    ///   ``AlgorithmError/negativeWeight(edge:weight:)`` as the exact computation.
    /// - Complexity: O(k·E) unweighted, O(k·(E + V log V)) weighted, for k = `sampleSize`.
    /// - Reference: U. Brandes and C. Pich, "Centrality estimation in large networks", Int. J. Bifurcation and
    ///   Chaos 17 (2007).
    public func approximateBetweennessCentrality(sampleSize: Int, seed: UInt64, weighted: Bool = false, normalized: Bool = true,
                                                 threads: Int = Concurrency.defaultThreadCount) throws(AlgorithmError) -> NodeScores {
        guard (1...max(1, nodeCount)).contains(sampleSize), nodeCount > 0 else {
            throw .invalidParameter(name: "sample", value: String(sampleSize), reason: "must be between 1 and the number of nodes (\(nodeCount))")
        }
        if weighted { try checkDistanceWeights() }
        // partial Fisher–Yates: the first `sampleSize` slots are a uniform sample without replacement
        var order = Array(0..<nodeCount)
        var rng = SeededGenerator(seed: seed)
        for i in 0..<sampleSize { order.swapAt(i, Int.random(in: i..<nodeCount, using: &rng)) }
        let sources = Array(order.prefix(sampleSize)).sorted()
        var total = dependencySums(sources: sources, weighted: weighted, endpoints: false, threads: threads)
        let n = Double(nodeCount)
        var scale = n / Double(sampleSize)
        // the exact computation's normalisation (none for n ≤ 2, where every score is 0), times n / k
        if normalized { scale *= nodeCount <= 2 ? 1 : 1 / ((n - 1) * (n - 2)) } else if !isDirected { scale *= 0.5 }
        for v in 0..<nodeCount { total[v] *= scale }
        return NodeScores(total)
    }

    /// The raw Brandes sums from the given sources only: `Σ_{s ∈ sources, t} σ(s,t|v) / σ(s,t)` per node, over
    /// ordered pairs, neither normalized nor halved. On a connected graph every source costs one whole search, so the
    /// time of a sample of sources times `nodeCount / sources.count` estimates the time of the full computation; the
    /// benchmark package uses this to compare libraries per source on graphs where one full run takes hours.
    /// - Throws: ``AlgorithmError/invalidParameter(name:value:reason:)`` for a source that is not a node index;
    ///   ``AlgorithmError/negativeWeight(edge:weight:)`` as the full computation.
    @_spi(Benchmarking)
    public func betweennessDependencySums(sources: [Int], weighted: Bool = false,
                                          threads: Int = Concurrency.defaultThreadCount) throws(AlgorithmError) -> [Double] {
        if weighted { try checkDistanceWeights() }
        if let bad = sources.first(where: { !(0..<nodeCount).contains($0) }) {
            throw .invalidParameter(name: "sources", value: String(bad), reason: "not a node index (0..<\(nodeCount))")
        }
        return dependencySums(sources: sources, weighted: weighted, endpoints: false, threads: threads)
    }

    /// Brandes sums from every source in `sources`, split in contiguous blocks over `threads` threads; partial sums
    /// are added in block order, so the result is deterministic for a given thread count.
    private func dependencySums<C: RandomAccessCollection & Sendable>(sources: C, weighted: Bool, endpoints: Bool,
                                                                       threads: Int) -> [Double] where C.Element == Int, C.Index == Int {
        let reporter = AlgorithmProgress.reporter, sourceCount = sources.count
        let partials = parallelChunks(count: sources.count, threads: threads) { _, block in
            var acc = BrandesAccumulator(graph: self, weighted: weighted)
            var scores = [Double](repeating: 0, count: self.nodeCount)
            for (k, i) in block.enumerated() {
                acc.accumulateNodes(from: sources[sources.startIndex + i], into: &scores, endpoints: endpoints)
                if let reporter, k % 16 == 15 || i == block.upperBound - 1 { reporter.advance(by: k % 16 + 1, of: sourceCount) }
            }
            return scores
        }
        var total = [Double](repeating: 0, count: nodeCount)
        for part in partials { for v in 0..<nodeCount { total[v] += part[v] } }
        return total
    }

    /// Edge betweenness centrality, as NetworkX `edge_betweenness_centrality`: for each edge the share of shortest
    /// paths between ordered pairs that use it. Normalized divides by `n(n−1)`; otherwise undirected sums are halved.
    /// - Returns: one score per edge index (``source(ofEdge:)``/``target(ofEdge:)``).
    /// - Throws: ``AlgorithmError/negativeWeight(edge:weight:)`` when `weighted` and a weight is negative.
    /// - Complexity: as ``betweennessCentrality(weighted:normalized:endpoints:threads:)``.
    /// - Reference: Brandes (2008), section 3.
    public func edgeBetweennessCentrality(weighted: Bool = false, normalized: Bool = true,
                                          threads: Int = Concurrency.defaultThreadCount) throws(AlgorithmError) -> EdgeScores {
        if weighted { try checkDistanceWeights() }
        let reporter = AlgorithmProgress.reporter, searches = nodeCount
        let partials = parallelChunks(count: nodeCount, threads: threads) { _, sources in
            var acc = BrandesAccumulator(graph: self, weighted: weighted)
            var scores = [Double](repeating: 0, count: self.edgeCount)
            for (k, s) in sources.enumerated() {
                acc.accumulateEdges(from: s, into: &scores)
                if let reporter, k % 16 == 15 || s == sources.upperBound - 1 { reporter.advance(by: k % 16 + 1, of: searches) }
            }
            return scores
        }
        var total = [Double](repeating: 0, count: edgeCount)
        for part in partials { for e in 0..<edgeCount { total[e] += part[e] } }
        let n = Double(nodeCount)
        var scale: Double?
        if normalized { scale = nodeCount <= 1 ? nil : 1 / (n * (n - 1)) } else if !isDirected { scale = 0.5 }
        if let scale { for e in 0..<edgeCount { total[e] *= scale } }
        return EdgeScores(total)
    }
}
