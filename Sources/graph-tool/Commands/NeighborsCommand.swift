import ArgumentParser
import Graph

struct NeighborsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "neighbors",
        abstract: "The neighbourhood (ego network) of a node up to a depth.",
        discussion: "Edges are followed in both directions unless --directed, which follows out-edges only."
    )

    @Argument(help: ArgumentHelp("The center node (ID, label or alias).", valueName: "name"), completion: Completions.nodes) var name: String
    @Option(name: .long, help: "How many hops to go out.") var depth: Int = 1
    @Option(name: .long, help: "List only nodes of this kind (repeatable); the walk still passes through all kinds.") var kind: [NodeKind] = []
    @OptionGroup var graphInput: GraphInputOptions
    @OptionGroup var output: OutputOptions

    func validate() throws {
        if depth < 0 { throw ValidationError("--depth must be 0 or more") }
        if graphInput.weighted { throw ValidationError("the neighbourhood counts hops, not lengths: --weighted would change nothing") }
    }

    struct NeighbourRow: TabularRow {
        var id: String, kind: String, label: String, distance: Int
        static let columns = ["id", "kind", "label", "distance"]
        var cells: [String] { [id, kind, label, "\(distance)"] }
        static let numericColumns: Set<Int> = [3]
    }

    func run() throws {
        let graph = try graphInput.load()
        let center = try graph.resolve(name)
        let rows = graph.neighborhood(of: center, depth: depth, directed: graph.graph.isDirected, kinds: kind.isEmpty ? nil : Set(kind))
            .map { NeighbourRow(id: $0.id.rawValue, kind: $0.kind.rawValue, label: $0.label, distance: $0.distance) }
        try emit(rows, format: output.format, summary: "\(rows.count) node(s) within \(depth) hop(s) of \(graph.snapshot.ids[center])")
    }
}
