/// A ``CompactGraph`` together with the IDs, kinds and labels of its nodes: what the Query layer and the CLI
/// use to turn dense indices back into names. Algorithms take ``graph`` only.
public struct GraphSnapshot: Sendable {
    /// The compact graph the algorithms take.
    public let graph: CompactGraph
    /// `ids[v]` is the node at dense index `v`.
    public let ids: [NodeID]
    /// `kinds[v]` is the kind of node `v`.
    public let kinds: [NodeKind]
    /// `labels[v]` is the label of node `v`.
    public let labels: [String]
    private let nodeIndex: NodeIndex
    /// The first negative weight a reader met, with its line, for graphs that have no ``KnowledgeGraph`` to keep
    /// edge lines (edge lists).
    package var firstNegativeWeight: NegativeWeightRecord?

    package struct NegativeWeightRecord: Sendable {
        package var source: NodeID
        package var target: NodeID
        package var weight: Double
        package var line: Int
        package init(source: NodeID, target: NodeID, weight: Double, line: Int) {
            self.source = source; self.target = target; self.weight = weight; self.line = line
        }
    }

    /// How ``index(of:)`` finds a node.
    package enum NodeIndex: Sendable {
        /// A dictionary from every ID to its index.
        case byID([NodeID: Int32])
        /// For nodes that are all named by canonical decimal numbers (`0`, `17`, never `017`), as most edge lists
        /// are: `table[k]` is the index of the node named `k`, or -1. An edge-list reader builds this table anyway
        /// while numbering nodes; hashing every name into a dictionary as well was a sixth of loading a 5M-edge list.
        case byNumber(table: [Int32])
    }

    package init(graph: CompactGraph, ids: [NodeID], kinds: [NodeKind], labels: [String]) {
        var index: [NodeID: Int32] = [:]
        index.reserveCapacity(ids.count)
        for (i, id) in ids.enumerated() { index[id] = Int32(i) }
        self.init(graph: graph, ids: ids, kinds: kinds, labels: labels, index: .byID(index))
    }

    /// A snapshot with its index given. - Precondition: `index` maps exactly the `ids` to their positions (with
    /// ``NodeIndex/byNumber(table:)``: `ids[table[k]]` is `NodeID(String(k))` wherever `table[k]` ≥ 0, and every ID
    /// is such a number).
    package init(graph: CompactGraph, ids: [NodeID], kinds: [NodeKind], labels: [String], index: NodeIndex) {
        precondition(ids.count == graph.nodeCount && kinds.count == ids.count && labels.count == ids.count,
                     "per-node arrays differ in length from the graph")
        self.graph = graph
        self.ids = ids
        self.kinds = kinds
        self.labels = labels
        nodeIndex = index
    }

    /// The dense index of a node, or `nil` when it is not in this snapshot.
    public func index(of id: NodeID) -> Int? {
        switch nodeIndex {
        case .byID(let index):
            return index[id].map(Int.init)
        case .byNumber(let table):
            guard let value = Self.canonicalNumber(id.rawValue, below: table.count) else { return nil }
            let found = table[value]
            return found >= 0 ? Int(found) : nil
        }
    }

    /// `text` as a number below `limit` when it is written canonically (decimal digits, no sign, no leading zero but
    /// in `0` itself), else `nil`: the names a ``NodeIndex/byNumber(table:)`` table can hold.
    package static func canonicalNumber(_ text: String, below limit: Int) -> Int? {
        canonicalNumber(utf8: text.utf8, below: limit)
    }

    /// The same for a name's UTF-8 bytes: the one rule by which readers put a name in such a table.
    @inlinable
    package static func canonicalNumber(utf8 bytes: some Sequence<UInt8>, below limit: Int) -> Int? {
        var value = 0, digits = 0
        for byte in bytes {
            guard byte >= 0x30 && byte <= 0x39, digits < 18 else { return nil }
            if digits == 1 && value == 0 { return nil }
            value = value * 10 + Int(byte - 0x30)
            digits += 1
        }
        return digits > 0 && value < limit ? value : nil
    }

    /// The same nodes with the graph replaced (e.g. by its undirected or simplified view).
    public func with(_ graph: CompactGraph) -> GraphSnapshot {
        var copy = GraphSnapshot(graph: graph, ids: ids, kinds: kinds, labels: labels, index: nodeIndex)
        copy.firstNegativeWeight = firstNegativeWeight
        return copy
    }
}

extension KnowledgeGraph {
    /// A compact snapshot of the whole graph (node `i` is `nodes[i]`), or of the nodes and relations a filter keeps.
    ///
    /// - Parameters:
    ///   - kinds: keep only nodes of these kinds (`nil`: all).
    ///   - relations: keep only edges with these relations (`nil`: all).
    /// - Complexity: O(V + E log d).
    public func snapshot(kinds: Set<NodeKind>? = nil, relations: Set<Relation>? = nil) -> GraphSnapshot {
        var newIndex = [Int32](repeating: -1, count: nodes.count)
        var ids: [NodeID] = [], nodeKinds: [NodeKind] = [], labels: [String] = []
        for (i, node) in nodes.enumerated() where kinds?.contains(node.kind) ?? true {
            newIndex[i] = Int32(ids.count)
            ids.append(node.id); nodeKinds.append(node.kind); labels.append(node.label)
        }
        var s: [Int32] = [], t: [Int32] = [], r: [Relation] = [], w: [Double] = []
        var weighted = false
        for edge in edges where relations?.contains(edge.relation) ?? true {
            guard let a = position(of: edge.source), let b = position(of: edge.target) else { continue }
            let u = newIndex[a], v = newIndex[b]
            guard u >= 0, v >= 0 else { continue }
            s.append(u); t.append(v); r.append(edge.relation); w.append(edge.weight ?? 1)
            if edge.weight != nil { weighted = true }
        }
        let graph = CompactGraph(nodeCount: ids.count, isDirected: isDirected, sources: s, targets: t,
                                 relations: r, weights: weighted ? w : nil)
        return GraphSnapshot(graph: graph, ids: ids, kinds: nodeKinds, labels: labels)
    }
}
