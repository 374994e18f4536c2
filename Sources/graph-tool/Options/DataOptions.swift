import ArgumentParser
import Foundation
import Graph

extension GraphFileFormat: ExpressibleByArgument {}

/// Which graph a command works on: the bundled OSCE 2021 dataset by default, `--data FILE` for another dataset, or
/// `--input FILE` for a graph in any supported format.
struct DataOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("A dataset file in the native format (default: the bundled OSCE 2021 dataset).", valueName: "file"))
    var data: String?

    @Option(name: .long, help: ArgumentHelp("A graph file in any format instead of the dataset: GraphML, GEXF, node-link JSON, DOT, an edge list (u v [w] per line) or a dataset; the format comes from the extension (\(GraphFileFormat.extensionsHelp)).", valueName: "file"))
    var input: String?

    @Option(name: .customLong("input-format"), help: "The format of --input when its extension does not say.")
    var inputFormat: GraphFileFormat?

    func validate() throws {
        if input != nil && data != nil { throw ValidationError("give either --data or --input, not both") }
        if inputFormat != nil && input == nil { throw ValidationError("--input-format needs --input") }
    }

    /// The format of `--input`, or nil without one.
    func format() throws -> GraphFileFormat? {
        guard let input else { return nil }
        if let inputFormat { return inputFormat }
        guard let f = GraphFileFormat(fileExtension: URL(fileURLWithPath: input).pathExtension) else {
            throw ValidationError("cannot tell the format of '\(input)' from its extension; use --input-format (\(GraphFileFormat.allCases.map(\.rawValue).joined(separator: ", ")))")
        }
        return f
    }

    /// The graph as a knowledge graph (edge lists read as undirected and unweighted unless `edgeList` says otherwise).
    func load(edgeList: GraphIO.EdgeListOptions = .init()) throws -> KnowledgeGraph {
        if let input, let format = try format() {
            return try GraphIO.read(contentsOf: URL(fileURLWithPath: input), displayName: input, format: format, edgeList: edgeList)
        }
        if let data {
            return try DatasetReader.read(contentsOf: URL(fileURLWithPath: data), displayName: data)
        }
        return try BundledDataset.load()
    }
}
