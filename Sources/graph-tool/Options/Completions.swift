import ArgumentParser
import Foundation
import Graph

/// Shell completion of node names and source keys: the shell asks the tool, which reads the graph the command line
/// names (`--data FILE` or `--input FILE` among the words typed so far, else the bundled dataset) and offers the IDs
/// that start with what was typed. A graph that cannot be read offers nothing.
enum Completions {
    static let nodes = CompletionKind.custom { words, _, prefix in nodeIDs(words: words, prefix: prefix) }
    static let sources = CompletionKind.custom { words, _, prefix in sourceKeys(words: words, prefix: prefix) }

    static func nodeIDs(words: [String], prefix: String) -> [String] {
        guard let graph = graph(words) else { return [] }
        return graph.nodes.map(\.id.rawValue).filter { $0.lowercased().hasPrefix(prefix.lowercased()) }
    }

    static func sourceKeys(words: [String], prefix: String) -> [String] {
        guard let graph = graph(words) else { return [] }
        return graph.sourceKeys.filter { $0.lowercased().hasPrefix(prefix.lowercased()) }
    }

    private static func graph(_ words: [String]) -> KnowledgeGraph? {
        func value(of option: String) -> String? {
            guard let i = words.firstIndex(of: option), i + 1 < words.count else { return nil }
            return words[i + 1]
        }
        if let input = value(of: "--input"), let format = GraphFileFormat(fileExtension: URL(fileURLWithPath: input).pathExtension) {
            return try? GraphIO.read(contentsOf: URL(fileURLWithPath: input), displayName: input, format: format)
        }
        if let data = value(of: "--data") { return try? DatasetReader.read(contentsOf: URL(fileURLWithPath: data)) }
        return try? BundledDataset.load()
    }
}
