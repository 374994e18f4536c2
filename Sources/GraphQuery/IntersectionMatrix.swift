import GraphCore

/// Where two kinds of node meet: a table with one row per node of one kind (terrorist groups, say) and one column
/// per node of another (forms of exploitation), whose cell lists the nodes of a third kind (practices) joined to
/// both. The answer behind `graph-tool matrix`.
///
/// **Cells.** With a `via` kind, the cell (r, c) holds every node v of that kind with an edge between r and v and an
/// edge between v and c, in either direction; each connection's evidence is the weaker of its two hops, each hop
/// as strong as its best-evidenced edge. Without one, the cell holds the direct edges between r and c (no
/// connecting nodes; the evidence of the best edge). Only edges at the minimum evidence or stronger count. A cell's
/// ``Cell/weakestEvidence`` is the weakest of its connections: what a reader citing the whole cell relies on.
///
/// - Complexity: O(E) to index the edges, then O(R · C · V) for R rows, C columns and V via nodes.
public struct IntersectionMatrix: Sendable {
    /// One node joining a row to a column, with the weaker evidence of its two hops.
    public struct Connection: Sendable {
        /// The connecting node (`nil` for a direct edge, without `via`).
        public let node: Node?
        /// The evidence of the connection.
        public let evidence: EvidenceLevel
    }

    /// One cell.
    public struct Cell: Sendable {
        /// The connections, in the graph's node order.
        public let connections: [Connection]
        /// How many connections.
        public var count: Int { connections.count }
        /// The weakest evidence among the connections (`nil` for an empty cell).
        public var weakestEvidence: EvidenceLevel? { connections.map(\.evidence).min() }
    }

    /// The row nodes, in the graph's node order.
    public let rows: [Node]
    /// The column nodes, in the graph's node order.
    public let columns: [Node]
    /// The kind the rows and columns are joined through, if any.
    public let via: NodeKind?
    /// The weakest evidence followed.
    public let minimumEvidence: EvidenceLevel
    /// `cells[i][j]` joins `rows[i]` and `columns[j]`.
    public let cells: [[Cell]]

    /// The largest count of any cell.
    public var maximumCount: Int { cells.flatMap { $0.map(\.count) }.max() ?? 0 }
}

extension KnowledgeGraph {
    /// The ``IntersectionMatrix`` of `rows` × `columns`, through nodes of kind `via` (or by direct edges when `nil`),
    /// following edges at `minimumEvidence` or stronger. Rows or columns without any connection are kept: an empty
    /// row is an answer too.
    public func intersectionMatrix(rows: NodeKind, columns: NodeKind, via: NodeKind?,
                                   minimumEvidence: EvidenceLevel = .inferred) -> IntersectionMatrix {
        // hop[a][b]: the best evidence of an edge between a and b, either direction
        var hop: [NodeID: [NodeID: EvidenceLevel]] = [:]
        for edge in edges where edge.provenance.evidence >= minimumEvidence {
            for (a, b) in [(edge.source, edge.target), (edge.target, edge.source)] {
                hop[a, default: [:]][b] = max(hop[a]?[b] ?? .inferred, edge.provenance.evidence)
            }
        }
        let rowNodes = nodes.filter { $0.kind == rows }, columnNodes = nodes.filter { $0.kind == columns }
        let viaNodes = via.map { v in nodes.filter { $0.kind == v } } ?? []
        let cells = rowNodes.map { r in
            columnNodes.map { c -> IntersectionMatrix.Cell in
                guard via != nil else {
                    return IntersectionMatrix.Cell(connections: hop[r.id]?[c.id].map { [IntersectionMatrix.Connection(node: nil, evidence: $0)] } ?? [])
                }
                let connections = viaNodes.compactMap { v -> IntersectionMatrix.Connection? in
                    guard v.id != r.id, v.id != c.id, let first = hop[r.id]?[v.id], let second = hop[v.id]?[c.id] else { return nil }
                    return IntersectionMatrix.Connection(node: v, evidence: min(first, second))
                }
                return IntersectionMatrix.Cell(connections: connections)
            }
        }
        return IntersectionMatrix(rows: rowNodes, columns: columnNodes, via: via, minimumEvidence: minimumEvidence, cells: cells)
    }
}
