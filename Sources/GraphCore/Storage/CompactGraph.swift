/// An immutable compressed-sparse-row snapshot of a graph, the only input of the algorithms.
///
/// Nodes are dense indices `0..<nodeCount`. Each node's out- and in-neighbours are contiguous and sorted by index.
/// Every edge has an index `0..<edgeCount` (``source(ofEdge:)``, ``target(ofEdge:)``, ``relation(ofEdge:)``,
/// ``weight(ofEdge:)``); the adjacency rows carry the edge index of each entry, so per-edge data is one array read
/// away. The arrays themselves are the package's own: algorithms read them directly, users through the accessors.
///
/// For an undirected graph each edge is stored once in the edge arrays and appears in both endpoints' rows;
/// `in*` arrays are then the same as the `out*` arrays. Memory is O(V + E).
public struct CompactGraph: Sendable {
    /// The number of nodes; they are `0..<nodeCount`.
    public let nodeCount: Int
    /// Whether edges have a direction.
    public let isDirected: Bool

    /// Row `v` of the out-adjacency is `outTargets[outOffsets[v] ..< outOffsets[v + 1]]`.
    @usableFromInline package let outOffsets: [Int]
    @usableFromInline package let outTargets: [Int32]
    @usableFromInline package let outEdges: [Int32]
    /// Row `v` of the in-adjacency is `inSources[inOffsets[v] ..< inOffsets[v + 1]]`.
    @usableFromInline package let inOffsets: [Int]
    @usableFromInline package let inSources: [Int32]
    @usableFromInline package let inEdges: [Int32]

    @usableFromInline package let edgeSources: [Int32]
    @usableFromInline package let edgeTargets: [Int32]
    @usableFromInline package let edgeRelations: [Relation]
    /// Per-edge weights when ``hasWeights``; empty otherwise, where every weight is 1 (an array of ones was 8 bytes
    /// an edge of memory touched for nothing: 40 MB on 5M edges). Read it through ``weight(ofEdge:)``, or only where
    /// an algorithm's `weighted` has been combined with ``hasWeights``.
    @usableFromInline package let edgeWeights: [Double]
    /// Whether any input edge carried an explicit weight.
    public let hasWeights: Bool

    /// Builds a snapshot from an edge list over nodes `0..<nodeCount`.
    /// Self-loops are kept; parallel edges are kept (call ``simplified(keeping:)`` for a simple graph).
    /// - Precondition: every endpoint is in `0..<nodeCount`.
    /// - Complexity: O(V + E) when each node's edges come in the order of their other ends, O(V + E log d) at worst,
    ///   d the largest degree (one counting sort of the arcs by node, then a sort of each row that is out of order).
    public init(nodeCount: Int, isDirected: Bool, sources: [Int32], targets: [Int32],
                relations: [Relation]? = nil, weights: [Double]? = nil) {
        precondition(sources.count == targets.count, "sources and targets differ in length")
        precondition(nodeCount < Int(Int32.max), "too many nodes for 32-bit indices")
        let m = sources.count
        self.nodeCount = nodeCount
        self.isDirected = isDirected
        edgeSources = sources
        edgeTargets = targets
        edgeRelations = relations ?? [Relation](repeating: .linked, count: m)
        hasWeights = weights != nil
        edgeWeights = weights ?? []
        precondition(edgeRelations.count == m && (weights == nil || edgeWeights.count == m), "per-edge arrays differ in length")

        let threads = m >= Self.concurrentRowsThreshold ? Concurrency.defaultThreadCount : 1
        let out = Self.buildRows(nodeCount: nodeCount, from: sources, to: targets, symmetric: !isDirected, threads: threads)
        (outOffsets, outTargets, outEdges) = (out.offsets, out.neighbours, out.edges)
        hasParallelEdges = out.repeatsNeighbour
        if isDirected {
            let rows = Self.buildRows(nodeCount: nodeCount, from: targets, to: sources, symmetric: false, threads: threads)
            (inOffsets, inSources, inEdges) = (rows.offsets, rows.neighbours, rows.edges)
        } else {
            (inOffsets, inSources, inEdges) = (outOffsets, outTargets, outEdges)
        }
        assert(invariantViolations().isEmpty, "CSR invariants violated: \(invariantViolations().prefix(3))")
    }

    /// From this many edges on, the rows are built on every core (below it, starting the threads costs about what
    /// they save).
    static let concurrentRowsThreshold = 1 << 16

    /// One direction's adjacency: row `v` is `neighbours[offsets[v] ..< offsets[v + 1]]`, `edges` alongside.
    private struct Rows {
        let offsets: [Int]
        let neighbours: [Int32]
        let edges: [Int32]
        /// Whether some row lists a neighbour twice (parallel edges).
        let repeatsNeighbour: Bool
    }

    /// The rows of `from → to` (both ways when `symmetric`, a self-loop once), each sorted by (neighbour, edge index)
    /// so that traversal order is deterministic.
    ///
    /// A counting sort places the arcs by owner in edge order, as a parallel counting sort does: the edges are cut
    /// into one share per thread, each thread counts its share's arcs per node into its own array, and the counts
    /// give every thread, for every node, where its arcs go, after those of the threads with earlier edges; so the
    /// threads write disjoint places and each row comes out in edge order whatever the thread count. Each row is then
    /// sorted by neighbour, stably, where it is not sorted already (the rows are cut among the threads by arcs): an
    /// edge list ordered by its first column gives rows that are, and checking one costs a read of it. Small rows
    /// take an insertion sort, a larger one a sort of (neighbour, edge index) packed into one 64-bit key each, so a
    /// hub of degree d costs O(d log d), never O(d²). (A second counting sort by neighbour, the arcs' other order,
    /// gives the same rows in O(V + E), but its scatter over every arc again was a third of loading a 5M-edge list,
    /// most of it cache misses.)
    /// - Complexity: O(V + E) when the rows come in order, O(V + E log d) at worst, d the largest degree; O(t·V)
    ///   more time and memory for t threads' counts.
    private static func buildRows(nodeCount n: Int, from: [Int32], to: [Int32], symmetric: Bool, threads: Int) -> Rows {
        let m = from.count, t = max(1, min(threads, m))
        precondition(m < Int(UInt32.max) / 2, "too many edges for 32-bit row positions")
        // each share's arcs per node, share k's counts at `counts + k·n`; turned into cursors below, in place
        let counts = UnsafeMutablePointer<UInt32>.allocate(capacity: max(1, t * n))
        counts.initialize(repeating: 0, count: t * n)
        defer { counts.deallocate() }
        let shared = UnsafeMutableSendablePointer(counts)
        _ = parallelChunks(count: m, threads: t) { k, share in
            let degree = shared.pointer + k * n
            forEachArc(of: share, from: from, to: to, symmetric: symmetric) { owner, other, _ in
                // every arc's two ends, before anything is written at them (the scatter below trusts them)
                precondition(UInt(bitPattern: owner) < UInt(n) && UInt(bitPattern: other) < UInt(n), "edge endpoint out of range")
                degree[owner] &+= 1
            }
        }
        // the row offsets, and each share's counts turned into where its first arc of each node goes
        var offsets = [Int](repeating: 0, count: n + 1)
        offsets.withUnsafeMutableBufferPointer { offsets in
            var at = 0
            for v in 0..<n {
                offsets[v] = at
                for k in 0..<t {
                    let count = Int(counts[k * n + v])
                    counts[k * n + v] = UInt32(at)
                    at += count
                }
            }
            offsets[n] = at
        }
        let total = offsets[n]
        var edges: [Int32] = []
        var repeats = false
        let neighbours = [Int32](unsafeUninitializedCapacity: total) { neighbours, filled in
            edges = [Int32](unsafeUninitializedCapacity: total) { edgeSlots, edgesFilled in
                let neighbour = UnsafeMutableSendablePointer(neighbours.baseAddress!), edge = UnsafeMutableSendablePointer(edgeSlots.baseAddress!)
                _ = parallelChunks(count: m, threads: t) { k, share in
                    let place = shared.pointer + k * n
                    forEachArc(of: share, from: from, to: to, symmetric: symmetric) { owner, other, e in
                        let at = Int(place[owner])
                        neighbour.pointer[at] = Int32(other); edge.pointer[at] = Int32(e); place[owner] = UInt32(at + 1)
                    }
                }
                let cuts = [0] + (1..<t).map { Self.firstRow(startingAtOrAfter: total * $0 / t, in: offsets) } + [n]
                let rowStarts = offsets
                repeats = parallelChunks(count: t, threads: t) { k, _ in
                    var scratch: [UInt64] = [], repeated = false
                    for u in cuts[k]..<cuts[k + 1] {
                        let start = rowStarts[u]
                        if sortRow(neighbour.pointer + start, edge.pointer + start, count: rowStarts[u + 1] - start, scratch: &scratch) { repeated = true }
                    }
                    return repeated
                }.contains(true)
                edgesFilled = total
            }
            filled = total
        }
        return Rows(offsets: offsets, neighbours: neighbours, edges: edges, repeatsNeighbour: repeats)
    }

    /// Calls `body(owner, neighbour, edge)` for each arc of the edges in `share`, in edge order: `from → to`, and
    /// `to → from` too when `symmetric` (a self-loop once). Both passes of the row build walk the arcs this way.
    @inline(__always)
    private static func forEachArc(of share: Range<Int>, from: [Int32], to: [Int32], symmetric: Bool,
                                   _ body: (_ owner: Int, _ neighbour: Int, _ edge: Int) -> Void) {
        from.withUnsafeBufferPointer { from in
        to.withUnsafeBufferPointer { to in
            for i in share {
                let u = Int(from[i]), v = Int(to[i])
                body(u, v, i)
                if symmetric && u != v { body(v, u, i) }
            }
        }}
    }

    /// The first node whose row starts at or after arc `arc` (`offsets.count - 1` when none does), by binary search
    /// over the non-decreasing `offsets`: where one thread's share of the rows ends and the next one's begins.
    private static func firstRow(startingAtOrAfter arc: Int, in offsets: [Int]) -> Int {
        var lo = 0, hi = offsets.count - 1
        while lo < hi {
            let mid = (lo + hi) / 2
            if offsets[mid] >= arc { hi = mid } else { lo = mid + 1 }
        }
        return lo
    }

    /// Sorts one row, given in edge order, by neighbour, keeping the edge order among equal neighbours (parallel
    /// edges): the order ``buildRows(nodeCount:from:to:symmetric:threads:)`` promises. Returns whether the row lists
    /// a neighbour twice.
    @inline(__always)
    private static func sortRow(_ neighbours: UnsafeMutablePointer<Int32>, _ edges: UnsafeMutablePointer<Int32>, count d: Int, scratch: inout [UInt64]) -> Bool {
        guard d > 1 else { return false }
        var k = 1, repeated = false
        while k < d && neighbours[k - 1] <= neighbours[k] {
            if neighbours[k - 1] == neighbours[k] { repeated = true }
            k += 1
        }
        if k == d { return repeated }
        if d <= 32 {
            // insertion sort from the first entry out of order on: stable, and quick on short rows
            while k < d {
                let v = neighbours[k], e = edges[k]
                var j = k
                while j > 0 && neighbours[j - 1] > v {
                    neighbours[j] = neighbours[j - 1]; edges[j] = edges[j - 1]
                    j -= 1
                }
                neighbours[j] = v; edges[j] = e
                k += 1
            }
        } else {
            // neighbours and edge indices are non-negative Int32s: the packed keys order as the pairs do
            scratch.removeAll(keepingCapacity: true)
            for k in 0..<d { scratch.append(UInt64(UInt32(neighbours[k])) << 32 | UInt64(UInt32(edges[k]))) }
            scratch.sort()
            for k in 0..<d {
                neighbours[k] = Int32(truncatingIfNeeded: scratch[k] >> 32)
                edges[k] = Int32(truncatingIfNeeded: scratch[k] & 0xFFFF_FFFF)
            }
        }
        for k in 1..<d where neighbours[k - 1] == neighbours[k] { return true }
        return false
    }

    /// The number of edges; they are `0..<edgeCount`.
    public var edgeCount: Int { edgeSources.count }

    /// The source of edge `e` (for undirected graphs, the endpoint stored first).
    @inlinable public func source(ofEdge e: Int) -> Int { Int(edgeSources[e]) }
    /// The target of edge `e`.
    @inlinable public func target(ofEdge e: Int) -> Int { Int(edgeTargets[e]) }
    /// The relation of edge `e` (``Relation/linked`` for graphs without typed edges).
    @inlinable public func relation(ofEdge e: Int) -> Relation { edgeRelations[e] }
    /// The weight of edge `e`; 1 where the input had none.
    @inlinable public func weight(ofEdge e: Int) -> Double { hasWeights ? edgeWeights[e] : 1 }
    /// The out-edges of `v` as edge indices, in the order of ``successors(of:)``.
    @inlinable public func outEdges(of v: Int) -> ArraySlice<Int32> { outEdges[outOffsets[v]..<outOffsets[v + 1]] }
    /// The in-edges of `v` as edge indices, in the order of ``predecessors(of:)``.
    @inlinable public func inEdges(of v: Int) -> ArraySlice<Int32> { inEdges[inOffsets[v]..<inOffsets[v + 1]] }

    /// Out-neighbours of `v` (all neighbours when undirected), sorted.
    @inlinable public func successors(of v: Int) -> ArraySlice<Int32> { outTargets[outOffsets[v]..<outOffsets[v + 1]] }
    /// In-neighbours of `v` (all neighbours when undirected), sorted.
    @inlinable public func predecessors(of v: Int) -> ArraySlice<Int32> { inSources[inOffsets[v]..<inOffsets[v + 1]] }
    /// The number of out-edges of `v` (all edges at `v` when undirected).
    @inlinable public func outDegree(of v: Int) -> Int { outOffsets[v + 1] - outOffsets[v] }
    /// The number of in-edges of `v` (all edges at `v` when undirected).
    @inlinable public func inDegree(of v: Int) -> Int { inOffsets[v + 1] - inOffsets[v] }

    /// An undirected view: the same nodes with every edge made symmetric. Parallel edges are kept; combine with
    /// ``simplified(keeping:)`` for NetworkX `Graph` semantics. Returns `self` when already undirected.
    public func undirected() -> CompactGraph {
        guard isDirected else { return self }
        return CompactGraph(nodeCount: nodeCount, isDirected: false, sources: edgeSources, targets: edgeTargets,
                            relations: edgeRelations, weights: hasWeights ? edgeWeights : nil)
    }

    /// Which weight a merged group of parallel edges keeps.
    public enum ParallelWeight: Sendable {
        /// The last edge's, as `nx.Graph.add_edge` overwrites it (an edge list read into a `Graph`).
        case last
        /// The lightest edge's: what NetworkX's shortest paths use on a `MultiGraph` (its weight function takes the
        /// minimum over the parallel edges).
        case lightest
    }

    /// Whether two edges join the same pair of nodes (u–v and v–u count as a pair in an undirected graph): found
    /// while the rows are sorted, where such edges are neighbours in a row.
    public let hasParallelEdges: Bool

    /// The simple graph NetworkX builds from the same edges: parallel edges merged (for undirected graphs u–v and
    /// v–u are one edge), the `keeping` weight kept (by default the last, as in `nx.Graph.add_edge`); self-loops
    /// kept. Each kept edge keeps the position of its first occurrence, so edge order follows the input.
    /// - Complexity: O(V + E log E) (a walk over the sorted rows, then a sort of the kept edges).
    public func simplified(keeping: ParallelWeight = .last) -> CompactGraph {
        // most graphs read are simple already: one scan of the rows instead of the list of kept edges (8 bytes an
        // edge, 40 MB for 5M edges, every page of it a fault on first touch)
        guard hasParallelEdges else { return self }
        var kept: [(first: Int32, chosen: Int32)] = []
        kept.reserveCapacity(edgeCount)
        for u in 0..<nodeCount {
            var k = outOffsets[u]
            let end = outOffsets[u + 1]
            while k < end {
                let v = outTargets[k]
                if !isDirected && Int(v) < u { k += 1; continue }
                var j = k, chosen = outEdges[k]
                while j + 1 < end && outTargets[j + 1] == v {
                    j += 1
                    if keeping == .last || weight(ofEdge: Int(outEdges[j])) < weight(ofEdge: Int(chosen)) { chosen = outEdges[j] }
                }
                kept.append((outEdges[k], chosen))   // rows are sorted by (neighbour, edge index)
                k = j + 1
            }
        }
        if kept.count == edgeCount { return self }
        kept.sort { $0.first < $1.first }
        let s = kept.map { edgeSources[Int($0.first)] }, t = kept.map { edgeTargets[Int($0.first)] }
        let r = kept.map { edgeRelations[Int($0.first)] }, w = hasWeights ? kept.map { edgeWeights[Int($0.chosen)] } : nil
        return CompactGraph(nodeCount: nodeCount, isDirected: isDirected, sources: s, targets: t, relations: r, weights: w)
    }
}
