import GraphCore

/// Nodes split into groups (components or communities) by ID: groups largest first (ties by their smallest member
/// ID), members of each group sorted by ID, so group 1 is `groups[0]` in every output.
public struct NodeGroups: Sendable, Equatable {
    /// The groups, largest first, each sorted by ID.
    public let groups: [[NodeID]]
    /// The modularity of the grouping on the graph it was computed on (communities only).
    public let modularity: Double?

    init(_ partition: Partition, ids: [NodeID], modularity: Double? = nil) {
        groups = partition.members.map { $0.map { ids[$0] }.sorted() }
            .sorted { a, b in a.count != b.count ? a.count > b.count : a[0] < b[0] }
        self.modularity = modularity
    }
}

extension AnalysisGraph {
    /// Connected components: weakly connected (connected for an undirected view), or strongly connected with
    /// `strong` on a directed view.
    /// - Complexity: O(V + E).
    public func components(strong: Bool = false) -> NodeGroups {
        NodeGroups(strong ? graph.stronglyConnectedComponents() : graph.weaklyConnectedComponents(), ids: snapshot.ids)
    }

    /// Communities of the undirected view by `method` (Leiden unless asked otherwise), with their modularity (as
    /// ``/GraphCore/CompactGraph/communities(method:resolution:weighted:seed:)``: the same seed gives the same
    /// partition).
    /// - Throws: ``/GraphCore/AlgorithmError/emptyGraph`` for a graph without nodes.
    public func communities(method: CommunityMethod = .leiden, resolution: Double = 1, weighted: Bool = false, seed: UInt64 = 42) throws(AlgorithmError) -> NodeGroups {
        guard graph.nodeCount > 0 else { throw .emptyGraph }
        let result = graph.communities(method: method, resolution: resolution, weighted: weighted, seed: seed)
        return NodeGroups(result.partition, ids: snapshot.ids, modularity: result.modularity)
    }
}
