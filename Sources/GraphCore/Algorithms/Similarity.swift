extension CompactGraph {
    /// Jaccard similarity of the neighbourhoods of `u` and `v` in the undirected sense, as NetworkX
    /// `jaccard_coefficient`: `|N(u) ∩ N(v)| / |N(u) ∪ N(v)|`, 0 when both are empty.
    /// On digraphs a neighbour is any node joined by an edge in either direction.
    /// - Complexity: O(d(u) + d(v)) on the sorted rows.
    /// - Reference: D. Liben-Nowell and J. Kleinberg, "The link-prediction problem for social networks" (2007).
    public func jaccardSimilarity(_ u: Int, _ v: Int) -> Double {
        let a = neighbourSet(u), b = neighbourSet(v)
        var i = 0, j = 0, common = 0
        while i < a.count && j < b.count {
            if a[i] == b[j] { common += 1; i += 1; j += 1 } else if a[i] < b[j] { i += 1 } else { j += 1 }
        }
        let union = a.count + b.count - common
        return union == 0 ? 0 : Double(common) / Double(union)
    }

    /// Jaccard similarity of `u` with every node (0 for `u` itself), one score per node.
    /// - Complexity: O(Σ_v (d(u) + d(v))) = O(V · d(u) + E).
    public func jaccardSimilarities(to u: Int) -> NodeScores {
        NodeScores((0..<nodeCount).map { $0 == u ? 0 : jaccardSimilarity(u, $0) })
    }

    /// Sorted, de-duplicated neighbours of `v` in either direction, without `v` itself.
    func neighbourSet(_ v: Int) -> [Int32] {
        var all = Array(successors(of: v))
        if isDirected { all += predecessors(of: v) }
        all.sort()
        var result: [Int32] = []
        result.reserveCapacity(all.count)
        for x in all where x != Int32(v) && result.last != x { result.append(x) }
        return result
    }
}

extension CompactGraph {
    /// The nodes within `depth` hops of `center` (edges followed in both directions on digraphs unless
    /// `directed` is true, when only out-edges are followed, as NetworkX `ego_graph(undirected=False)`), with their
    /// hop distance, in breadth-first order. The center comes first at distance 0.
    /// - Complexity: O(size of the neighbourhood + its edges).
    public func egoNetwork(of center: Int, depth: Int, directed: Bool = false) -> [NodeDistance] {
        precondition(depth >= 0)
        var distance = [Int: Int]()
        distance[center] = 0
        var order = [NodeDistance(node: center, distance: 0)]
        var head = 0
        while head < order.count {
            let u = order[head].node, d = order[head].distance
            head += 1
            if d == depth { continue }
            var next = Array(successors(of: u))
            if isDirected && !directed { next += predecessors(of: u); next.sort() }
            for w in next where distance[Int(w)] == nil {
                distance[Int(w)] = d + 1
                order.append(NodeDistance(node: Int(w), distance: d + 1))
            }
        }
        return order
    }

    /// Weighted bipartite projection onto `top`, as NetworkX `bipartite.weighted_projected_graph`: two top nodes are
    /// joined when they share a neighbour outside `top`; the weight is the number of such shared neighbours.
    /// Edges are followed in both directions. The result has the same node indexing as `self`; nodes outside
    /// `top` are isolated in it.
    /// - Complexity: O(Σ_b d(b)²) over the non-top nodes b.
    public func bipartiteProjection(onto top: Set<Int>) -> CompactGraph {
        let n = nodeCount
        var isTop = [Bool](repeating: false, count: n)
        for v in top { isTop[v] = true }
        let neighbours = (0..<n).map { neighbourSet($0) }
        var shared = [Int](repeating: 0, count: n)
        var touched: [Int] = []
        var s: [Int32] = [], t: [Int32] = [], w: [Double] = []
        for u in 0..<n where isTop[u] {
            for b in neighbours[u] where !isTop[Int(b)] {
                for v in neighbours[Int(b)] where Int(v) > u && isTop[Int(v)] {
                    if shared[Int(v)] == 0 { touched.append(Int(v)) }
                    shared[Int(v)] += 1
                }
            }
            touched.sort()
            for v in touched { s.append(Int32(u)); t.append(Int32(v)); w.append(Double(shared[v])); shared[v] = 0 }
            touched.removeAll(keepingCapacity: true)
        }
        return CompactGraph(nodeCount: n, isDirected: false, sources: s, targets: t, weights: w)
    }
}

/// A node and its hop distance from a center.
public struct NodeDistance: Sendable, Equatable {
    /// The node index.
    public let node: Int
    /// Hops from the centre.
    public let distance: Int
}
