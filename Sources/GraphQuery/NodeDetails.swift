import GraphCore

/// Everything the graph says about one node: the node, its citations resolved against the bibliography, and its
/// typed edges with the node at the other end. The answer behind `graph-tool show`.
public struct NodeDetails: Sendable {
    /// A citation with the bibliography entry it points to (`nil` when the bibliography lacks it).
    public struct ResolvedCitation: Sendable, Equatable {
        /// The citation as the node carries it.
        public let citation: Citation
        /// The bibliography entry it names.
        public let source: Source?
    }

    /// One edge at the node and the node at its other end.
    public struct Neighbor: Sendable {
        /// The edge.
        public let edge: Edge
        /// The node at its other end.
        public let node: Node
    }

    /// The node.
    public let node: Node
    /// The node's citations, in order.
    public let citations: [ResolvedCitation]
    /// Edges from the node, in the graph's edge order.
    public let outgoing: [Neighbor]
    /// Edges to the node, in the graph's edge order.
    public let incoming: [Neighbor]
}

extension KnowledgeGraph {
    /// The ``NodeDetails`` of the node with `id`, or `nil` when there is none.
    /// - Complexity: O(d) for a node of degree d, plus its citations.
    public func details(of id: NodeID) -> NodeDetails? {
        guard let node = node(id) else { return nil }
        return NodeDetails(
            node: node,
            citations: node.provenance.citations.map { NodeDetails.ResolvedCitation(citation: $0, source: sources[$0.sourceKey]) },
            outgoing: edges(from: id).map { NodeDetails.Neighbor(edge: $0, node: self.node($0.target)!) },
            incoming: edges(to: id).map { NodeDetails.Neighbor(edge: $0, node: self.node($0.source)!) })
    }
}
