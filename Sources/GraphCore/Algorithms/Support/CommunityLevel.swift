import Foundation

/// One level of a multilevel community search (Louvain, Leiden): a weighted undirected graph in compressed rows,
/// with each node's self-loop weight and strength.
///
/// Every array is contiguous and the hot loops run on unsafe buffers: with an array of neighbour arrays per node, most
/// of the time goes into retaining and releasing the inner arrays.
struct CommunityLevel {
    /// Row `v` is `neighbours[offsets[v]..<offsets[v + 1]]`, with the matching `weights`; self-loops are not in rows.
    var offsets: [Int]
    var neighbours: [Int32]
    var weights: [Double]
    /// The weight of each node's self-loop (an undirected self-loop of weight w adds 2w to the strength, as in NetworkX).
    var selfLoops: [Double]
    /// Each node's strength (weighted degree), self-loops counted twice.
    var strength: [Double]
    /// `m`: the total edge weight, self-loops once.
    var totalWeight: Double

    var nodeCount: Int { strength.count }

    /// The level of `g` (taken as undirected; each stored edge once), unit weights unless `weighted`.
    init(_ g: CompactGraph, weighted: Bool) {
        let n = g.nodeCount
        var counts = [Int](repeating: 0, count: n + 1)
        selfLoops = [Double](repeating: 0, count: n)
        strength = [Double](repeating: 0, count: n)
        totalWeight = 0
        for e in 0..<g.edgeCount {
            let u = Int(g.edgeSources[e]), v = Int(g.edgeTargets[e])
            if u != v { counts[u + 1] += 1; counts[v + 1] += 1 }
        }
        for v in 0..<n { counts[v + 1] += counts[v] }
        offsets = counts
        var fill = Array(counts.prefix(n))
        neighbours = [Int32](repeating: 0, count: counts[n])
        weights = [Double](repeating: 0, count: counts[n])
        for e in 0..<g.edgeCount {
            let u = Int(g.edgeSources[e]), v = Int(g.edgeTargets[e]), w = weighted ? g.weight(ofEdge: e) : 1
            totalWeight += w
            if u == v { selfLoops[u] += w; strength[u] += 2 * w; continue }
            neighbours[fill[u]] = Int32(v); weights[fill[u]] = w; fill[u] += 1
            neighbours[fill[v]] = Int32(u); weights[fill[v]] = w; fill[v] += 1
            strength[u] += w; strength[v] += w
        }
    }

    private init(offsets: [Int], neighbours: [Int32], weights: [Double], selfLoops: [Double], strength: [Double], totalWeight: Double) {
        self.offsets = offsets; self.neighbours = neighbours; self.weights = weights
        self.selfLoops = selfLoops; self.strength = strength; self.totalWeight = totalWeight
    }

    /// The graph of the blocks of `block` (`0..<count`): one node per block, the weight between two blocks the sum of
    /// the weights between their members, the weight inside a block its self-loop. Rows list neighbouring blocks in
    /// increasing order, so the result does not depend on the order of the members.
    func aggregated(by block: [Int32], count: Int) -> CommunityLevel {
        let n = nodeCount
        // members of each block, in node order (a counting sort)
        var start = [Int](repeating: 0, count: count + 1)
        for v in 0..<n { start[Int(block[v]) + 1] += 1 }
        for c in 0..<count { start[c + 1] += start[c] }
        var members = [Int32](repeating: 0, count: n)
        var place = Array(start.prefix(count))
        for v in 0..<n { members[place[Int(block[v])]] = Int32(v); place[Int(block[v])] += 1 }

        var loops = [Double](repeating: 0, count: count)
        var blockStrength = [Double](repeating: 0, count: count)
        var rowOffsets = [Int](repeating: 0, count: count + 1)
        var rowNeighbours: [Int32] = []
        var rowWeights: [Double] = []
        rowNeighbours.reserveCapacity(neighbours.count / 2)
        rowWeights.reserveCapacity(neighbours.count / 2)
        var weightTo = [Double](repeating: 0, count: count)
        var seen = [Bool](repeating: false, count: count)
        var touched: [Int32] = []
        offsets.withUnsafeBufferPointer { off in
        neighbours.withUnsafeBufferPointer { nb in
        weights.withUnsafeBufferPointer { wt in
            for c in 0..<count {
                for i in start[c]..<start[c + 1] {
                    let u = Int(members[i])
                    loops[c] += selfLoops[u]
                    blockStrength[c] += strength[u]
                    for j in off[u]..<off[u + 1] {
                        let v = Int(nb[j]), cv = Int(block[v])
                        if cv == c {
                            if u < v { loops[c] += wt[j] }
                        } else {
                            if !seen[cv] { seen[cv] = true; touched.append(Int32(cv)) }
                            weightTo[cv] += wt[j]
                        }
                    }
                }
                touched.sort()
                for cv in touched {
                    rowNeighbours.append(cv); rowWeights.append(weightTo[Int(cv)])
                    weightTo[Int(cv)] = 0; seen[Int(cv)] = false
                }
                touched.removeAll(keepingCapacity: true)
                rowOffsets[c + 1] = rowNeighbours.count
            }
        }}}
        return CommunityLevel(offsets: rowOffsets, neighbours: rowNeighbours, weights: rowWeights, selfLoops: loops,
                              strength: blockStrength, totalWeight: totalWeight)
    }
}

extension [Int32] {
    /// Renumbers labels in `0..<count` to `0..<k` in order of first appearance; returns k.
    mutating func renumberCompactly() -> Int {
        var map = [Int32](repeating: -1, count: count)
        var next: Int32 = 0
        for i in indices {
            let label = Int(self[i])
            if map[label] < 0 { map[label] = next; next += 1 }
            self[i] = map[label]
        }
        return Int(next)
    }
}

// MARK: - Local moving (Louvain and Leiden) and refinement (Leiden)

extension CommunityLevel {
    /// Leiden's fast local moving from `community` (labels in `0..<nodeCount`): a queue holds the nodes, first all of
    /// them in `order`; the node taken from it moves to the neighbouring community, or to an empty one, of largest
    /// modularity gain if that beats staying by more than 1e-15 (ties: the smaller community index), and a node that
    /// moved puts its neighbours outside its new community back in the queue. Ends when the queue is empty.
    /// Returns whether any node moved.
    /// - Complexity: O(E) per round of the queue; far fewer visits than sweeps once most nodes have settled.
    /// - Reference: V. A. Traag, L. Waltman, N. J. van Eck, "From Louvain to Leiden: guaranteeing well-connected
    ///   communities", Sci. Rep. 9, 5233 (2019), algorithm A.2 `MoveNodesFast`.
    /// Without `toEmpty` a node moves only into a neighbouring community (Louvain's moves, in Leiden's queue order:
    /// V. A. Traag, "Faster unfolding of communities: speeding up the Louvain algorithm", Phys. Rev. E 92 (2015)).
    func fastMoveNodes(_ community: inout [Int32], order: [Int32], resolution: Double, toEmpty: Bool = true) -> Bool {
        let n = nodeCount, m = totalWeight
        guard m > 0, n > 1 else { return false }
        var total = [Double](repeating: 0, count: n)
        var size = [Int32](repeating: 0, count: n)
        for v in 0..<n { total[Int(community[v])] += strength[v]; size[Int(community[v])] += 1 }
        var empty: [Int32] = (0..<Int32(n)).reversed().filter { size[Int($0)] == 0 }
        var weightTo = [Double](repeating: 0, count: n)
        var seen = [Bool](repeating: false, count: n)
        var touched = [Int32](repeating: 0, count: n)
        // a ring buffer of n slots: a node is in it at most once
        var queue = order
        var head = 0, queued = n
        var inQueue = [Bool](repeating: true, count: n)
        let scale = resolution / (2 * m * m)
        var anyMove = false
        offsets.withUnsafeBufferPointer { off in
        neighbours.withUnsafeBufferPointer { nb in
        weights.withUnsafeBufferPointer { wt in
        strength.withUnsafeBufferPointer { k in
        community.withUnsafeMutableBufferPointer { comm in
        total.withUnsafeMutableBufferPointer { tot in
        weightTo.withUnsafeMutableBufferPointer { to in
        seen.withUnsafeMutableBufferPointer { seen in
        touched.withUnsafeMutableBufferPointer { touched in
        queue.withUnsafeMutableBufferPointer { queue in
            while queued > 0 {
                let u = Int(queue[head])
                head = head + 1 == n ? 0 : head + 1
                queued -= 1
                inQueue[u] = false
                let own = Int(comm[u]), ku = k[u]
                var count = 0
                for j in off[u]..<off[u + 1] {
                    let c = Int(comm[Int(nb[j])])
                    if !seen[c] { seen[c] = true; touched[count] = Int32(c); count += 1 }
                    to[c] += wt[j]
                }
                tot[own] -= ku
                size[own] -= 1
                let stay = to[own] / m - tot[own] * ku * scale
                var best = own, bestGain = -Double.infinity
                for i in 0..<count {
                    let c = Int(touched[i])
                    if c != own {
                        let gain = to[c] / m - tot[c] * ku * scale
                        if gain > bestGain || (gain == bestGain && c < best) { bestGain = gain; best = c }
                    }
                    to[c] = 0; seen[c] = false
                }
                // an empty community gains nothing and costs nothing; it is only worth it to a node that is better
                // alone than where it is (and not alone already)
                if toEmpty && size[own] > 0 && 0 > stay + 1e-15 && 0 > bestGain, let e = empty.last {
                    best = Int(e); bestGain = 0
                }
                if best != own && bestGain > stay + 1e-15 {
                    if size[best] == 0 { empty.removeLast() }
                    comm[u] = Int32(best); anyMove = true
                    if size[own] == 0 { empty.append(Int32(own)) }
                    for j in off[u]..<off[u + 1] {
                        let v = Int(nb[j])
                        if !inQueue[v] && Int(comm[v]) != best {
                            inQueue[v] = true
                            queue[(head + queued) % n] = Int32(v)
                            queued += 1
                        }
                    }
                } else {
                    best = own
                }
                tot[best] += ku
                size[best] += 1
            }
        }}}}}}}}}}
        return anyMove
    }

    /// Leiden's refinement of `community`: inside each community S, starting from singletons, every node that is
    /// well connected to S (`E(v, S − v) ≥ γ k_v (K_S − k_v) / 2m`) and still alone is merged, in `order`, into a
    /// well-connected subcommunity C of S (`E(C, S − C) ≥ γ K_C (K_S − K_C) / 2m`) with probability
    /// ∝ `exp(ΔH / θ)` among those with `ΔH = k_{v,C} − γ k_v K_C / 2m ≥ 0` (staying alone is ΔH = 0), drawn from
    /// `rng`. A node joins only a subcommunity it has an edge to, so every subcommunity is connected. Returns each
    /// node's subcommunity (labels in `0..<nodeCount`).
    /// - Reference: Traag, Waltman and van Eck (2019), algorithm A.2 `RefinePartition` and `MergeNodesSubset`.
    func refine(_ community: [Int32], order: [Int32], resolution: Double, theta: Double, rng: inout SeededGenerator) -> [Int32] {
        let n = nodeCount, m = totalWeight
        var refined = (0..<Int32(n)).map { $0 }
        guard m > 0, n > 1 else { return refined }
        let gamma = resolution / (2 * m)
        var communityTotal = [Double](repeating: 0, count: n)
        for v in 0..<n { communityTotal[Int(community[v])] += strength[v] }
        // each node's weight to the rest of its community; a subcommunity's weight to the rest of the community
        var inside = [Double](repeating: 0, count: n)
        offsets.withUnsafeBufferPointer { off in
        neighbours.withUnsafeBufferPointer { nb in
        weights.withUnsafeBufferPointer { wt in
            for v in 0..<n {
                for j in off[v]..<off[v + 1] where community[Int(nb[j])] == community[v] { inside[v] += wt[j] }
            }
        }}}
        var subTotal = strength
        var subExternal = inside
        var alone = [Bool](repeating: true, count: n)
        var weightTo = [Double](repeating: 0, count: n)
        var seen = [Bool](repeating: false, count: n)
        var touched: [Int32] = []
        var candidates: [(community: Int, gain: Double)] = []
        for v32 in order {
            let v = Int(v32), s = Int(community[v]), kv = strength[v]
            guard alone[v], inside[v] >= gamma * kv * (communityTotal[s] - kv) else { continue }
            for j in offsets[v]..<offsets[v + 1] {
                let u = Int(neighbours[j])
                guard community[u] == community[v] else { continue }
                let c = Int(refined[u])
                if !seen[c] { seen[c] = true; touched.append(Int32(c)) }
                weightTo[c] += weights[j]
            }
            let own = Int(refined[v])
            candidates.removeAll(keepingCapacity: true)
            var maxGain = 0.0
            for c32 in touched {
                let c = Int(c32)
                if c != own && subExternal[c] >= gamma * subTotal[c] * (communityTotal[s] - subTotal[c]) {
                    let gain = weightTo[c] - gamma * kv * subTotal[c]
                    if gain >= 0 { candidates.append((c, gain)); maxGain = max(maxGain, gain) }
                }
            }
            var chosen = own, chosenTo = 0.0
            if !candidates.isEmpty {
                // staying alone is a candidate of gain 0; weights relative to the largest gain do not overflow
                var sum = exp(-maxGain / theta)
                for c in candidates { sum += exp((c.gain - maxGain) / theta) }
                var draw = Double(rng.next() >> 11) * 0x1p-53 * sum - exp(-maxGain / theta)
                if draw >= 0 {
                    chosen = candidates.last!.community
                    for c in candidates {
                        draw -= exp((c.gain - maxGain) / theta)
                        if draw < 0 { chosen = c.community; break }
                    }
                    chosenTo = weightTo[chosen]
                }
            }
            for c in touched { weightTo[Int(c)] = 0; seen[Int(c)] = false }
            touched.removeAll(keepingCapacity: true)
            guard chosen != own else { continue }
            refined[v] = Int32(chosen)
            alone[v] = false
            alone[chosen] = false
            subTotal[chosen] += kv
            subExternal[chosen] += inside[v] - 2 * chosenTo
            subTotal[own] = 0
            subExternal[own] = 0
        }
        return refined
    }
}
