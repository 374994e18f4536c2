/// The community detection methods.
public enum CommunityMethod: String, CaseIterable, Sendable {
    /// ``CompactGraph/leidenCommunities(resolution:weighted:seed:iterations:randomness:)``: connected communities,
    /// higher modularity than Louvain on every graph measured (docs/performance.md); the default.
    case leiden
    /// ``CompactGraph/louvainCommunities(resolution:weighted:seed:threshold:)``.
    case louvain
}

/// Communities found by Louvain or Leiden, with their modularity.
public struct CommunityResult: Sendable {
    /// The final partition (highest level).
    public let partition: Partition
    /// Modularity of the final partition on the input graph.
    public let modularity: Double
    /// Number of aggregation levels performed.
    public let levels: Int
}

extension CompactGraph {
    /// Communities by `method` with its defaults (the same seed gives the same partition).
    public func communities(method: CommunityMethod = .leiden, resolution: Double = 1, weighted: Bool = false, seed: UInt64 = 42) -> CommunityResult {
        switch method {
        case .leiden: leidenCommunities(resolution: resolution, weighted: weighted, seed: seed)
        case .louvain: louvainCommunities(resolution: resolution, weighted: weighted, seed: seed)
        }
    }
}

extension CompactGraph {
    /// Louvain community detection on the undirected view, maximising modularity (see ``modularity(of:resolution:weighted:)``).
    ///
    /// Each level moves nodes, in an order shuffled by `seed`, to the neighbouring community with the best
    /// modularity gain `k_{u,c}/m − γ Σ_c k_u / (2m²)` (ties: the smaller community index) until a sweep moves nothing,
    /// then aggregates communities into nodes. It stops when a level improves modularity by less than `threshold`
    /// (NetworkX's rule and default). The same seed and input give the same partition everywhere; it will generally
    /// differ from NetworkX's, whose random stream differs, so compare modularity, not labels.
    /// - Complexity: O(E) per sweep; near-linear in E per level in practice; O(V + E) memory.
    /// - Reference: V. Blondel, J.-L. Guillaume, R. Lambiotte, E. Lefebvre, "Fast unfolding of communities in large
    ///   networks", J. Stat. Mech. (2008).
    public func louvainCommunities(resolution: Double = 1, weighted: Bool = false, seed: UInt64 = 42,
                                   threshold: Double = 1e-7) -> CommunityResult {
        let base = undirected().simplified()
        var rng = SeededGenerator(seed: seed)
        var level = CommunityLevel(base, weighted: weighted)
        var membership = (0..<Int32(nodeCount)).map { $0 }   // original node -> current level node
        var best = Partition(labels: membership.map(Int.init))
        var bestQ = base.modularity(of: best, resolution: resolution, weighted: weighted)
        var levels = 0
        while true {
            var community = (0..<Int32(level.nodeCount)).map { $0 }
            var order = community
            rng.shuffle(&order)
            guard level.fastMoveNodes(&community, order: order, resolution: resolution, toEmpty: false) else { break }
            let count = community.renumberCompactly()
            for v in 0..<nodeCount { membership[v] = community[Int(membership[v])] }
            let candidate = Partition(labels: membership.map(Int.init))
            let q = base.modularity(of: candidate, resolution: resolution, weighted: weighted)
            levels += 1
            let gain = q - bestQ
            if q > bestQ { best = candidate; bestQ = q }
            if gain <= threshold { break }
            level = level.aggregated(by: community, count: count)
        }
        return CommunityResult(partition: best, modularity: bestQ, levels: levels)
    }

    /// Leiden community detection on the undirected view, maximising modularity (see
    /// ``modularity(of:resolution:weighted:)``), with communities guaranteed connected.
    ///
    /// An iteration repeats, level by level: fast local moving (a queue of nodes, first all in an order shuffled by
    /// `seed`; a node that moves puts its neighbours back), then refinement (inside each community, nodes merge, from
    /// singletons, into well-connected subcommunities they have an edge to, drawn with probability ∝ exp(ΔH/θ)), then
    /// aggregation of the *refined* subcommunities, each aggregate node starting in the community its members were in;
    /// it ends when local moving leaves every node of a level in a community of its own. Each iteration after the
    /// first starts from the previous one's partition; `iterations` is 2 as in leidenalg and igraph (`0` or less:
    /// until an iteration changes nothing). After every iteration each community is connected and γ-separated.
    /// The same seed and input give the same partition; leidenalg's random stream differs, so compare modularity.
    /// - Complexity: O(E) per round of local moving and per refinement; O(V + E) memory.
    /// - Reference: V. A. Traag, L. Waltman, N. J. van Eck, "From Louvain to Leiden: guaranteeing well-connected
    ///   communities", Sci. Rep. 9, 5233 (2019).
    public func leidenCommunities(resolution: Double = 1, weighted: Bool = false, seed: UInt64 = 42,
                                  iterations: Int = 2, randomness theta: Double = 0.01) -> CommunityResult {
        let base = undirected().simplified()
        var rng = SeededGenerator(seed: seed)
        let first = CommunityLevel(base, weighted: weighted)
        var partition = (0..<Int32(nodeCount)).map { $0 }
        var levels = 0
        var iteration = 0
        while iterations <= 0 || iteration < iterations {
            iteration += 1
            let previous = partition
            var level = first
            var membership = (0..<Int32(nodeCount)).map { $0 }   // original node -> current level node
            var community = partition                            // the current level's partition
            while true {
                var order = (0..<Int32(level.nodeCount)).map { $0 }
                rng.shuffle(&order)
                _ = level.fastMoveNodes(&community, order: order, resolution: resolution)
                let count = community.renumberCompactly()
                if count == level.nodeCount { break }
                var refined = level.refine(community, order: order, resolution: resolution, theta: theta, rng: &rng)
                let refinedCount = refined.renumberCompactly()
                // a refinement that merged nothing would give the same level again (leidenalg stops there too)
                if refinedCount == level.nodeCount { break }
                // each aggregate node starts in the community its members were in
                var next = [Int32](repeating: 0, count: refinedCount)
                for v in 0..<level.nodeCount { next[Int(refined[v])] = community[v] }
                for v in 0..<nodeCount { membership[v] = refined[Int(membership[v])] }
                level = level.aggregated(by: refined, count: refinedCount)
                community = next
                levels += 1
            }
            for v in 0..<nodeCount { partition[v] = community[Int(membership[v])] }
            _ = partition.renumberCompactly()
            if partition == previous && iteration > 1 { break }
        }
        let result = Partition(labels: partition.map(Int.init))
        return CommunityResult(partition: result, modularity: base.modularity(of: result, resolution: resolution, weighted: weighted), levels: levels)
    }
}
