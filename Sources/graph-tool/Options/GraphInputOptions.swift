import ArgumentParser
import Foundation
import Graph


/// The graph of an analysis command (``DataOptions``) and the view it is analysed in.
struct GraphInputOptions: ParsableArguments {
    @OptionGroup var dataOptions: DataOptions

    @Flag(name: .long, help: "Keep edge directions. The knowledge graph is otherwise analysed as an undirected simple graph; edge lists are read as undirected.")
    var directed = false

    @Flag(name: .long, help: "Use edge weights (the third column of an edge list, the 'weight' attribute elsewhere): lengths for path-based measures, strengths for PageRank, eigenvector, Katz and HITS.")
    var weighted = false

    @Option(name: .customLong("min-evidence"), help: "Keep only edges at least this well evidenced (report, about-report, context, inferred); the graph analysed, drawn or exported is the rest.")
    var minEvidence: EvidenceLevel = .inferred

    var input: String? { dataOptions.input }

    private var evidenceError: HintedError {
        HintedError("--min-evidence \(minEvidence.rawValue) needs a graph whose edges carry evidence levels (a dataset, or a knowledge graph exported by this tool); this one has none")
    }
    func format() throws -> GraphFileFormat? { try dataOptions.format() }

    /// The graph as a knowledge graph, whatever its format, with only the edges `--min-evidence` keeps.
    func loadKnowledgeGraph() throws -> KnowledgeGraph {
        let graph = try dataOptions.load(edgeList: .init(directed: directed, weighted: weighted))
        guard minEvidence > .inferred else { return graph }
        guard Diagram.drawsTyped(graph) else { throw evidenceError }
        return graph.keepingEdges(atLeast: minEvidence)
    }

    /// Loads the graph in the analysis view (see `AnalysisGraph`). Edge lists go straight to the compact form.
    func load() throws -> AnalysisGraph {
        var view: AnalysisGraph
        if let input, !FileManager.default.fileExists(atPath: input) { throw GraphInputError(file: input, message: "no such file") }
        if let input, try format() == .edgeList {
            guard minEvidence == .inferred else { throw evidenceError }
            let size = (try? FileManager.default.attributesOfItem(atPath: input))?[.size] as? Int ?? 0
            let snapshot = try TerminalProgress.run("reading \(input)", enabled: size > 20_000_000, unit: .bytes) {
                try EdgeListReader.readSnapshot(contentsOf: URL(fileURLWithPath: input), displayName: input, options: .init(directed: directed, weighted: weighted))
            }
            view = AnalysisGraph(snapshot: snapshot)
        } else {
            let graph = try loadKnowledgeGraph()
            // A file that says it is undirected is analysed undirected whatever --directed says.
            view = AnalysisGraph(graph, directed: directed && graph.isDirected)
        }
        view.origin = input ?? dataOptions.data
        return view
    }
}
