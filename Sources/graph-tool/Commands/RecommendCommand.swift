import ArgumentParser
import Graph


struct RecommendCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "recommend",
        abstract: "Rank the recommendations relevant to one or more practices (or forms, victim groups, groups, themes…), with the paths that explain why.",
        discussion: """
            The output has two bands: recommendations that address a query node directly, then those reached only \
            through other nodes. Score = the number of query nodes a recommendation addresses directly + its support, \
            a noisy-or (0 to < 1) of the strengths of the longer paths reaching it (relation weight × evidence weight, \
            halved per extra hop, divided by the degrees passed). Scores within 0.1% of each other, with as many direct \
            links, are ties: they share a rank (=2) and are listed by ID. See docs/recommendations.md.
            """
    )

    @Argument(help: ArgumentHelp("Query nodes: IDs, labels or aliases (e.g. PR-04 \"online grooming\" girls).", valueName: "query"), completion: Completions.nodes)
    var query: [String] = []

    @Option(name: .long, help: "Print only the N highest-ranked recommendations (per practice with --for-each-practice).")
    var top: Int?

    @Option(name: .long, help: "Keep only recommendations of this area (repeatable): prevention, protection, prosecution, partnerships, children, or an area ID.")
    var area: [String] = []

    @Option(name: .customLong("min-evidence"), help: "Follow only edges at least this well evidenced.")
    var minEvidence: EvidenceLevel = .inferred

    @Option(name: .customLong("max-path-length"), help: "Longest explanation path, in edges (1...5).")
    var maxPathLength: Int = 3

    @Flag(name: .long, help: "Show the explanation paths (always included in CSV and JSON).")
    var explain = false

    @Flag(name: .customLong("for-each-practice"), help: "Rank the recommendations for every practice of the dataset in turn.")
    var forEachPractice = false

    @OptionGroup var dataOptions: DataOptions
    @OptionGroup var output: OutputOptions

    func validate() throws {
        if query.isEmpty && !forEachPractice { throw ValidationError("give at least one query node, or --for-each-practice") }
        if !query.isEmpty && forEachPractice { throw ValidationError("--for-each-practice takes no query nodes") }
        if let top, top < 1 { throw ValidationError("--top must be at least 1") }
        if explain && output.format != .table { throw ValidationError("--explain is for the table: CSV and JSON always carry the explanation paths") }
        if !(1...5).contains(maxPathLength) { throw ValidationError("--max-path-length must be between 1 and 5") }
    }

    func run() throws {
        let graph = try dataOptions.load()
        let ranker = RecommendationRanker(graph: graph)
        let areas: Set<NodeID>? = area.isEmpty ? nil : Set(try area.map { try graph.resolve($0, kinds: [.area]).id })
        func request(_ nodes: [NodeID]) -> RecommendationQuery {
            var q = RecommendationQuery(nodes: nodes)
            q.areas = areas
            q.minimumEvidence = minEvidence
            q.maxPathLength = maxPathLength
            return q
        }
        if forEachPractice {
            let reports = try graph.nodes.filter { $0.kind == .practice }.map { try ranker.report(request([$0.id])) }
            try RecommendationOutput.printForEach(reports, top: top ?? 5, format: output.format, explain: explain)
            return
        }
        let nodes = try query.map { try graph.resolve($0) }
        let report = try ranker.report(request(nodes.map(\.id)), texts: query)
        try RecommendationOutput.print(report, top: top, format: output.format, explain: explain)
    }
}
