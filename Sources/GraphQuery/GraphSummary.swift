import GraphCore

/// What a graph holds, in counts: nodes by kind, edges by relation, both by evidence level, and how it falls apart
/// into connected components. The answer behind `graph-tool info`.
public struct GraphSummary: Sendable, Equatable {
    /// The graph's title, if any.
    public let title: String?
    /// Nodes in all.
    public let nodeCount: Int
    /// Edges in all.
    public let edgeCount: Int
    /// Bibliography entries.
    public let sourceCount: Int
    /// Only kinds, relations and levels that occur are keys.
    public let nodesByKind: [NodeKind: Int]
    /// Edges per relation.
    public let edgesByRelation: [Relation: Int]
    /// Nodes per evidence level.
    public let nodesByEvidence: [EvidenceLevel: Int]
    /// Edges per evidence level.
    public let edgesByEvidence: [EvidenceLevel: Int]
    /// Weakly connected components (connected components of an undirected graph).
    public let componentCount: Int
    /// Nodes in the largest of them (0 for an empty graph).
    public let largestComponent: Int
}

extension KnowledgeGraph {
    /// The counts of ``GraphSummary``.
    /// - Complexity: O(V + E).
    public func summary() -> GraphSummary {
        var byKind: [NodeKind: Int] = [:], byRelation: [Relation: Int] = [:]
        var nodeEvidence: [EvidenceLevel: Int] = [:], edgeEvidence: [EvidenceLevel: Int] = [:]
        for node in nodes {
            byKind[node.kind, default: 0] += 1
            nodeEvidence[node.provenance.evidence, default: 0] += 1
        }
        for edge in edges {
            byRelation[edge.relation, default: 0] += 1
            edgeEvidence[edge.provenance.evidence, default: 0] += 1
        }
        let components = snapshot().graph.weaklyConnectedComponents()
        return GraphSummary(title: title, nodeCount: nodeCount, edgeCount: edgeCount, sourceCount: sourceKeys.count,
                            nodesByKind: byKind, edgesByRelation: byRelation, nodesByEvidence: nodeEvidence,
                            edgesByEvidence: edgeEvidence, componentCount: components.blockCount,
                            largestComponent: components.members.map(\.count).max() ?? 0)
    }
}
