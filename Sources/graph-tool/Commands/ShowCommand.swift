import ArgumentParser
import Graph

struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Show one node with its provenance and its typed neighbours.",
        discussion: "NAME is matched case-insensitively on ID, label and aliases; an unknown name lists the closest ones."
    )

    @Argument(help: ArgumentHelp("The node's ID, label or alias.", valueName: "name"))
    var name: String

    @OptionGroup var dataOptions: DataOptions
    @OptionGroup var output: OutputOptions

    struct CitationView: Encodable {
        var key: String
        var locator: String?
        var title: String?
        var author: String?
        var year: Int?
        var url: String?
    }

    struct NeighbourView: Encodable {
        var direction: String
        var relation: String
        var id: String
        var kind: String
        var label: String
        var evidence: String
        var sources: [String]
        var note: String?
    }

    struct NodeView: Encodable {
        var id: String
        var kind: String
        var label: String
        var description: String?
        var aliases: [String]
        var evidence: String
        var sources: [CitationView]
        var outgoing: [NeighbourView]
        var incoming: [NeighbourView]
    }

    func run() throws {
        let graph = try dataOptions.load()
        let node = try graph.resolve(name)
        let view = Self.view(of: node, in: graph)
        switch output.format {
        case .json:
            print(try JSONOutput.render(view))
        case .csv:
            var csv = CSVTable(["direction", "relation", "id", "kind", "label", "evidence", "sources"])
            csv.add(["node", "", view.id, view.kind, view.label, view.evidence, view.sources.map { Citation(sourceKey: $0.key, locator: $0.locator).description }.joined(separator: "; ")])
            for n in view.outgoing + view.incoming { csv.add([n.direction, n.relation, n.id, n.kind, n.label, n.evidence, n.sources.joined(separator: "; ")]) }
            print(csv.render())
        case .table:
            print("\(view.label)  [\(view.id), \(view.kind)]")
            if !view.aliases.isEmpty { print("aliases:  \(view.aliases.joined(separator: ", "))") }
            if let d = view.description { print("about:    \(d)") }
            print("evidence: \(view.evidence)")
            for c in view.sources {
                let detail = [c.title, c.author, c.year.map(String.init), c.url].compactMap { $0 }.joined(separator: ". ")
                print("  \(c.key)\(c.locator.map { " \($0)" } ?? ""): \(detail)")
            }
            for (title, rows) in [("outgoing", view.outgoing), ("incoming", view.incoming)] where !rows.isEmpty {
                var table = TextTable(["relation", "id", "kind", "evidence", "label"])
                for n in rows { table.add([n.relation, n.id, n.kind, n.evidence, n.label]) }
                print("\n\(title) (\(rows.count)):\n" + table.render())
            }
        }
    }

    static func view(of node: Node, in graph: KnowledgeGraph) -> NodeView {
        func neighbour(_ edge: Edge, direction: String, other: NodeID) -> NeighbourView {
            let n = graph.node(other)!
            return NeighbourView(direction: direction, relation: edge.relation.rawValue, id: n.id.rawValue, kind: n.kind.rawValue,
                                 label: n.label, evidence: edge.provenance.evidence.rawValue,
                                 sources: edge.provenance.citations.map(\.description), note: edge.note)
        }
        let citations = node.provenance.citations.map { c -> CitationView in
            let s = graph.sources[c.sourceKey]
            return CitationView(key: c.sourceKey, locator: c.locator, title: s?.title, author: s?.author, year: s?.year, url: s?.url)
        }
        return NodeView(id: node.id.rawValue, kind: node.kind.rawValue, label: node.label, description: node.description,
                        aliases: node.aliases, evidence: node.provenance.evidence.rawValue, sources: citations,
                        outgoing: graph.edges(from: node.id).map { neighbour($0, direction: "out", other: $0.target) },
                        incoming: graph.edges(to: node.id).map { neighbour($0, direction: "in", other: $0.source) })
    }
}
