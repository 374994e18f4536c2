import ArgumentParser
import Graph

struct SimilarCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "similar",
        abstract: "Nodes whose neighbourhoods most resemble a node's (Jaccard similarity).",
        discussion: "Neighbours are counted in both directions. Nodes with similarity 0 are not listed; ties by ID."
    )

    @Argument(help: ArgumentHelp("The node (ID, label or alias).", valueName: "name"), completion: Completions.nodes) var name: String
    @Option(name: .long, help: "Print only the N most similar.") var top: Int = 10
    @Option(name: .long, help: "List only nodes of this kind (repeatable).") var kind: [NodeKind] = []
    @OptionGroup var graphInput: GraphInputOptions
    @OptionGroup var output: OutputOptions

    func validate() throws {
        if graphInput.undirected { throw ValidationError("neighbours are counted in both directions: --undirected would change nothing") }
        if top < 1 { throw ValidationError("--top must be at least 1") }
        if graphInput.weighted { throw ValidationError("Jaccard similarity counts shared neighbours, whatever their weights: --weighted would change nothing") }
        if graphInput.directed { throw ValidationError("neighbours are counted in both directions: --directed would change nothing") }
    }

    struct SimilarRow: TabularRow {
        var id: String, kind: String, label: String, score: Double, rank: Int
        static let columns = ["id", "kind", "label", "score", "rank"]
        var cells: [String] { [id, kind, label, exactScore(score), "\(rank)"] }
        var tableCells: [String] { [id, kind, label, formatScore(score), "\(rank)"] }
        static let numericColumns: Set<Int> = [3, 4]
    }

    func run() throws {
        let graph = try graphInput.load()
        let u = try graph.resolve(name)
        let rows = graph.similarNodes(to: u, kinds: kind.isEmpty ? nil : Set(kind), limit: top).map {
            SimilarRow(id: $0.id.rawValue, kind: $0.kind.rawValue, label: $0.label, score: $0.score, rank: $0.rank)
        }
        try emit(rows, format: output.format, summary: "nodes most similar to \(graph.snapshot.ids[u]) (Jaccard similarity of neighbourhoods)")
    }
}
