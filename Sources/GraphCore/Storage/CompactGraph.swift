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
    /// Per-edge weight; 1 where the input had none.
    @usableFromInline package let edgeWeights: [Double]
    /// Whether any input edge carried an explicit weight.
    public let hasWeights: Bool

    /// Builds a snapshot from an edge list over nodes `0..<nodeCount`.
    /// Self-loops are kept; parallel edges are kept (call ``simplified(keeping:)`` for a simple graph).
    /// - Precondition: every endpoint is in `0..<nodeCount`.
    /// - Complexity: O(V + E) (rows are sorted by two counting sorts).
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
        edgeWeights = weights ?? [Double](repeating: 1, count: m)
        precondition(edgeRelations.count == m && edgeWeights.count == m, "per-edge arrays differ in length")

        if isDirected {
            (outOffsets, outTargets, outEdges) = Self.buildRows(nodeCount: nodeCount, from: sources, to: targets, symmetric: false)
            (inOffsets, inSources, inEdges) = Self.buildRows(nodeCount: nodeCount, from: targets, to: sources, symmetric: false)
        } else {
            (outOffsets, outTargets, outEdges) = Self.buildRows(nodeCount: nodeCount, from: sources, to: targets, symmetric: true)
            (inOffsets, inSources, inEdges) = (outOffsets, outTargets, outEdges)
        }
        assert(invariantViolations().isEmpty, "CSR invariants violated: \(invariantViolations().prefix(3))")
    }

    /// The rows of `from → to` (both ways when `symmetric`, a self-loop once), each sorted by (neighbour, edge index)
    /// so that traversal order is deterministic. Two stable counting sorts — the arcs by neighbour in edge order, then
    /// by owner — give that order in O(V + E) whatever the degrees (sorting each row took a hub of degree d
    /// O(d log d), and most of a large load's time).
    private static func buildRows(nodeCount n: Int, from: [Int32], to: [Int32], symmetric: Bool) -> ([Int], [Int32], [Int32]) {
        let m = from.count
        var offsets = [Int](repeating: 0, count: n + 1)
        var byNeighbour = [Int](repeating: 0, count: n + 1)
        for i in 0..<m {
            let u = Int(from[i]), v = Int(to[i])
            precondition(u < n && v < n && u >= 0 && v >= 0, "edge endpoint out of range")
            offsets[u + 1] += 1; byNeighbour[v + 1] += 1
            if symmetric && u != v { offsets[v + 1] += 1; byNeighbour[u + 1] += 1 }
        }
        for v in 0..<n { offsets[v + 1] += offsets[v]; byNeighbour[v + 1] += byNeighbour[v] }
        let total = offsets[n]
        var owner = [Int32](repeating: 0, count: total), arcEdge = [Int32](repeating: 0, count: total)
        var neighbours = [Int32](repeating: 0, count: total), edgeIndex = [Int32](repeating: 0, count: total)
        from.withUnsafeBufferPointer { from in
        to.withUnsafeBufferPointer { to in
        owner.withUnsafeMutableBufferPointer { owner in
        arcEdge.withUnsafeMutableBufferPointer { arcEdge in
        neighbours.withUnsafeMutableBufferPointer { neighbours in
        edgeIndex.withUnsafeMutableBufferPointer { edgeIndex in
            var cursor = byNeighbour
            cursor.withUnsafeMutableBufferPointer { cursor in
                for i in 0..<m {
                    let u = from[i], v = to[i]
                    owner[cursor[Int(v)]] = u; arcEdge[cursor[Int(v)]] = Int32(i); cursor[Int(v)] += 1
                    if symmetric && u != v { owner[cursor[Int(u)]] = v; arcEdge[cursor[Int(u)]] = Int32(i); cursor[Int(u)] += 1 }
                }
            }
            var place = offsets
            place.withUnsafeMutableBufferPointer { place in
                for w in 0..<n {
                    for k in byNeighbour[w]..<byNeighbour[w + 1] {
                        let u = Int(owner[k])
                        neighbours[place[u]] = Int32(w); edgeIndex[place[u]] = arcEdge[k]; place[u] += 1
                    }
                }
            }
        }}}}}}
        return (offsets, neighbours, edgeIndex)
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
    @inlinable public func weight(ofEdge e: Int) -> Double { edgeWeights[e] }
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

    /// Whether two edges join the same pair of nodes (u–v and v–u count as a pair in an undirected graph).
    /// - Complexity: O(V + E).
    public var hasParallelEdges: Bool {
        for u in 0..<nodeCount {
            var k = outOffsets[u]
            let end = outOffsets[u + 1]
            while k + 1 < end {
                if outTargets[k] == outTargets[k + 1] && (isDirected || outTargets[k] != Int32(u) || outEdges[k] != outEdges[k + 1]) { return true }
                k += 1
            }
        }
        return false
    }

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
                    if keeping == .last || edgeWeights[Int(outEdges[j])] < edgeWeights[Int(chosen)] { chosen = outEdges[j] }
                }
                kept.append((outEdges[k], chosen))   // rows are sorted by (neighbour, edge index)
                k = j + 1
            }
        }
        if kept.count == edgeCount { return self }
        kept.sort { $0.first < $1.first }
        let s = kept.map { edgeSources[Int($0.first)] }, t = kept.map { edgeTargets[Int($0.first)] }
        let r = kept.map { edgeRelations[Int($0.first)] }, w = kept.map { edgeWeights[Int($0.chosen)] }
        return CompactGraph(nodeCount: nodeCount, isDirected: isDirected, sources: s, targets: t, relations: r, weights: hasWeights ? w : nil)
    }
}
