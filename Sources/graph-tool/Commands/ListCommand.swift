import ArgumentParser
import Graph

struct ListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List the nodes of the graph, by kind, area or evidence level.",
        discussion: "With no option, every node. --area lists the recommendations of one area (prevention, protection, prosecution, partnerships, children, or an area ID)."
    )

    @Option(name: .long, help: "Only nodes of this kind (repeatable).")
    var kind: [NodeKind] = []

    @Option(name: .long, help: "Only the recommendations of this area.")
    var area: String?

    @Option(name: .customLong("min-evidence"), help: "Only nodes at least this well evidenced.")
    var minEvidence: EvidenceLevel = .inferred

    @OptionGroup var dataOptions: DataOptions
    @OptionGroup var output: OutputOptions

    struct Row: TabularRow {
        var id: String, kind: String, label: String, evidence: String
        static let columns = ["id", "kind", "label", "evidence"]
        static let numericColumns: Set<Int> = []
        var cells: [String] { [id, kind, label, evidence] }
        var tableCells: [String] { cells }
    }

    func run() throws {
        let graph = try dataOptions.load()
        let areaID = try area.map { try graph.resolve($0, kinds: [.area]).id }
        let nodes = graph.list(kinds: kind.isEmpty ? nil : Set(kind), area: areaID, minimumEvidence: minEvidence)
        let rows = nodes.map { Row(id: $0.id.rawValue, kind: $0.kind.rawValue, label: $0.label, evidence: $0.provenance.evidence.rawValue) }
        try emit(rows, format: output.format, summary: "\(rows.count) of \(graph.nodeCount) nodes\n")
    }
}

struct SearchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search",
        abstract: "Find nodes by the words of their label, aliases, ID or description, best matches first.",
        discussion: "Every word must match, as a whole word or the start of one, case-insensitively: \"forced marr\" finds both forced marriage nodes. An exact name ranks first, then matches in the label, an alias, the ID, the description."
    )

    @Argument(help: ArgumentHelp("The words to look for.", valueName: "text"))
    var text: [String]

    @Option(name: .long, help: "Print at most N hits.")
    var top: Int?

    @OptionGroup var dataOptions: DataOptions
    @OptionGroup var output: OutputOptions

    struct Row: TabularRow {
        var rank: Int, id: String, kind: String, label: String, field: String, matched: String
        static let columns = ["rank", "id", "kind", "label", "matched_in", "matched"]
        static let numericColumns: Set<Int> = [0]
        var cells: [String] { ["\(rank)", id, kind, label, field, matched] }
        var tableCells: [String] { ["\(rank)", id, kind, label, field, matched.count > 40 ? matched.prefix(39) + "…" : matched] }
    }

    func validate() throws {
        if text.joined().trimmingCharacters(in: .whitespaces).isEmpty { throw ValidationError("give at least one word to search for") }
        if let top, top < 1 { throw ValidationError("--top must be at least 1") }
    }

    func run() throws {
        let graph = try dataOptions.load()
        let query = text.joined(separator: " ")
        let hits = graph.search(query, limit: top ?? .max)
        let rows = hits.enumerated().map { i, h in
            Row(rank: i + 1, id: h.node.id.rawValue, kind: h.node.kind.rawValue, label: h.node.label, field: h.field.rawValue, matched: h.matched)
        }
        if output.format == .table && hits.isEmpty { print("No node matches '\(query)'."); return }
        try emit(rows, format: output.format, summary: "\(hits.count) node(s) match '\(query)':\n")
    }
}
