import Foundation
import GraphCore

/// Finds and loads the bundled OSCE 2021 dataset (`data/osce-2021.yaml`), wherever the tool is run from.
///
/// Looked up, in order: the SwiftPM resource bundle next to the running executable (what `swift build` and an
/// installed copy of the build folder have), then the source checkout the library was compiled from.
/// Unlike SwiftPM's generated `Bundle.module`, a missing bundle is an error, not a crash.
public enum BundledDataset {
    /// The bundled file's name.
    public static let fileName = "osce-2021.yaml"
    /// The name diagnostics use for the bundled file.
    public static let displayName = "data/osce-2021.yaml"
    static let bundleName = "intersection-graph_GraphFormats.resources"

    /// Where the bundled dataset was found. - Throws: ``GraphInputError`` listing the places searched.
    public static func url() throws(GraphInputError) -> URL {
        let candidates = candidateURLs()
        if let found = candidates.first(where: { FileManager.default.isReadableFile(atPath: $0.path) }) { return found }
        throw GraphInputError(file: displayName, message: "the bundled dataset was not found (searched: \(candidates.map(\.path).joined(separator: ", ")))")
    }

    /// Loads and validates the bundled dataset.
    public static func load() throws(GraphInputError) -> KnowledgeGraph {
        try DatasetReader.read(contentsOf: url(), displayName: displayName)
    }

    static func candidateURLs() -> [URL] {
        var urls: [URL] = []
        var executableDirectories: [URL] = []
        if let exe = Bundle.main.executableURL { executableDirectories.append(exe.resolvingSymlinksInPath().deletingLastPathComponent()) }
        executableDirectories.append(Bundle.main.bundleURL)
        for directory in executableDirectories {
            urls.append(directory.appendingPathComponent(bundleName).appendingPathComponent(fileName))
            urls.append(directory.deletingLastPathComponent().appendingPathComponent(bundleName).appendingPathComponent(fileName))
        }
        // Sources/GraphFormats/Dataset/BundledDataset.swift -> package root -> data/
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        urls.append(root.appendingPathComponent("data").appendingPathComponent(fileName))
        return urls
    }
}
