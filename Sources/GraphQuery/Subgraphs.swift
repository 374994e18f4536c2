import GraphCore

extension KnowledgeGraph {
    /// The graph attribute that marks a part of a larger graph (a neighbourhood, some kinds, an evidence level), with
    /// what was kept as its value. Readers do not hold such a graph to the model's cardinalities (a neighbourhood
    /// cut out of the dataset has recommendations without their area), and say so nowhere else.
    public static let subgraphAttribute = "subgraph"

    /// The graph with only the edges at `level` or stronger; every node is kept.
    /// - Complexity: O(V + E).
    public func keepingEdges(atLeast level: EvidenceLevel) -> KnowledgeGraph {
        guard level > .inferred else { return self }
        return restricted(to: Set(nodes.map(\.id)), edges: { $0.provenance.evidence >= level },
                          describing: "edges at evidence '\(level.rawValue)' or stronger")
    }

    /// The part of the graph a neighbourhood, some kinds or some areas select, with the edges among the nodes kept:
    /// the nodes within `depth` hops of `focus` (either direction), or the recommendations of `areas` and what they
    /// are directly linked to; then, with `kinds`, only nodes of those kinds. `nil`/empty selectors select all.
    /// - Throws: ``SubgraphError`` for a focus or area that is not in the graph, or a selection of nothing.
    public func subgraph(focus: NodeID? = nil, depth: Int = 1, areas: [NodeID] = [], kinds: Set<NodeKind>? = nil) throws(SubgraphError) -> KnowledgeGraph {
        var keep: Set<NodeID>
        var said: [String] = []
        if let focus {
            guard contains(focus) else { throw .unknownNode(focus) }
            let view = AnalysisGraph(self)
            keep = Set(view.graph.egoNetwork(of: view.snapshot.index(of: focus)!, depth: depth).map { view.snapshot.ids[$0.node] })
            said.append("the \(depth)-hop neighbourhood of \(focus)")
        } else if !areas.isEmpty {
            keep = []
            for area in areas {
                guard node(area)?.kind == .area else { throw .unknownNode(area) }
                keep.insert(area)
                for rec in edges where rec.relation == .belongsTo && rec.target == area {
                    keep.insert(rec.source)
                    for e in edges(from: rec.source) { keep.insert(e.target) }
                }
            }
            said.append("areas \(areas.map(\.rawValue).joined(separator: ", "))")
        } else {
            keep = Set(nodes.map(\.id))
        }
        if let kinds {
            keep = keep.filter { kinds.contains(node($0)!.kind) }
            said.append("kinds \(kinds.map(\.rawValue).sorted().joined(separator: ", "))")
        }
        guard !keep.isEmpty else { throw .empty }
        guard !said.isEmpty else { return self }
        return restricted(to: keep, edges: { _ in true }, describing: said.joined(separator: "; "))
    }

    private func restricted(to keep: Set<NodeID>, edges keepEdge: (Edge) -> Bool, describing what: String) -> KnowledgeGraph {
        var part = KnowledgeGraph(isDirected: isDirected)
        part.title = title
        part.attributes = attributes
        let before = attributes[Self.subgraphAttribute].map { $0.description + "; " } ?? ""
        part.attributes[Self.subgraphAttribute] = .string(before + what)
        for key in sourceKeys { try! part.add(sources[key]!) }
        for node in nodes where keep.contains(node.id) { try! part.add(node) }
        for edge in edges where keep.contains(edge.source) && keep.contains(edge.target) && keepEdge(edge) { try! part.add(edge) }
        return part
    }
}

/// A subgraph that cannot be cut.
public enum SubgraphError: Error, Equatable, CustomStringConvertible {
    /// The focus or an area is not in the graph (or the area is not an area).
    case unknownNode(NodeID)
    /// The selection holds no node.
    case empty

    public var description: String {
        switch self {
        case .unknownNode(let id): "'\(id)' is not a node (or not an area) of the graph"
        case .empty: "the selection holds no node"
        }
    }
}
