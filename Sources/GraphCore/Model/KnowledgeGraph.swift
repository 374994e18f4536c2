/// The editable, ID-keyed knowledge graph: typed nodes and edges, each with provenance, plus the bibliography
/// their citations resolve to.
///
/// Insertion order is kept, so everything derived from it (snapshots, output) is deterministic.
/// Analyse it through a ``CompactGraph`` snapshot, never directly.
public struct KnowledgeGraph: Sendable {
    /// The nodes, in insertion order.
    public private(set) var nodes: [Node] = []
    /// The edges, in insertion order.
    public private(set) var edges: [Edge] = []
    /// Bibliography keyed by source key, in file order through ``sourceKeys``.
    public private(set) var sources: [String: Source] = [:]
    /// The bibliography's keys, in insertion order.
    public private(set) var sourceKeys: [String] = []
    /// Whether edges are meaningful in one direction only. The bundled dataset is directed.
    public var isDirected: Bool
    /// A title for the whole graph, if any.
    public var title: String?
    /// Graph-level attributes kept from other formats.
    public var attributes: [String: AttributeValue] = [:]

    private var indexByID: [NodeID: Int] = [:]
    private var edgeKeys: Set<EdgeKey> = []
    /// `edgeLines[i]` is the line of the input file that ``edges``[i] was read from, 0 when unknown; readers set it so
    /// that problems found later (a negative weight given to PageRank) can name the line.
    private(set) var edgeLines: [Int32] = []

    /// Identity of an edge for the duplicate check, by node position (smaller than two ID strings).
    private struct EdgeKey: Hashable {
        var source: Int32
        var target: Int32
        var relation: Relation
        var key: String?
    }

    /// An empty graph. Undirected graphs treat `source` and `target` of an edge alike in their snapshots.
    public init(isDirected: Bool = true, title: String? = nil) {
        self.isDirected = isDirected
        self.title = title
    }

    /// The number of nodes.
    public var nodeCount: Int { nodes.count }
    /// The number of edges.
    public var edgeCount: Int { edges.count }

    /// The node with `id`, or `nil`.
    public func node(_ id: NodeID) -> Node? { indexByID[id].map { nodes[$0] } }
    /// Whether a node with `id` exists.
    public func contains(_ id: NodeID) -> Bool { indexByID[id] != nil }
    /// The position of a node in ``nodes`` (its dense index in snapshots of the whole graph).
    public func position(of id: NodeID) -> Int? { indexByID[id] }

    /// Whether two edges join the same two nodes (in the same direction when the graph is directed, either way round
    /// when not), whatever their relations and keys: a multigraph in the sense of NetworkX and of DOT's `strict`.
    /// - Complexity: O(E) expected (a hashed set of node-position pairs), stopping at the first such pair.
    package var hasParallelEdges: Bool {
        var pairs = Set<Int>(minimumCapacity: edges.count)
        let n = nodes.count
        for edge in edges {
            let u = indexByID[edge.source]!, v = indexByID[edge.target]!
            if !pairs.insert(isDirected ? u * n + v : min(u, v) * n + max(u, v)).inserted { return true }
        }
        return false
    }

    /// Whether the edge (with this multigraph key, `nil` for a plain edge) exists.
    public func containsEdge(_ source: NodeID, _ relation: Relation, _ target: NodeID, key: String? = nil) -> Bool {
        guard let s = indexByID[source], let t = indexByID[target] else { return false }
        return edgeKeys.contains(EdgeKey(source: Int32(s), target: Int32(t), relation: relation, key: key))
    }

    /// Whether the edge between the nodes at positions `source` and `target` (with this multigraph key, `nil` for a
    /// plain edge) exists: ``containsEdge(_:_:_:key:)`` without the two ID lookups.
    package func containsEdge(source: Int, _ relation: Relation, target: Int, key: String? = nil) -> Bool {
        edgeKeys.contains(EdgeKey(source: Int32(source), target: Int32(target), relation: relation, key: key))
    }

    /// Adds a node. - Throws: ``KnowledgeGraphError/duplicateNode(_:)`` when the ID exists.
    public mutating func add(_ node: Node) throws(KnowledgeGraphError) {
        guard indexByID[node.id] == nil else { throw .duplicateNode(node.id) }
        indexByID[node.id] = nodes.count
        nodes.append(node)
    }

    /// Adds an edge between existing nodes.
    /// - Throws: ``KnowledgeGraphError`` when an endpoint is unknown or the same (source, relation, target, key) exists.
    ///   The schema is not checked here; ``Schema/validate(_:)`` does that for the whole graph (the readers call it).
    public mutating func add(_ edge: Edge) throws(KnowledgeGraphError) {
        guard let s = indexByID[edge.source] else { throw .unknownNode(edge.source) }
        guard let t = indexByID[edge.target] else { throw .unknownNode(edge.target) }
        // one hash: inserting a key the set holds changes nothing
        guard edgeKeys.insert(EdgeKey(source: Int32(s), target: Int32(t), relation: edge.relation, key: edge.key)).inserted else {
            throw .duplicateEdge(edge.source, edge.relation, edge.target)
        }
        edges.append(edge)
        edgeLines.append(0)
    }

    /// Adds an edge whose ends are the nodes at positions `source` and `target` (`edge.source` and `edge.target` are
    /// their IDs), read from input line `line` when given, for builders that already know the positions: the two ID
    /// lookups of ``add(_:)`` skipped. Returns false, adding nothing, when the graph has that edge already (same ends,
    /// relation and key).
    package mutating func add(_ edge: Edge, source: Int, target: Int, line: Int? = nil) -> Bool {
        assert(nodes[source].id == edge.source && nodes[target].id == edge.target, "positions do not match the edge's ends")
        guard edgeKeys.insert(EdgeKey(source: Int32(source), target: Int32(target), relation: edge.relation, key: edge.key)).inserted else { return false }
        edges.append(edge)
        edgeLines.append(line.map { Int32(clamping: $0) } ?? 0)
        return true
    }

    /// Adds an edge read from line `line` of an input file (see ``edgeLines``).
    package mutating func add(_ edge: Edge, line: Int?) throws(KnowledgeGraphError) {
        try add(edge)
        if let line { edgeLines[edgeLines.count - 1] = Int32(clamping: line) }
    }

    /// The input line edge `i` was read from, when its reader knew it.
    package func line(ofEdge i: Int) -> Int? { edgeLines[i] > 0 ? Int(edgeLines[i]) : nil }

    /// Moves the keys of the edges at `positions` into their attribute `name` (kept when the edge already has one),
    /// leaving them without a key: for readers that learn only at the end of a file that its edge ids were not
    /// multigraph keys. Edges that would then clash with another keep their keys.
    package mutating func moveKeys(ofEdges positions: [Int], toAttribute name: String) {
        for i in positions {
            guard let key = edges[i].key else { continue }
            let s = Int32(indexByID[edges[i].source]!), t = Int32(indexByID[edges[i].target]!)
            let bare = EdgeKey(source: s, target: t, relation: edges[i].relation, key: nil)
            guard !edgeKeys.contains(bare) else { continue }
            edgeKeys.remove(EdgeKey(source: s, target: t, relation: edges[i].relation, key: key))
            edgeKeys.insert(bare)
            edges[i].key = nil
            if edges[i].attributes[name] == nil { edges[i].attributes[name] = .string(key) }
        }
    }

    /// Adds a bibliography entry. - Throws: ``KnowledgeGraphError/duplicateSource(_:)``.
    public mutating func add(_ source: Source) throws(KnowledgeGraphError) {
        guard sources[source.key] == nil else { throw .duplicateSource(source.key) }
        sources[source.key] = source
        sourceKeys.append(source.key)
    }

    /// Replaces the node with the same ID (kind changes included); edges are kept.
    public mutating func update(_ node: Node) throws(KnowledgeGraphError) {
        guard let i = indexByID[node.id] else { throw .unknownNode(node.id) }
        nodes[i] = node
    }

    /// Edges leaving `id`, in insertion order.
    public func edges(from id: NodeID) -> [Edge] { edges.filter { $0.source == id } }
    /// Edges arriving at `id`, in insertion order.
    public func edges(to id: NodeID) -> [Edge] { edges.filter { $0.target == id } }
}

/// Errors raised while building a ``KnowledgeGraph`` programmatically.
public enum KnowledgeGraphError: Error, Equatable, CustomStringConvertible {
    /// A node with this ID is already in the graph.
    case duplicateNode(NodeID)
    /// An edge names a node that is not in the graph.
    case unknownNode(NodeID)
    /// The same (source, relation, target, key) is already in the graph.
    case duplicateEdge(NodeID, Relation, NodeID)
    /// A bibliography entry with this key is already in the graph.
    case duplicateSource(String)

    public var description: String {
        switch self {
        case .duplicateNode(let id): "duplicate node ID '\(id)'"
        case .unknownNode(let id): "unknown node '\(id)'"
        case .duplicateEdge(let s, let r, let t): "duplicate edge '\(s)' \(r.rawValue) '\(t)'"
        case .duplicateSource(let key): "duplicate source key '\(key)'"
        }
    }
}
