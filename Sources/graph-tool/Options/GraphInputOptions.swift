import ArgumentParser
import Foundation
import Graph

extension NodeKind: ExpressibleByArgument {}

/// Where an analysis command gets its graph: the bundled dataset, `--data` (a dataset file) or `--input` (another
/// graph file), and the view it analyses.
struct GraphInputOptions: ParsableArguments {
    @OptionGroup var dataOptions: DataOptions

    @Option(name: .long, help: ArgumentHelp("A graph file to analyse instead of the dataset: an edge list (u v [w] per line) or a dataset (.yaml).", valueName: "file"))
    var input: String?

    @Flag(name: .long, help: "Keep edge directions. The knowledge graph is otherwise analysed as an undirected simple graph; edge lists are read as undirected.")
    var directed = false

    @Flag(name: .long, help: "Use edge weights (the third column of an edge list): lengths for path-based measures, strengths for PageRank, eigenvector, Katz and HITS.")
    var weighted = false

    func validate() throws {
        if input != nil && dataOptions.data != nil { throw ValidationError("give either --data or --input, not both") }
    }

    /// Loads the graph in the analysis view (see `AnalysisGraph`).
    func load() throws -> AnalysisGraph {
        if let input {
            let url = URL(fileURLWithPath: input)
            if ["yaml", "yml"].contains(url.pathExtension.lowercased()) {
                return AnalysisGraph(try DatasetReader.read(contentsOf: url, displayName: input), directed: directed)
            }
            let snapshot = try EdgeListReader.read(contentsOf: url, displayName: input,
                                                   options: .init(directed: directed, weighted: weighted))
            return AnalysisGraph(snapshot: snapshot)
        }
        return AnalysisGraph(try dataOptions.load(), directed: directed)
    }
}
