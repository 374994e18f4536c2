/// Per-thread state of Brandes' algorithm, reused across sources. Unweighted node betweenness runs its own BFS kernel
/// (``UnweightedBrandes``); weighted node betweenness and edge betweenness run a ``SingleSourceSearch`` and a pass over
/// the in-neighbours. Each kernel's buffers are allocated on first use.
struct BrandesAccumulator {
    let graph: CompactGraph
    let weighted: Bool
    private lazy var search = SingleSourceSearch(nodeCount: graph.nodeCount)
    private lazy var delta = [Double](repeating: 0, count: graph.nodeCount)
    private lazy var unweighted = UnweightedBrandes(graph: graph)

    init(graph: CompactGraph, weighted: Bool) {
        self.graph = graph
        // a graph without weights keeps none (every weight is 1): the unweighted kernels give the same result
        self.weighted = weighted && graph.hasWeights
    }

    /// Runs the search from `s` and adds each node's dependency on `s` to `scores`.
    mutating func accumulateNodes(from s: Int, into scores: inout [Double], endpoints: Bool) {
        if !weighted { return unweighted.accumulate(from: s, into: &scores, endpoints: endpoints) }
        search.run(graph, from: s, weighted: true, reverse: false, countPaths: true)
        let order = search.order
        if endpoints { scores[s] += Double(order.count - 1) }
        // Dependencies in reverse order of distance. A predecessor v of w is an in-neighbour with d(v) + w(v,w) = d(w),
        // the same floating-point sum as the search made, so no predecessor lists are needed.
        graph.inOffsets.withUnsafeBufferPointer { inOffsets in
        graph.inSources.withUnsafeBufferPointer { inSources in
        graph.inEdges.withUnsafeBufferPointer { inEdges in
        graph.edgeWeights.withUnsafeBufferPointer { weights in
        search.distance.withUnsafeBufferPointer { dist in
        search.sigma.withUnsafeBufferPointer { sigma in
        order.withUnsafeBufferPointer { order in
        delta.withUnsafeMutableBufferPointer { delta in
        scores.withUnsafeMutableBufferPointer { scores in
            for w in order { delta[Int(w)] = 0 }
            var i = order.count - 1
            while i >= 0 {
                let w = Int(order[i]); i -= 1
                let coefficient = (1 + delta[w]) / sigma[w]
                let dw = dist[w]
                var k = inOffsets[w]
                let end = inOffsets[w + 1]
                while k < end {
                    let v = Int(inSources[k])
                    if dist[v] + weights[Int(inEdges[k])] == dw { delta[v] += sigma[v] * coefficient }
                    k += 1
                }
                if w != s { scores[w] += endpoints ? delta[w] + 1 : delta[w] }
            }
        }}}}}}}}}
    }

    /// Runs the search from `s` and adds each edge's dependency on `s` to `scores` (indexed by edge).
    mutating func accumulateEdges(from s: Int, into scores: inout [Double]) {
        search.run(graph, from: s, weighted: weighted, reverse: false, countPaths: true)
        let order = search.order
        for w in order { delta[Int(w)] = 0 }
        var i = order.count - 1
        while i >= 0 {
            let w = Int(order[i]); i -= 1
            let coefficient = (1 + delta[w]) / search.sigma[w]
            for k in graph.inOffsets[w]..<graph.inOffsets[w + 1] {
                let v = Int(graph.inSources[k]), e = Int(graph.inEdges[k])
                let step = weighted ? graph.weight(ofEdge: e) : 1
                if search.distance[v] + step == search.distance[w] {
                    let c = search.sigma[v] * coefficient
                    scores[e] += c
                    delta[v] += c
                }
            }
        }
    }
}

/// Brandes' algorithm without weights, one source at a time: a BFS counting shortest paths σ, then the dependency pass
/// in reverse BFS order. Laid out for the cache, because on graphs of 10^5 nodes and more almost every arc visited
/// costs a cache miss:
///
/// - Brandes' recurrence `δ(v) = Σ_{w: v ∈ P(w)} σ(v)/σ(w) · (1 + δ(w))` is kept divided by σ(v):
///   `y(v) = δ(v)/σ(v) = Σ_{w: v ∈ P(w)} (1/σ(w) + y(w))`, so the inner loop adds one number to one array and never
///   reads σ(v); δ(w) = σ(w)·y(w) once per node.
/// - A predecessor of w is an in-neighbour one level closer to the source, so no predecessor lists are stored, and
///   every arc checks a level. Levels take one byte on undirected graphs (modulo 255, see ``BrandesLevel``), four on
///   directed ones; σ and y are touched only by arcs of the shortest-path DAG.
/// - Only the nodes the previous search reached are reset.
///
/// docs/performance.md gives the measured effect (simulated cache misses and times).
struct UnweightedBrandes {
    let graph: CompactGraph
    private var narrowLevels: [UInt8] = []
    private var wideLevels: [Int32] = []
    private var pathCount: [Double]
    private var dependencyPerPath: [Double]
    /// The BFS queue; its filled prefix is the BFS order, which the dependency pass walks backwards.
    private var queue: [Int32]
    private var reached = 0

    init(graph: CompactGraph) {
        self.graph = graph
        let n = graph.nodeCount
        if graph.isDirected { wideLevels = [Int32](repeating: .unreached, count: n) } else { narrowLevels = [UInt8](repeating: .unreached, count: n) }
        pathCount = [Double](repeating: 0, count: n)
        dependencyPerPath = [Double](repeating: 0, count: n)
        queue = [Int32](repeating: 0, count: n)
    }

    /// Adds each node's dependency on `s` to `scores` (and, with `endpoints`, the paths' endpoints as on them).
    mutating func accumulate(from s: Int, into scores: inout [Double], endpoints: Bool) {
        let graph = self.graph, previouslyReached = reached
        reached = pathCount.withUnsafeMutableBufferPointer { sigma in
            dependencyPerPath.withUnsafeMutableBufferPointer { y in
            queue.withUnsafeMutableBufferPointer { queue in
            scores.withUnsafeMutableBufferPointer { scores in
                if graph.isDirected {
                    return wideLevels.withUnsafeMutableBufferPointer { level in
                        Self.run(graph, from: s, level: level, sigma: sigma, y: y, queue: queue,
                                 previouslyReached: previouslyReached, scores: scores, endpoints: endpoints)
                    }
                }
                return narrowLevels.withUnsafeMutableBufferPointer { level in
                    Self.run(graph, from: s, level: level, sigma: sigma, y: y, queue: queue,
                             previouslyReached: previouslyReached, scores: scores, endpoints: endpoints)
                }
            }}}
        }
    }

    /// One source; returns how many nodes it reached.
    private static func run<Level: BrandesLevel>(_ graph: CompactGraph, from s: Int, level: UnsafeMutableBufferPointer<Level>,
                                                 sigma: UnsafeMutableBufferPointer<Double>, y: UnsafeMutableBufferPointer<Double>,
                                                 queue: UnsafeMutableBufferPointer<Int32>, previouslyReached: Int,
                                                 scores: UnsafeMutableBufferPointer<Double>, endpoints: Bool) -> Int {
        for i in 0..<previouslyReached { let v = Int(queue[i]); level[v] = .unreached; sigma[v] = 0; y[v] = 0 }
        var tail = 1
        graph.outOffsets.withUnsafeBufferPointer { outOffsets in
        graph.outTargets.withUnsafeBufferPointer { outTargets in
        graph.inOffsets.withUnsafeBufferPointer { inOffsets in
        graph.inSources.withUnsafeBufferPointer { inSources in
            level[s] = .zero
            sigma[s] = 1
            queue[0] = Int32(s)
            var head = 0
            while head < tail {
                let u = Int(queue[head]); head += 1
                let next = level[u].next
                let su = sigma[u]
                var k = outOffsets[u]
                let end = outOffsets[u + 1]
                while k < end {
                    let v = Int(outTargets[k])
                    let lv = level[v]
                    if lv == .unreached {
                        level[v] = next
                        sigma[v] = su
                        queue[tail] = Int32(v); tail += 1
                    } else if lv == next {
                        sigma[v] += su
                    }
                    k += 1
                }
            }
            var i = tail - 1
            while i > 0 {   // queue[0] is s: no predecessors, no score
                let w = Int(queue[i]); i -= 1
                let yw = y[w], sw = sigma[w]
                let c = 1 / sw + yw
                let previous = level[w].previous
                var k = inOffsets[w]
                let end = inOffsets[w + 1]
                while k < end {
                    let v = Int(inSources[k])
                    if level[v] == previous { y[v] += c }
                    k += 1
                }
                let delta = sw * yw
                scores[w] += endpoints ? delta + 1 : delta
            }
            if endpoints { scores[s] += Double(tail - 1) }
        }}}}
        return tail
    }
}

/// A BFS level as ``UnweightedBrandes`` stores it. The kernel only asks whether a neighbour's level is the one after
/// (search) or before (dependency pass) the current node's, or unreached.
protocol BrandesLevel: Equatable {
    static var unreached: Self { get }
    static var zero: Self { get }
    var next: Self { get }
    var previous: Self { get }
}

/// Exact levels, for directed graphs: an out-neighbour's level can be any lower one, so no modulus is safe.
/// The source is the only node at level 0, and its predecessor level (−1) is `unreached`; the dependency pass skips it.
extension Int32: BrandesLevel {
    static var unreached: Int32 { -1 }
    var next: Int32 { self &+ 1 }
    var previous: Int32 { self &- 1 }
}

/// Levels modulo 255, for undirected graphs: neighbours' levels differ by at most one, and three consecutive levels
/// stay distinct modulo 255, so one byte answers "next" and "previous" exactly; 255 means unreached.
extension UInt8: BrandesLevel {
    static var unreached: UInt8 { 255 }
    var next: UInt8 { self == 254 ? 0 : self &+ 1 }
    var previous: UInt8 { self == 0 ? 254 : self &- 1 }
}
