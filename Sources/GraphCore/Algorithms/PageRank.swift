extension CompactGraph {
    /// PageRank by power iteration, with NetworkX `pagerank` conventions.
    ///
    /// `x ← α (xᵀ W + (Σ_{dangling} x) d) + (1 − α) p`, where `W` is the row-normalised (out-)weight matrix
    /// (undirected edges count in both directions), `p` the personalisation and `d` the dangling distribution
    /// (both uniform by default, `d = p` when only `p` is given, as NetworkX).
    ///
    /// Stopping rule: the L1 change between iterations falls below `tolerance` (not NetworkX's `n · tol`, which
    /// stops after one step on large graphs); the default 1e-12 gives values within 1e-10 of the fixed point on
    /// the reference graphs.
    /// - Parameters:
    ///   - damping: α in [0, 1).
    ///   - weighted: use edge weights as transition strengths; otherwise every edge has weight 1.
    ///   - personalization: non-negative weights per node (normalised here); `nil` is uniform.
    ///   - dangling: distribution for the mass of nodes with no out-weight; `nil` uses the personalisation.
    ///   - maxIterations: iterations before ``AlgorithmError/failedToConverge(algorithm:iterations:tolerance:lastError:)``.
    ///   - tolerance: the L1 change between iterations at which to stop (see above).
    ///   - threads: graphs of 50,000 nodes or more pull over this many node ranges in parallel.
    /// - Throws: ``AlgorithmError/failedToConverge(algorithm:iterations:tolerance:lastError:)``,
    ///   ``AlgorithmError/invalidParameter(name:value:reason:)`` for a bad α or vector, ``AlgorithmError/emptyGraph``,
    ///   ``AlgorithmError/negativeWeight(edge:weight:)`` when `weighted` and a weight is negative.
    /// - Complexity: O(iterations · (V + E)) time, O(V + E) memory.
    /// - Reference: S. Brin and L. Page, "The anatomy of a large-scale hypertextual Web search engine" (1998);
    ///   A. Langville and C. Meyer, *Google's PageRank and Beyond* (2006).
    public func pageRank(damping: Double = 0.85, weighted: Bool = false, personalization: [Double]? = nil,
                         dangling: [Double]? = nil, maxIterations: Int = 10_000, tolerance: Double = 1e-12,
                         threads: Int = Concurrency.defaultThreadCount) throws(AlgorithmError) -> NodeScores {
        let n = nodeCount
        guard n > 0 else { throw .emptyGraph }
        guard damping >= 0 && damping < 1 else { throw .invalidParameter(name: "damping", value: "\(damping)", reason: "must be in [0, 1)") }
        if weighted { try checkDistanceWeights() }   // weights are transition strengths: a negative one is no probability
        let p = try Self.distribution(personalization, count: n, name: "personalization")
        let d = dangling == nil ? p : try Self.distribution(dangling, count: n, name: "dangling")
        // Out-strength of each node, then for each in-edge entry the transition probability u→v.
        var strength = [Double](repeating: 0, count: n)
        for u in 0..<n {
            for k in outOffsets[u]..<outOffsets[u + 1] { strength[u] += weighted ? weight(ofEdge: Int(outEdges[k])) : 1 }
        }
        var transition = [Double](repeating: 0, count: inSources.count)
        for v in 0..<n {
            for k in inOffsets[v]..<inOffsets[v + 1] {
                let u = Int(inSources[k])
                let w = weighted ? weight(ofEdge: Int(inEdges[k])) : 1
                transition[k] = strength[u] > 0 ? w / strength[u] : 0
            }
        }
        let danglingNodes = (0..<n).filter { strength[$0] == 0 }
        var x = [Double](repeating: 1 / Double(n), count: n)
        var next = [Double](repeating: 0, count: n)
        var err = Double.infinity
        // Large graphs pull in parallel over contiguous node ranges; each node's value depends only on the previous
        // iterate, so the result does not depend on the thread count (only the order of the L1-change sum does).
        let chunks = n >= 50_000 ? max(1, threads) : 1
        let step = PageRankStep(inOffsets: inOffsets, inSources: inSources, transition: transition, damping: damping, p: p, d: d)
        for _ in 0..<maxIterations {
            var mass = 0.0
            for u in danglingNodes { mass += x[u] }
            let danglingMass = mass
            let current = x
            let errors: [Double] = next.withUnsafeMutableBufferPointer { out in
                let target = UnsafeMutableSendablePointer(out.baseAddress!)
                return parallelChunks(count: n, threads: chunks) { _, range in
                    step.run(range, x: current, danglingMass: danglingMass, into: target.pointer)
                }
            }
            err = errors.reduce(0, +)
            swap(&x, &next)
            if err < tolerance { return NodeScores(x) }
        }
        throw .failedToConverge(algorithm: "PageRank", iterations: maxIterations, tolerance: tolerance, lastError: err)
    }

    static func distribution(_ values: [Double]?, count n: Int, name: String) throws(AlgorithmError) -> [Double] {
        guard let values else { return [Double](repeating: 1 / Double(n), count: n) }
        guard values.count == n else { throw .invalidParameter(name: name, value: "(\(values.count) values)", reason: "needs one value per node (\(n))") }
        guard values.allSatisfy({ $0 >= 0 && $0.isFinite }) else { throw .invalidParameter(name: name, value: "vector", reason: "values must be finite and non-negative") }
        let total = values.reduce(0, +)
        guard total > 0 else { throw .invalidParameter(name: name, value: "vector", reason: "values must not all be zero") }
        return values.map { $0 / total }
    }
}

/// One PageRank pull over a range of nodes: `out[v] = α(Σ x[u]·P(u→v) + dangling·d[v]) + (1−α)p[v]`; returns the
/// range's L1 change.
struct PageRankStep: @unchecked Sendable {
    let inOffsets: [Int]
    let inSources: [Int32]
    let transition: [Double]
    let damping: Double
    let p: [Double]
    let d: [Double]

    func run(_ range: Range<Int>, x: [Double], danglingMass: Double, into out: UnsafeMutablePointer<Double>) -> Double {
        var err = 0.0
        inOffsets.withUnsafeBufferPointer { off in
        inSources.withUnsafeBufferPointer { src in
        transition.withUnsafeBufferPointer { t in
        x.withUnsafeBufferPointer { x in
            for v in range {
                var sum = 0.0
                var k = off[v]
                let end = off[v + 1]
                while k < end { sum += x[Int(src[k])] * t[k]; k += 1 }
                let value = damping * (sum + danglingMass * d[v]) + (1 - damping) * p[v]
                err += abs(value - x[v])
                out[v] = value
            }
        }}}}
        return err
    }
}

