import ArgumentParser
import Graph


struct CentralityCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "centrality",
        abstract: "Rank nodes (or edges) by a centrality measure.",
        discussion: """
            On the knowledge graph every measure runs on the undirected simple view (relations are associations; \
            their stored direction is a reading convention), unless --directed keeps the stored directions \
            (group → practice → form, recommendation → what it addresses). Other graph files are analysed as they \
            declare themselves (a GraphML, GEXF, node-link or DOT digraph is directed) unless --undirected; edge lists \
            are undirected unless --directed. The header says which view ran and why. Conventions follow NetworkX: betweenness \
            and closeness as betweenness_centrality / closeness_centrality (Wasserman–Faust), PageRank with damping \
            0.85; on digraphs closeness and harmonic use incoming distances. --kind filters the report; the measure is \
            still computed on the whole graph unless --subgraph asks for the subgraph of those kinds. Ties are \
            ordered by ID. See docs/algorithms/centrality.md.
            """
    )

    @Option(name: .long, help: "The measure.")
    var measure: CentralityMeasure = .betweenness

    @Option(name: .long, help: "Report only nodes of this kind (repeatable), e.g. --kind theme.")
    var kind: [NodeKind] = []

    @Flag(name: .long, help: "Compute on the subgraph induced by the --kind kinds instead of the whole graph.")
    var subgraph = false

    @Option(name: .long, help: "Print only the N highest-ranked rows.")
    var top: Int?

    @Flag(name: .long, inversion: .prefixedNo, help: "Normalise scores as NetworkX does (degree, betweenness, edge betweenness, Katz).")
    var normalized = true

    @Option(name: .long, help: "Katz attenuation factor α (default: 0.9 × 1/λ_max of the graph, which always converges; NetworkX's default is a fixed 0.1); it must be below 1/λ_max, and the error says what that is.")
    var alpha: Double?

    @Option(name: .long, help: ArgumentHelp("Betweenness: estimate from K sources sampled uniformly (as NetworkX's k=), scaled by n/K; much faster on large graphs, with the error docs/algorithms/centrality.md measures.", valueName: "k"))
    var sample: Int?

    @Option(name: .long, help: "The seed of --sample (the same seed draws the same sources).")
    var seed: UInt64 = 42

    @Flag(name: .long, help: "No progress counter on standard error (it is shown only on a terminal, for betweenness, closeness and harmonic).")
    var quiet = false

    @Option(name: .long, help: "PageRank damping factor (default 0.85).")
    var damping: Double?

    @Option(name: .long, help: "Threads for betweenness, edge betweenness, closeness and harmonic (default: all cores).")
    var threads: Int?

    @OptionGroup var graphInput: GraphInputOptions
    @OptionGroup var output: OutputOptions

    func validate() throws {
        if let top, top < 1 { throw ValidationError("--top must be at least 1") }
        if let threads, threads < 1 { throw ValidationError("--threads must be at least 1") }
        // an option that would change nothing for this measure is refused, not silently ignored
        if damping != nil && measure != .pagerank { throw ValidationError("--damping is PageRank's (--measure pagerank)") }
        if alpha != nil && measure != .katz { throw ValidationError("--alpha is Katz's (--measure katz)") }
        if threads != nil && ![.betweenness, .edgeBetweenness, .closeness, .harmonic].contains(measure) {
            throw ValidationError("--threads applies to betweenness, edge-betweenness, closeness and harmonic; \(measure.rawValue) does not take a thread count")
        }
        if !normalized && ![.degree, .betweenness, .edgeBetweenness, .katz].contains(measure) {
            throw ValidationError("--no-normalized applies to degree, betweenness, edge-betweenness and katz; \(measure.rawValue) has no normalisation to leave out")
        }
        if sample != nil && measure != .betweenness { throw ValidationError("--sample estimates betweenness only (--measure betweenness)") }
        if let sample, sample < 1 { throw ValidationError("--sample must be at least 1") }
        if subgraph && kind.isEmpty { throw ValidationError("--subgraph needs at least one --kind") }
    }

    struct NodeRow: TabularRow {
        var id: String, kind: String, label: String, score: Double, rank: Int
        static let columns = ["id", "kind", "label", "score", "rank"]
        var cells: [String] { [id, kind, label, exactScore(score), "\(rank)"] }
        var tableCells: [String] { [id, kind, label, formatScore(score), "\(rank)"] }
        static let numericColumns: Set<Int> = [3, 4]
        func addCSV(to csv: inout CSVTable) {
            csv.field(id); csv.field(kind); csv.field(label); csv.field(score); csv.field(rank)
            csv.endRecord()
        }
    }

    struct HITSRow: TabularRow {
        var id: String, kind: String, label: String, score: Double, hub: Double, rank: Int
        static let columns = ["id", "kind", "label", "score", "hub", "rank"]
        var cells: [String] { [id, kind, label, exactScore(score), exactScore(hub), "\(rank)"] }
        var tableCells: [String] { [id, kind, label, formatScore(score), formatScore(hub), "\(rank)"] }
        static let numericColumns: Set<Int> = [3, 4, 5]
    }

    struct EdgeRow: TabularRow {
        var source: String, target: String, relation: String, score: Double, rank: Int
        static let columns = ["source", "target", "relation", "score", "rank"]
        var cells: [String] { [source, target, relation, exactScore(score), "\(rank)"] }
        var tableCells: [String] { [source, target, relation, formatScore(score), "\(rank)"] }
        static let numericColumns: Set<Int> = [3, 4]
        func addCSV(to csv: inout CSVTable) {
            csv.field(source); csv.field(target); csv.field(relation); csv.field(score); csv.field(rank)
            csv.endRecord()
        }
    }

    func run() throws {
        let graph = try graphInput.load()
        guard graph.graph.nodeCount > 0 else { throw AlgorithmError.emptyGraph }
        var request = CentralityRequest(measure: measure)
        request.normalized = normalized
        request.weighted = graphInput.weighted
        request.kinds = kind.isEmpty ? nil : Set(kind)
        request.subgraph = subgraph
        request.threads = threads ?? Concurrency.defaultThreadCount
        request.katzAlpha = alpha
        request.betweennessSample = sample
        request.sampleSeed = seed
        request.damping = damping ?? 0.85
        let limit = top ?? .max
        let view = graph.graph.isDirected ? "directed" : "undirected"
        var name = measure.rawValue
        if let sample { name += " (estimated from \(sample) sampled sources, seed \(seed))" }
        if measure == .katz {
            let a = try alpha ?? CentralityRequest.katzAlphaFraction / graph.graph.spectralRadius(weighted: graphInput.weighted)
            name += " (α = \(formatScore(a))" + (alpha == nil ? ", 0.9 × 1/λ_max)" : ")")
        }
        // the size of the graph the measure actually ran on: with --subgraph, the part of the chosen kinds
        var analysed = (nodes: graph.graph.nodeCount, edges: graph.graph.edgeCount, what: "the \(view) graph")
        if subgraph, !kind.isEmpty {
            let members = (0..<graph.graph.nodeCount).filter { kind.contains(graph.snapshot.kinds[$0]) }
            let inside = Set(members)
            let edges = (0..<graph.graph.edgeCount).filter {
                inside.contains(graph.graph.source(ofEdge: $0)) && inside.contains(graph.graph.target(ofEdge: $0))
            }.count
            analysed = (members.count, edges, "the \(view) subgraph of \(kind.map(\.rawValue).joined(separator: ", ")) nodes")
        }
        let summary = "\(name) on \(analysed.what) (\(analysed.nodes) nodes, \(analysed.edges) edges; \(graphInput.directionNote(graph)))"
        if measure == .edgeBetweenness {
            let rows = try TerminalProgress.run(measure.rawValue, enabled: !quiet) { try graph.rankEdges(request) }.prefix(limit).map {
                EdgeRow(source: $0.source.rawValue, target: $0.target.rawValue, relation: $0.relation.rawValue, score: $0.score, rank: $0.rank)
            }
            try emit(rows, format: output.format, summary: summary)
        } else if measure == .hits {
            let rows = try graph.rankNodes(request).prefix(limit).map {
                HITSRow(id: $0.id.rawValue, kind: $0.kind.rawValue, label: $0.label, score: $0.score, hub: $0.hubScore ?? 0, rank: $0.rank)
            }
            try emit(rows, format: output.format, summary: summary + "; score = authority")
        } else {
            let ranked = try TerminalProgress.run(measure.rawValue, enabled: !quiet) { try graph.rankNodes(request) }
            let rows = ranked.prefix(limit).map {
                NodeRow(id: $0.id.rawValue, kind: $0.kind.rawValue, label: $0.label, score: $0.score, rank: $0.rank)
            }
            // every score 0: the ranks below are the ID order and say nothing, so the header says so
            let allZero = !ranked.isEmpty && ranked.allSatisfy { $0.score == 0 }
            if allZero && output.format != .table { note("note: every \(measure.rawValue) score is 0 on \(analysed.what): the ranks are ID order only") }
            try emit(rows, format: output.format, summary: summary + (allZero ? "\nevery score is 0 on this graph: the ranks are ID order only" : ""))
        }
    }
}
