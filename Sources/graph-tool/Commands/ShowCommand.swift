import ArgumentParser
import Graph

struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Show one node with its provenance and its typed neighbours.",
        discussion: "NAME is matched case-insensitively on ID, label and aliases; an unknown name lists the closest ones."
    )

    @Argument(help: ArgumentHelp("The node's ID, label or alias.", valueName: "name"), completion: Completions.nodes)
    var name: String

    @OptionGroup var dataOptions: DataOptions
    @OptionGroup var output: OutputOptions

    struct CitationView: Encodable {
        var key: String
        @NullWhenAbsent var locator: String?
        @NullWhenAbsent var title: String?
        @NullWhenAbsent var author: String?
        @NullWhenAbsent var year: Int?
        @NullWhenAbsent var url: String?
        @NullWhenAbsent var path: String?
    }

    struct NeighbourView: Encodable {
        var direction: String
        var relation: String
        var id: String
        var kind: String
        var label: String
        /// The edge's evidence level; null for an imported edge, which carries no provenance.
        @NullWhenAbsent var evidence: String?
        var sources: [String]
        @NullWhenAbsent var note: String?
        @NullWhenAbsent var weight: Double?
    }

    struct NodeView: Encodable {
        var id: String
        var kind: String
        var label: String
        @NullWhenAbsent var description: String?
        var aliases: [String]
        /// The node's evidence level; null for an imported node, which carries no provenance.
        @NullWhenAbsent var evidence: String?
        /// The node's own attributes (a GraphML or GEXF file's data, say), as text, by name.
        var attributes: [String: String]
        var sources: [CitationView]
        var outgoing: [NeighbourView]
        var incoming: [NeighbourView]
    }

    func run() throws {
        let graph = try dataOptions.load()
        let node = try graph.resolve(name)
        let view = Self.view(of: node, in: graph, sourceFolder: dataOptions.sourceFolder)
        switch output.format {
        case .json:
            print(try JSONOutput.render(view))
        case .csv:
            var csv = CSVTable(["direction", "relation", "id", "kind", "label", "evidence", "sources"])
            csv.add(["node", "", view.id, view.kind, view.label, view.evidence ?? "", view.sources.map { Citation(sourceKey: $0.key, locator: $0.locator).description }.joined(separator: "; ")])
            for n in view.outgoing + view.incoming { csv.add([n.direction, n.relation, n.id, n.kind, n.label, n.evidence ?? "", n.sources.joined(separator: "; ")]) }
            print(csv.render())
        case .table:
            print("\(view.label)  [\(view.id), \(view.kind)]")
            if !view.aliases.isEmpty { print("aliases:  \(view.aliases.joined(separator: ", "))") }
            if let d = view.description { print("about:    \(d)") }
            print("evidence: \(view.evidence ?? "none (an imported node: nothing is cited)")")
            if !view.attributes.isEmpty { print("attributes:") }
            for name in view.attributes.keys.sorted() { print("  \(name): \(view.attributes[name]!)") }
            for c in view.sources {
                let detail = [c.title, c.author, c.year.map(String.init), c.url, c.path.map { "file: \($0)" }].compactMap { $0 }.joined(separator: ". ")
                print("  \(c.key)\(c.locator.map { " \($0)" } ?? ""): \(detail)")
            }
            // an undirected graph's edges have no direction: one list of neighbours
            let groups = graph.isDirected ? [("outgoing", view.outgoing), ("incoming", view.incoming)] : [("neighbours", view.outgoing + view.incoming)]
            for (title, rows) in groups where !rows.isEmpty {
                let weighted = rows.contains { $0.weight != nil }
                var table = TextTable(["relation", "id", "kind", "evidence", "label"] + (weighted ? ["weight"] : []), numericColumns: weighted ? [5] : [])
                for n in rows { table.add([n.relation, n.id, n.kind, n.evidence ?? "—", n.label] + (weighted ? [n.weight.map(formatScore) ?? ""] : [])) }
                print("\n\(title) (\(rows.count)):\n" + table.render())
            }
        }
    }

    /// The node's details in the JSON shape.
    static func view(of node: Node, in graph: KnowledgeGraph, sourceFolder: String) -> NodeView {
        let details = graph.details(of: node.id)!
        func neighbour(_ n: NodeDetails.Neighbor, direction: String) -> NeighbourView {
            NeighbourView(direction: direction, relation: n.edge.relation.rawValue, id: n.node.id.rawValue, kind: n.node.kind.rawValue,
                          label: n.node.label, evidence: n.edge.relation == .linked ? nil : n.edge.provenance.evidence.rawValue,
                          sources: n.edge.provenance.citations.map(\.description), note: n.edge.note, weight: n.edge.weight)
        }
        let citations = details.citations.map { c in
            CitationView(key: c.citation.sourceKey, locator: c.citation.locator, title: c.source?.title, author: c.source?.author,
                         year: c.source?.year, url: c.source?.url,
                         path: c.source?.path.map { DataOptions.display(path: $0, in: sourceFolder) })
        }
        return NodeView(id: node.id.rawValue, kind: node.kind.rawValue, label: node.label, description: node.description,
                        aliases: node.aliases, evidence: node.kind == .generic ? nil : node.provenance.evidence.rawValue,
                        attributes: node.attributes.mapValues(\.description), sources: citations,
                        outgoing: details.outgoing.map { neighbour($0, direction: "out") },
                        incoming: details.incoming.map { neighbour($0, direction: "in") })
    }
}
