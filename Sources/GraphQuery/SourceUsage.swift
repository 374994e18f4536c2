import GraphCore

/// What cites one bibliography entry: the answer behind `graph-tool sources`.
public struct SourceUsage: Sendable {
    /// A node or edge that cites the source, with the citation as it carries it.
    public struct Record: Sendable {
        /// The citing node, for a node's citation.
        public let node: Node?
        /// The citing edge, for an edge's citation.
        public let edge: Edge?
        /// The citation (key and locator).
        public let citation: Citation
        /// The citing record's evidence level.
        public var evidence: EvidenceLevel { node?.provenance.evidence ?? edge!.provenance.evidence }
    }

    /// The source.
    public let source: Source
    /// Every node citing it, in node order, then every edge, in edge order (a record citing it twice appears twice).
    public let records: [Record]

    /// How many nodes cite it.
    public var nodeCount: Int { records.filter { $0.node != nil }.count }
    /// How many edges cite it.
    public var edgeCount: Int { records.filter { $0.edge != nil }.count }
}

extension KnowledgeGraph {
    /// The ``SourceUsage`` of every bibliography entry, in key order.
    /// - Complexity: O((V + E) · c) for c citations per record.
    public func sourceUsage() -> [SourceUsage] {
        var records: [String: [SourceUsage.Record]] = [:]
        for node in nodes {
            for c in node.provenance.citations { records[c.sourceKey, default: []].append(.init(node: node, edge: nil, citation: c)) }
        }
        for edge in edges {
            for c in edge.provenance.citations { records[c.sourceKey, default: []].append(.init(node: nil, edge: edge, citation: c)) }
        }
        return sourceKeys.map { SourceUsage(source: sources[$0]!, records: records[$0] ?? []) }
    }

    /// The ``SourceUsage`` of the source with `key`, or `nil` when the bibliography has none.
    public func sourceUsage(of key: String) -> SourceUsage? {
        guard sources[key] != nil else { return nil }
        return sourceUsage().first { $0.source.key == key }
    }
}
