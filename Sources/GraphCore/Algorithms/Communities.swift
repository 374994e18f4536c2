/// Communities found by Louvain, with the modularity of each level.
public struct CommunityResult: Sendable {
    /// The final partition (highest level).
    public let partition: Partition
    /// Modularity of the final partition on the input graph.
    public let modularity: Double
    /// Number of aggregation levels performed.
    public let levels: Int
}

extension CompactGraph {
    /// Louvain community detection on the undirected view, maximising modularity (see ``modularity(of:resolution:weighted:)``).
    ///
    /// Each level moves nodes, in an order shuffled by `seed`, to the neighbouring community with the best
    /// modularity gain `k_{u,c}/m − γ Σ_c k_u / (2m²)` until no move improves, then aggregates communities into
    /// nodes. It stops when a level improves modularity by less than `threshold` (NetworkX's rule and default).
    /// The same seed and input give the same partition everywhere; it will generally differ from NetworkX's, whose
    /// random stream differs, so compare modularity, not labels.
    /// - Complexity: near-linear in E per level in practice; O(V + E) memory.
    /// - Reference: V. Blondel, J.-L. Guillaume, R. Lambiotte, E. Lefebvre, "Fast unfolding of communities in large
    ///   networks", J. Stat. Mech. (2008).
    public func louvainCommunities(resolution: Double = 1, weighted: Bool = false, seed: UInt64 = 42,
                                   threshold: Double = 1e-7) -> CommunityResult {
        let base = undirected().simplified()
        var rng = SeededGenerator(seed: seed)
        // Level graph as weighted adjacency lists with self-loop weights (an undirected self-loop of weight w
        // contributes 2w to its node's degree, as in NetworkX).
        var level = LouvainLevel(base, weighted: weighted)
        var membership = Array(0..<nodeCount)   // original node -> current level node
        var best = Partition(labels: membership)
        var bestQ = base.modularity(of: best, resolution: resolution, weighted: weighted)
        var levels = 0
        while true {
            let (moved, communities) = level.oneLevel(resolution: resolution, rng: &rng)
            if !moved { break }
            let renumber = Partition(labels: communities)   // level node -> next level node
            for v in 0..<nodeCount { membership[v] = renumber.block[membership[v]] }
            let candidate = Partition(labels: membership)
            let q = base.modularity(of: candidate, resolution: resolution, weighted: weighted)
            levels += 1
            let gain = q - bestQ
            if q > bestQ { best = candidate; bestQ = q }
            if gain <= threshold { break }
            level = level.aggregated(renumber: renumber.block, count: renumber.blockCount)
        }
        return CommunityResult(partition: best, modularity: bestQ, levels: levels)
    }
}

/// One level of the Louvain hierarchy: a weighted undirected graph stored as adjacency lists.
struct LouvainLevel {
    var neighbours: [[(node: Int, weight: Double)]]
    var selfLoops: [Double]
    var degree: [Double]
    var totalWeight: Double   // m

    init(_ g: CompactGraph, weighted: Bool) {
        let n = g.nodeCount
        neighbours = Array(repeating: [], count: n)
        selfLoops = Array(repeating: 0, count: n)
        degree = Array(repeating: 0, count: n)
        totalWeight = 0
        for e in 0..<g.edgeCount {
            let u = Int(g.edgeSources[e]), v = Int(g.edgeTargets[e]), w = weighted ? g.edgeWeights[e] : 1
            totalWeight += w
            if u == v { selfLoops[u] += w; degree[u] += 2 * w } else {
                neighbours[u].append((v, w)); neighbours[v].append((u, w))
                degree[u] += w; degree[v] += w
            }
        }
    }

    private init(neighbours: [[(node: Int, weight: Double)]], selfLoops: [Double], degree: [Double], totalWeight: Double) {
        self.neighbours = neighbours; self.selfLoops = selfLoops; self.degree = degree; self.totalWeight = totalWeight
    }

    /// Local moving phase. Returns whether any node moved and each node's community (numbered by node indices).
    func oneLevel(resolution: Double, rng: inout SeededGenerator) -> (Bool, [Int]) {
        let n = neighbours.count
        var community = Array(0..<n)
        var total = degree   // Σ_tot per community
        let m = totalWeight
        guard m > 0 else { return (false, community) }
        var order = Array(0..<n)
        rng.shuffle(&order)
        var weightTo = [Double](repeating: 0, count: n)
        var touched: [Int] = []
        var anyMove = false
        var improved = true
        while improved {
            improved = false
            for u in order {
                let own = community[u], ku = degree[u]
                touched.removeAll(keepingCapacity: true)
                for (v, w) in neighbours[u] {
                    let c = community[v]
                    if weightTo[c] == 0 { touched.append(c) }
                    weightTo[c] += w
                }
                total[own] -= ku
                let stay = weightTo[own] / m - resolution * total[own] * ku / (2 * m * m)
                var bestCommunity = own, bestGain = stay
                for c in touched.sorted() where c != own {
                    let gain = weightTo[c] / m - resolution * total[c] * ku / (2 * m * m)
                    if gain > bestGain + 1e-15 { bestGain = gain; bestCommunity = c }
                }
                total[bestCommunity] += ku
                if bestCommunity != own { community[u] = bestCommunity; improved = true; anyMove = true }
                for c in touched { weightTo[c] = 0 }
            }
        }
        return (anyMove, community)
    }

    /// The graph of communities: one node per community (`renumber[v]` is v's community, `0..<count`).
    func aggregated(renumber: [Int], count: Int) -> LouvainLevel {
        var loops = [Double](repeating: 0, count: count)
        var deg = [Double](repeating: 0, count: count)
        var members = [[Int]](repeating: [], count: count)
        for u in 0..<neighbours.count { members[renumber[u]].append(u) }
        var lists = [[(node: Int, weight: Double)]](repeating: [], count: count)
        var weightTo = [Double](repeating: 0, count: count)
        var touched: [Int] = []
        for c in 0..<count {
            for u in members[c] {
                loops[c] += selfLoops[u]
                deg[c] += degree[u]
                for (v, w) in neighbours[u] {
                    let cv = renumber[v]
                    if cv == c {
                        if u < v { loops[c] += w }
                    } else {
                        if weightTo[cv] == 0 { touched.append(cv) }
                        weightTo[cv] += w
                    }
                }
            }
            touched.sort()
            lists[c] = touched.map { (node: $0, weight: weightTo[$0]) }
            for cv in touched { weightTo[cv] = 0 }
            touched.removeAll(keepingCapacity: true)
        }
        return LouvainLevel(neighbours: lists, selfLoops: loops, degree: deg, totalWeight: totalWeight)
    }
}
