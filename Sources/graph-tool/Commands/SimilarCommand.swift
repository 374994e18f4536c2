import ArgumentParser
import Graph

struct SimilarCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "similar",
        abstract: "Nodes whose neighbourhoods most resemble a node's (Jaccard similarity).",
        discussion: "Neighbours are counted in both directions. Nodes with similarity 0 are not listed; ties by ID."
    )

    @Argument(help: ArgumentHelp("The node (ID, label or alias).", valueName: "name")) var name: String
    @Option(name: .long, help: "Print only the N most similar.") var top: Int = 10
    @Option(name: .long, help: "List only nodes of this kind (repeatable).") var kind: [NodeKind] = []
    @OptionGroup var graphInput: GraphInputOptions
    @OptionGroup var output: OutputOptions

    func validate() throws { if top < 1 { throw ValidationError("--top must be at least 1") } }

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
        let s = graph.snapshot
        let scores = graph.graph.jaccardSimilarities(to: u).values
        let kinds = Set(kind)
        let ordered = scores.indices
            .filter { $0 != u && scores[$0] > 0 && (kinds.isEmpty || kinds.contains(s.kinds[$0])) }
            .sorted { scores[$0] != scores[$1] ? scores[$0] > scores[$1] : s.ids[$0] < s.ids[$1] }
            .prefix(top)
        let rows = ordered.enumerated().map { SimilarRow(id: s.ids[$1].rawValue, kind: s.kinds[$1].rawValue, label: s.labels[$1], score: scores[$1], rank: $0 + 1) }
        try emit(rows, format: output.format, summary: "nodes most similar to \(s.ids[u]) (Jaccard similarity of neighbourhoods)")
    }
}
