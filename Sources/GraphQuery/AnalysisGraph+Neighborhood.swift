import GraphCore

/// A node of a neighbourhood and how many hops it is from the centre.
public struct NodeAtDistance: Sendable, Equatable {
    /// The node's ID.
    public let id: NodeID
    /// The node's kind.
    public let kind: NodeKind
    /// The node's label.
    public let label: String
    /// Hops from the centre.
    public let distance: Int
}

extension AnalysisGraph {
    /// The nodes within `depth` hops of `center` (the centre itself at distance 0), nearest first, ties by ID.
    /// - Parameters:
    ///   - center: the node index in ``snapshot`` (``resolve(_:)`` finds it from a name).
    ///   - depth: how many hops to go out (0: the centre alone).
    ///   - directed: follow out-edges only; otherwise edges are followed both ways.
    ///   - kinds: list only nodes of these kinds (`nil`: all); the walk still passes through every kind.
    /// - Complexity: O(V + E) for the breadth-first walk, plus sorting what is listed.
    public func neighborhood(of center: Int, depth: Int, directed: Bool = false, kinds: Set<NodeKind>? = nil) -> [NodeAtDistance] {
        let s = snapshot
        return graph.egoNetwork(of: center, depth: depth, directed: directed)
            .filter { kinds?.contains(s.kinds[$0.node]) ?? true }
            .sorted { ($0.distance, s.ids[$0.node]) < ($1.distance, s.ids[$1.node]) }
            .map { NodeAtDistance(id: s.ids[$0.node], kind: s.kinds[$0.node], label: s.labels[$0.node], distance: $0.distance) }
    }
}
