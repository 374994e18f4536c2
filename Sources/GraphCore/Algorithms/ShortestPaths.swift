/// A path through a ``CompactGraph``: its nodes in order, the edges between them, and its length.
public struct Path: Sendable, Equatable {
    /// The nodes from the source to the target, both included.
    public let nodes: [Int]
    /// `edges[i]` joins `nodes[i]` and `nodes[i + 1]`.
    public let edges: [Int]
    /// Number of edges (unweighted) or sum of weights (weighted).
    public let length: Double
}

/// Distances from one source; `distance[v]` is `nil` when `v` is unreachable.
public struct ShortestPathTree: Sendable {
    /// The node the distances are measured from.
    public let source: Int
    /// `distances[v]` is the distance to `v`, `.infinity` when `v` is unreachable.
    public let distances: [Double]
    /// Nodes in the order they were settled (non-decreasing distance).
    public let order: [Int]

    /// The distance to `v`, or `nil` when `v` is unreachable.
    public func distance(to v: Int) -> Double? { distances[v].isFinite ? distances[v] : nil }
}

extension CompactGraph {
    /// Validates weights for shortest paths and the spectral measures: finite and non-negative.
    /// - Throws: ``AlgorithmError/negativeWeight(edge:weight:)`` or ``AlgorithmError/invalidWeight(edge:weight:)``.
    public func checkDistanceWeights() throws(AlgorithmError) {
        for (e, w) in edgeWeights.enumerated() {
            if !w.isFinite { throw .invalidWeight(edge: e, weight: w) }
            if w < 0 { throw .negativeWeight(edge: e, weight: w) }
        }
    }

    /// Single-source shortest-path distances: breadth-first search when `weighted` is false (every edge counts 1),
    /// Dijkstra with edge weights as lengths otherwise, along out-edges (or in-edges with `reverse`).
    /// As NetworkX `single_source_shortest_path_length` / `single_source_dijkstra_path_length`.
    /// - Throws: ``AlgorithmError/negativeWeight(edge:weight:)`` for a negative weight when `weighted`.
    /// - Complexity: O(V + E) unweighted; O((V + E) log V) weighted.
    public func shortestPathDistances(from source: Int, weighted: Bool = false, reverse: Bool = false) throws(AlgorithmError) -> ShortestPathTree {
        precondition(source >= 0 && source < nodeCount, "source out of range")
        if weighted { try checkDistanceWeights() }
        var search = SingleSourceSearch(nodeCount: nodeCount)
        search.run(self, from: source, weighted: weighted, reverse: reverse, countPaths: false)
        return ShortestPathTree(source: source, distances: search.distance, order: search.order.map(Int.init))
    }

    /// One shortest path from `source` to `target` (the lexicographically smallest by node index among the shortest),
    /// or `nil` when `target` is unreachable. As NetworkX `shortest_path` in length.
    /// - Complexity: as ``shortestPathDistances(from:weighted:reverse:)``.
    public func shortestPath(from source: Int, to target: Int, weighted: Bool = false) throws(AlgorithmError) -> Path? {
        try allShortestPaths(from: source, to: target, weighted: weighted, limit: 1).first
    }

    /// Every shortest path from `source` to `target`, in lexicographic order of node indices, at most `limit` of them.
    /// As NetworkX `all_shortest_paths`.
    /// - Complexity: O(V + E) (or O((V + E) log V) weighted) plus the size of the output.
    public func allShortestPaths(from source: Int, to target: Int, weighted: Bool = false, limit: Int = .max) throws(AlgorithmError) -> [Path] {
        precondition(target >= 0 && target < nodeCount, "target out of range")
        if weighted { try checkDistanceWeights() }
        var search = SingleSourceSearch(nodeCount: nodeCount)
        search.run(self, from: source, weighted: weighted, reverse: false, countPaths: false)
        guard search.distance[target].isFinite else { return [] }
        // Walk forward from the source along edges that stay on a shortest path to the target: an edge u→v is
        // usable when dist(u) + w = dist(v) and v can still reach the target on a shortest path.
        let backward = try shortestPathDistances(from: target, weighted: weighted, reverse: true).distances
        let total = search.distance[target]
        var results: [Path] = []
        var nodes = [source], edges: [Int] = []
        func onPath(_ v: Int, _ dist: Double) -> Bool {
            // exact comparison is what NetworkX does; tolerate rounding in weighted sums
            let sum = dist + backward[v]
            return backward[v].isFinite && abs(sum - total) <= 1e-12 * max(1, abs(total))
        }
        func extend(_ u: Int, _ dist: Double) {
            if results.count >= limit { return }
            if u == target { results.append(Path(nodes: nodes, edges: edges, length: total)); return }
            for k in outOffsets[u]..<outOffsets[u + 1] {
                let v = Int(outTargets[k]), e = Int(outEdges[k])
                let d = dist + (weighted ? weight(ofEdge: e) : 1)
                guard abs(d - search.distance[v]) <= 1e-12 * max(1, abs(d)), onPath(v, d), !nodes.contains(v) else { continue }
                nodes.append(v); edges.append(e)
                extend(v, d)
                nodes.removeLast(); edges.removeLast()
            }
        }
        extend(source, 0)
        return results
    }
}

/// Reusable buffers for one single-source search (BFS or Dijkstra), with optional shortest-path counting for
/// Brandes-style accumulation. One instance per thread; `run` resets only what the previous run touched.
struct SingleSourceSearch {
    var distance: [Double]
    /// Number of shortest paths from the source (only when counting).
    var sigma: [Double]
    /// Settled nodes in non-decreasing distance order.
    var order: [Int32] = []
    private var settled: [Bool]
    /// Indexed heap for Dijkstra: node at each heap slot, and each node's slot (-1 when not in the heap).
    private var heapNodes: [Int32] = []
    private var heapPosition: [Int32] = []
    /// BFS queue, sized to the node count on first use; `order` gets its filled prefix.
    private var queue: [Int32] = []

    init(nodeCount: Int) {
        distance = [Double](repeating: .infinity, count: nodeCount)
        sigma = [Double](repeating: 0, count: nodeCount)
        settled = [Bool](repeating: false, count: nodeCount)
        order.reserveCapacity(nodeCount)
    }

    mutating func run(_ g: CompactGraph, from source: Int, weighted: Bool, reverse: Bool, countPaths: Bool) {
        // a graph without weights keeps none (every weight is 1): the breadth-first search gives its distances
        let weighted = weighted && g.hasWeights
        // Reset only what the previous search touched.
        order.withUnsafeBufferPointer { touched in
            distance.withUnsafeMutableBufferPointer { d in
            sigma.withUnsafeMutableBufferPointer { s in
            settled.withUnsafeMutableBufferPointer { f in
                for v in touched { let i = Int(v); d[i] = .infinity; s[i] = 0; f[i] = false }
            }}}
        }
        order.removeAll(keepingCapacity: true)
        let offsets = reverse ? g.inOffsets : g.outOffsets
        let adjacency = reverse ? g.inSources : g.outTargets
        let edgeOf = reverse ? g.inEdges : g.outEdges
        distance[source] = 0
        sigma[source] = 1
        if !weighted {
            // Breadth-first search over raw buffers: this loop is most of betweenness, closeness and harmonic.
            let n = distance.count
            if queue.count < n { queue = [Int32](repeating: 0, count: n) }
            var tail = 0
            offsets.withUnsafeBufferPointer { off in
            adjacency.withUnsafeBufferPointer { adj in
            distance.withUnsafeMutableBufferPointer { dist in
            sigma.withUnsafeMutableBufferPointer { sig in
            queue.withUnsafeMutableBufferPointer { q in
                q[0] = Int32(source)
                tail = 1
                var head = 0
                while head < tail {
                    let u = Int(q[head]); head += 1
                    let du = dist[u] + 1
                    let su = sig[u]
                    var k = off[u]
                    let end = off[u + 1]
                    while k < end {
                        let v = Int(adj[k])
                        let dv = dist[v]
                        if dv == .infinity {
                            dist[v] = du
                            q[tail] = Int32(v); tail += 1
                            if countPaths { sig[v] += su }
                        } else if countPaths && dv == du {
                            sig[v] += su
                        }
                        k += 1
                    }
                }
            }}}}}
            order.append(contentsOf: queue[0..<tail])
        } else {
            // Dijkstra with an indexed binary heap (decrease-key, at most one entry per node), over raw buffers.
            // Nodes leave the heap in (distance, index) order, so the result is deterministic.
            var settledOrder: [Int32] = []
            swap(&settledOrder, &order)   // take the (empty, pre-sized) buffer without sharing it
            if heapNodes.count < distance.count {
                heapNodes = [Int32](repeating: 0, count: distance.count)
                heapPosition = [Int32](repeating: -1, count: distance.count)
            }
            offsets.withUnsafeBufferPointer { off in
            adjacency.withUnsafeBufferPointer { adj in
            edgeOf.withUnsafeBufferPointer { edges in
            g.edgeWeights.withUnsafeBufferPointer { weights in
            distance.withUnsafeMutableBufferPointer { dist in
            sigma.withUnsafeMutableBufferPointer { sig in
            settled.withUnsafeMutableBufferPointer { done in
            heapNodes.withUnsafeMutableBufferPointer { heap in
            heapPosition.withUnsafeMutableBufferPointer { position in
                var size = 0
                @inline(__always) func less(_ a: Int32, _ b: Int32) -> Bool {
                    let da = dist[Int(a)], db = dist[Int(b)]
                    return da < db || (da == db && a < b)
                }
                @inline(__always) func siftUp(_ start: Int) {
                    var i = start
                    let node = heap[i]
                    while i > 0 {
                        let parent = (i - 1) >> 1
                        let p = heap[parent]
                        if !less(node, p) { break }
                        heap[i] = p; position[Int(p)] = Int32(i)
                        i = parent
                    }
                    heap[i] = node; position[Int(node)] = Int32(i)
                }
                @inline(__always) func siftDown() {
                    var i = 0
                    let node = heap[0]
                    while true {
                        let l = 2 * i + 1
                        if l >= size { break }
                        let r = l + 1
                        let c = r < size && less(heap[r], heap[l]) ? r : l
                        if !less(heap[c], node) { break }
                        heap[i] = heap[c]; position[Int(heap[i])] = Int32(i)
                        i = c
                    }
                    heap[i] = node; position[Int(node)] = Int32(i)
                }
                heap[0] = Int32(source); position[source] = 0; size = 1
                while size > 0 {
                    let node = heap[0]
                    let u = Int(node)
                    position[u] = -1
                    size -= 1
                    if size > 0 { heap[0] = heap[size]; siftDown() }
                    done[u] = true
                    settledOrder.append(node)
                    let d = dist[u], su = sig[u]
                    var k = off[u]
                    let end = off[u + 1]
                    while k < end {
                        let v = Int(adj[k])
                        let nd = d + weights[Int(edges[k])]
                        let dv = dist[v]
                        if nd < dv {
                            dist[v] = nd
                            if countPaths { sig[v] = su }
                            if position[v] < 0 { heap[size] = Int32(v); size += 1; siftUp(size - 1) } else { siftUp(Int(position[v])) }
                        } else if countPaths && nd == dv && !done[v] {
                            sig[v] += su
                        }
                        k += 1
                    }
                }
            }}}}}}}}}
            order = settledOrder
            // Reached-but-unsettled nodes cannot exist after the heap drains; every finite distance is settled.
        }
    }
}

