import Foundation
import Testing
import Graph
@testable import GraphFormats

/// The trust chain of the bundled dataset: every citation resolves to a source a reader can open, inside the
/// repository or at an address, and the repository refers to nothing outside itself.
@Suite struct DatasetSourcesTests {
    static let repository = TestResources.directory.deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let datasetURL = repository.appendingPathComponent("data/osce-2021.yaml")
    let graph: KnowledgeGraph

    init() throws { graph = try DatasetReader.read(contentsOf: Self.datasetURL, displayName: "data/osce-2021.yaml") }

    @Test func everySourceIsCitedAndEveryCitationResolves() {
        var cited: Set<String> = []
        for c in graph.nodes.flatMap(\.provenance.citations) + graph.edges.flatMap(\.provenance.citations) {
            #expect(graph.sources[c.sourceKey] != nil, "\(c) names no source")
            cited.insert(c.sourceKey)
        }
        #expect(Set(graph.sourceKeys).subtracting(cited).isEmpty, "never cited: \(Set(graph.sourceKeys).subtracting(cited).sorted())")
    }

    @Test func everySourceHasAnAddressOrAFileInTheRepository() {
        for key in graph.sourceKeys {
            let s = graph.sources[key]!
            #expect(s.url != nil || s.path != nil, "\(key) has neither url nor path")
            if let url = s.url { #expect(url.hasPrefix("https://"), "\(key): \(url)") }
        }
        #expect(graph.sources["FS"]?.path == "sources/osce-2021-fact-sheet.md")
    }

    @Test func everyInRepositoryPathExists() {
        let paths = graph.sourceKeys.compactMap { graph.sources[$0]?.path }
        #expect(!paths.isEmpty)
        #expect(DatasetReader.missingSourceFiles(of: graph, datasetURL: Self.datasetURL, displayName: "data/osce-2021.yaml").isEmpty)
        // and the check does fail for a dataset whose file is not there
        let elsewhere = URL(fileURLWithPath: NSTemporaryDirectory()).appendingPathComponent("no-such-folder/osce.yaml")
        let missing = DatasetReader.missingSourceFiles(of: graph, datasetURL: elsewhere, displayName: "x/osce.yaml")
        #expect(missing.map(\.field) == ["sources.FS.path"] && missing.first?.message.contains("x/sources/osce-2021-fact-sheet.md") == true)
    }

    @Test func aPathMayNotLeaveTheDatasetsFolder() {
        for bad in ["/etc/passwd", "../shared/notes.md", "sources/../../x.md"] {
            let text = """
                format: intersection-graph/1
                sources:
                  S1: {title: T, path: "\(bad)"}
                nodes: []
                edges: []
                """
            #expect(throws: GraphInputError.self) { try DatasetReader.read(text: text, file: "t.yaml") }
        }
    }

    /// No file the repository tracks points at the team's shared folder, which a clone does not have.
    @Test func nothingRefersToTheSharedFolderOutsideTheRepository() throws {
        let git = Process()
        git.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        git.arguments = ["git", "-C", Self.repository.path, "ls-files", "-z"]
        let pipe = Pipe()
        git.standardOutput = pipe
        try git.run()
        let listing = pipe.fileHandleForReading.readDataToEndOfFile()
        git.waitUntilExit()
        let files = listing.split(separator: 0).map { String(decoding: $0, as: UTF8.self) }
        #expect(files.count > 100)
        let patterns = ["shared/data-sources", "shared/design", "shared/reference", "shared/bench", "shared/graphviz-graphs", "../shared"]
        var offenders: [String] = []
        for file in files where file != "Tests/GraphTests/GraphFormats/Dataset/DatasetSourcesTests.swift" {
            guard let data = FileManager.default.contents(atPath: Self.repository.appendingPathComponent(file).path),
                  let text = String(data: data, encoding: .utf8) else { continue }
            if patterns.contains(where: { text.contains($0) }) { offenders.append(file) }
        }
        #expect(offenders.isEmpty, "refer to ../shared: \(offenders)")
    }

    /// A copy cut short at a line boundary is refused wherever the cut falls: before `edges:` the field is missing,
    /// inside the edges the cardinalities fail, and the file's last line is itself a required edge.
    @Test func aDatasetCutShortAtALineBoundaryIsRejected() throws {
        let text = try String(contentsOf: Self.datasetURL, encoding: .utf8)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let count = lines.count - (lines.last == "" ? 1 : 0)
        // every 20th line, the half, and each of the last 40 (where only optional lines could be lost)
        let cuts = Set(Array(stride(from: 1, to: count, by: 20)) + [count / 2] + Array((count - 40)..<count))
        for cut in cuts.sorted() {
            let truncated = lines.prefix(cut).joined(separator: "\n") + "\n"
            #expect(throws: GraphInputError.self, "cut after line \(cut) of \(count) was accepted") {
                try DatasetReader.read(text: truncated, file: "cut.yaml")
            }
        }
        #expect(throws: Never.self) { try DatasetReader.read(text: text, file: "whole.yaml") }
    }
}
