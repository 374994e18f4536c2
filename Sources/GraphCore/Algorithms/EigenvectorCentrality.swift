import Foundation

extension CompactGraph {
    /// Eigenvector centrality, as NetworkX `eigenvector_centrality`: the principal eigenvector of the adjacency
    /// matrix (in-edges on digraphs: a node is central when central nodes point to it), with unit Euclidean norm.
    ///
    /// Iterates `x ← (A + I)ᵀ x / ‖·‖₂` as NetworkX does (the shift keeps bipartite graphs from oscillating) until
    /// the L1 change is below `tolerance`.
    /// - Throws: ``AlgorithmError/failedToConverge(algorithm:iterations:tolerance:lastError:)``, ``AlgorithmError/emptyGraph``,
    ///   ``AlgorithmError/negativeWeight(edge:weight:)`` when `weighted` and a weight is negative (the Perron–Frobenius
    ///   theory these rest on needs a non-negative matrix).
    /// - Complexity: O(iterations · (V + E)).
    /// - Reference: P. Bonacich, "Power and centrality: a family of measures", Am. J. Sociol. 92 (1987).
    public func eigenvectorCentrality(weighted: Bool = false, maxIterations: Int = 10_000, tolerance: Double = 1e-13) throws(AlgorithmError) -> NodeScores {
        let n = nodeCount
        guard n > 0 else { throw .emptyGraph }
        if weighted { try checkDistanceWeights() }
        var x = [Double](repeating: 1 / Double(n), count: n)
        var next = x
        var err = Double.infinity
        for _ in 0..<maxIterations {
            for v in 0..<n {
                var sum = x[v]
                for k in inOffsets[v]..<inOffsets[v + 1] { sum += x[Int(inSources[k])] * (weighted ? weight(ofEdge: Int(inEdges[k])) : 1) }
                next[v] = sum
            }
            var norm = 0.0
            for v in 0..<n { norm += next[v] * next[v] }
            norm = norm.squareRoot()
            if norm == 0 { norm = 1 }
            err = 0
            for v in 0..<n { next[v] /= norm; err += abs(next[v] - x[v]) }
            swap(&x, &next)
            if err < tolerance { return NodeScores(x) }
        }
        throw .failedToConverge(algorithm: "eigenvector centrality", iterations: maxIterations, tolerance: tolerance, lastError: err)
    }

    /// Katz centrality, as NetworkX `katz_centrality`: `x = α Aᵀ x + β`, solved by iteration from zero, then scaled
    /// to unit Euclidean norm when `normalized`.
    /// - Parameters: `alpha` must be below 1/λ_max for convergence; `beta` is the constant attenuation term.
    /// - Throws: ``AlgorithmError/invalidParameter(name:value:reason:)`` when `alpha` makes the iteration diverge (the
    ///   message gives 1/λ_max), ``AlgorithmError/failedToConverge(algorithm:iterations:tolerance:lastError:)``,
    ///   ``AlgorithmError/emptyGraph``,
    ///   ``AlgorithmError/negativeWeight(edge:weight:)`` when `weighted` and a weight is negative.
    /// - Complexity: O(iterations · (V + E)).
    /// - Reference: L. Katz, "A new status index derived from sociometric analysis", Psychometrika 18 (1953).
    public func katzCentrality(alpha: Double = 0.1, beta: Double = 1, normalized: Bool = true, weighted: Bool = false,
                               maxIterations: Int = 10_000, tolerance: Double = 1e-13) throws(AlgorithmError) -> NodeScores {
        let n = nodeCount
        guard n > 0 else { throw .emptyGraph }
        if weighted { try checkDistanceWeights() }
        var x = [Double](repeating: 0, count: n)
        var next = x
        var err = Double.infinity
        for _ in 0..<maxIterations {
            for v in 0..<n {
                var sum = 0.0
                for k in inOffsets[v]..<inOffsets[v + 1] { sum += x[Int(inSources[k])] * (weighted ? weight(ofEdge: Int(inEdges[k])) : 1) }
                next[v] = alpha * sum + beta
            }
            err = 0
            for v in 0..<n { err += abs(next[v] - x[v]) }
            swap(&x, &next)
            if !err.isFinite || err > 1e150 {
                let radius = (try? spectralRadius(weighted: weighted)) ?? .nan
                throw .invalidParameter(name: "alpha", value: "\(alpha)",
                                        reason: "the Katz iteration diverges; alpha must be below 1/λ_max = \(1 / radius) for this graph")
            }
            if err < tolerance {
                if normalized {
                    let norm = x.reduce(0) { $0 + $1 * $1 }.squareRoot()
                    if norm > 0 { x = x.map { $0 / norm } }
                }
                return NodeScores(x)
            }
        }
        throw .failedToConverge(algorithm: "Katz centrality", iterations: maxIterations, tolerance: tolerance, lastError: err)
    }
}

extension CompactGraph {
    /// The largest eigenvalue λ_max of the adjacency matrix (the Rayleigh quotient of the eigenvector centrality
    /// vector), used to tell users which Katz `alpha` converges (`alpha < 1/λ_max`).
    /// - Complexity: that of ``eigenvectorCentrality(weighted:maxIterations:tolerance:)``.
    public func spectralRadius(weighted: Bool = false) throws(AlgorithmError) -> Double {
        let x = try eigenvectorCentrality(weighted: weighted, tolerance: 1e-12).values
        var quotient = 0.0
        for v in 0..<nodeCount {
            var sum = 0.0
            for k in inOffsets[v]..<inOffsets[v + 1] { sum += x[Int(inSources[k])] * (weighted ? weight(ofEdge: Int(inEdges[k])) : 1) }
            quotient += x[v] * sum
        }
        return quotient
    }
}

/// Hub and authority scores of HITS.
public struct HubsAndAuthorities: Sendable {
    /// Hub scores: high for nodes that point to good authorities.
    public let hubs: NodeScores
    /// Authority scores: high for nodes that good hubs point to.
    public let authorities: NodeScores
}

extension CompactGraph {
    /// HITS hubs and authorities, as NetworkX `hits`: authorities are the principal eigenvector of `AᵀA`, hubs are
    /// `A a`; each vector is scaled to sum to 1. (NetworkX 3 computes the singular vector with `svds`; power
    /// iteration reaches the same vector.)
    /// - Throws: ``AlgorithmError/failedToConverge(algorithm:iterations:tolerance:lastError:)``, ``AlgorithmError/emptyGraph``,
    ///   ``AlgorithmError/negativeWeight(edge:weight:)`` when `weighted` and a weight is negative (the Perron–Frobenius
    ///   theory these rest on needs a non-negative matrix).
    /// - Complexity: O(iterations · (V + E)).
    /// - Reference: J. Kleinberg, "Authoritative sources in a hyperlinked environment", J. ACM 46 (1999).
    public func hits(weighted: Bool = false, maxIterations: Int = 100_000, tolerance: Double = 1e-14) throws(AlgorithmError) -> HubsAndAuthorities {
        let n = nodeCount
        guard n > 0 else { throw .emptyGraph }
        if weighted { try checkDistanceWeights() }
        func w(_ e: Int32) -> Double { weighted ? weight(ofEdge: Int(e)) : 1 }
        var a = [Double](repeating: 1 / Double(n), count: n)
        var h = [Double](repeating: 0, count: n)
        var next = a
        var err = Double.infinity
        var converged = false
        for _ in 0..<maxIterations {
            for u in 0..<n {   // h = A a
                var s = 0.0
                for k in outOffsets[u]..<outOffsets[u + 1] { s += a[Int(outTargets[k])] * w(outEdges[k]) }
                h[u] = s
            }
            for v in 0..<n {   // a' = Aᵀ h
                var s = 0.0
                for k in inOffsets[v]..<inOffsets[v + 1] { s += h[Int(inSources[k])] * w(inEdges[k]) }
                next[v] = s
            }
            let top = next.max() ?? 0
            guard top > 0 else { break }
            err = 0
            for v in 0..<n { next[v] /= top; err += abs(next[v] - a[v]) }
            swap(&a, &next)
            if err < tolerance { converged = true; break }
        }
        guard converged else {
            if a.allSatisfy({ $0 == 0 }) || (a.max() ?? 0) == 0 {   // no edges: NetworkX returns uniform scores
                let u = [Double](repeating: 1 / Double(n), count: n)
                return HubsAndAuthorities(hubs: NodeScores(u), authorities: NodeScores(u))
            }
            throw .failedToConverge(algorithm: "HITS", iterations: maxIterations, tolerance: tolerance, lastError: err)
        }
        for u in 0..<n {
            var s = 0.0
            for k in outOffsets[u]..<outOffsets[u + 1] { s += a[Int(outTargets[k])] * w(outEdges[k]) }
            h[u] = s
        }
        let sa = a.reduce(0, +), sh = h.reduce(0, +)
        return HubsAndAuthorities(hubs: NodeScores(h.map { sh > 0 ? $0 / sh : 0 }), authorities: NodeScores(a.map { sa > 0 ? $0 / sa : 0 }))
    }
}
