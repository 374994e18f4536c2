import ArgumentParser
import Foundation
import Graph

/// `--data FILE`: which dataset a command works on (the bundled OSCE 2021 dataset by default).
struct DataOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("A dataset file in the native format (default: the bundled OSCE 2021 dataset).", valueName: "file"))
    var data: String?

    func load() throws -> KnowledgeGraph {
        if let data {
            return try DatasetReader.read(contentsOf: URL(fileURLWithPath: data), displayName: data)
        }
        return try BundledDataset.load()
    }
}
