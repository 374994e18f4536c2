import ArgumentParser
import Foundation
import Graph


/// The graph of an analysis command (``DataOptions``) and the view it is analysed in.
struct GraphInputOptions: ParsableArguments {
    @OptionGroup var dataOptions: DataOptions

    @Flag(name: .long, help: "Keep edge directions where the default ignores them: the knowledge graph (analysed as an undirected simple graph otherwise, its relations being read both ways) and edge lists (read as undirected otherwise). Other graph files are analysed as they declare themselves.")
    var directed = false

    @Flag(name: .long, help: "Analyse a graph file that declares itself directed (GraphML edgedefault, GEXF defaultedgetype, node-link directed, DOT digraph) as undirected, as NetworkX's G.to_undirected().")
    var undirected = false

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

    func validate() throws {
        if directed && undirected { throw ValidationError("give --directed or --undirected, not both") }
    }

    /// Whether `graph` is analysed directed. A graph of our own kinds and relations (whatever file it came from) is
    /// analysed undirected unless --directed keeps its stored directions: a relation's direction is a reading
    /// direction, not a flow. Any other graph is analysed as its file declares it, as NetworkX reads it, unless
    /// --undirected; --directed on a file that declares an undirected graph is an error, not a silent no-op.
    /// `preferDirected` (strong components) asks for directions wherever the graph has them.
    func analysedDirected(_ graph: KnowledgeGraph, preferDirected: Bool = false) throws -> Bool {
        if undirected { return false }
        if directed && !graph.isDirected && !Diagram.drawsTyped(graph) { throw cannotDirect }
        return AnalysisGraph.analysedDirectedByDefault(graph) || ((directed || preferDirected) && graph.isDirected)
    }

    private var cannotDirect: HintedError {
        HintedError("\(input ?? "the graph") declares an undirected graph; --directed cannot give its edges directions")
    }

    /// The analysis view of a GraphML, GEXF or DOT `--input` of a plain graph, read without the model
    /// (`DataOptions.loadPlainSnapshot`), in the direction ``analysedDirected(_:preferDirected:)`` gives its model (a
    /// generic graph: as the file declares, unless --undirected, whatever a command prefers); nil for any other input,
    /// which ``load(preferDirected:)`` reads. Only for commands that use the view's snapshot alone: the view has no
    /// model to look names up in, to explain paths with or to locate a negative weight by line.
    func loadPlainView() throws -> AnalysisGraph? {
        guard let input, FileManager.default.fileExists(atPath: input), minEvidence == .inferred, let format = try format(),
              let plain = try dataOptions.loadPlainSnapshot(input, format: format) else { return nil }
        if !undirected && directed && !plain.graph.isDirected { throw cannotDirect }
        var view = AnalysisGraph(plain: plain, directed: !undirected && plain.graph.isDirected)
        view.origin = input
        return view
    }

    /// What the analysed view's direction rests on, for headers: `"the undirected view of the knowledge graph"`, …
    func directionNote(_ view: AnalysisGraph) -> String {
        let way = view.graph.isDirected ? "directed" : "undirected"
        guard let knowledge = view.knowledge else { return directed ? "directed, as asked" : "undirected, the edge list default" }
        if Diagram.drawsTyped(knowledge) { return view.graph.isDirected ? "stored directions, as asked" : "relations read both ways; --directed keeps their directions" }
        if undirected { return "\(way), as asked" }
        return "\(way), as the file declares" + (view.graph.isDirected ? "; --undirected ignores it" : "")
    }

    /// Loads the graph in the analysis view (see `AnalysisGraph`). Edge lists go straight to the compact form.
    func load(preferDirected: Bool = false) throws -> AnalysisGraph {
        var view: AnalysisGraph
        if let input, !FileManager.default.fileExists(atPath: input) { throw GraphInputError(file: input, message: "no such file") }
        if let input, let listFormat = try format(), listFormat == .edgeList || listFormat == .edgeListCSV {
            guard minEvidence == .inferred else { throw evidenceError }
            let options = EdgeListReader.Options(directed: (directed || preferDirected) && !undirected, weighted: weighted)
            view = AnalysisGraph(snapshot: try dataOptions.loadEdgeListSnapshot(input, format: listFormat, options: options))
        } else {
            let graph = try loadKnowledgeGraph()
            view = AnalysisGraph(graph, directed: try analysedDirected(graph, preferDirected: preferDirected))
        }
        view.origin = input ?? dataOptions.data
        return view
    }
}
