import Foundation
import Testing
import Graph
@testable @_spi(Testing) import GraphFormats

/// The round-trip property (``RoundTrip``) over every fixture in the repository and every input the fuzzer found
/// (Resources/fuzz-regressions/READER/): what a reader accepts, each export reads back as the same graph.
@Suite struct RoundTripPropertyTests {
    static let resources = TestResources.directory

    static let inputs: [(URL, GraphFileFormat)] = {
        var list: [(URL, GraphFileFormat)] = []
        let fm = FileManager.default
        func add(_ folder: URL, _ format: GraphFileFormat?) {
            for name in ((try? fm.contentsOfDirectory(atPath: folder.path)) ?? []).sorted() {
                let url = folder.appendingPathComponent(name)
                if let f = format ?? GraphFileFormat(fileExtension: url.pathExtension) { list.append((url, f)) }
            }
        }
        add(resources.appendingPathComponent("formats"), nil)
        add(resources.appendingPathComponent("graphviz-graphs/directed"), .dot)
        add(resources.appendingPathComponent("graphviz-graphs/undirected"), .dot)
        let regressions = resources.appendingPathComponent("fuzz-regressions")
        for (folder, format) in [("dataset", GraphFileFormat.dataset), ("graphml", .graphml), ("gexf", .gexf), ("nodelink", .nodeLink), ("dot", .dot), ("edgelist", .edgeList)] {
            add(regressions.appendingPathComponent(folder), format)
        }
        return list.filter { !$0.0.lastPathComponent.hasSuffix(".py") && !$0.0.lastPathComponent.hasSuffix(".md") && $0.0.lastPathComponent != "fixtures.json" }
    }()

    @Test func theBundledDatasetKeepsTheProperty() throws {
        #expect(RoundTrip.problems(of: try BundledDataset.load()) == [])
    }

    @Test func everyFixtureAndFuzzerFindingKeepsTheProperty() throws {
        #expect(Self.inputs.count > 60)
        for (url, format) in Self.inputs {
            let data = try Data(contentsOf: url)
            // a regression input may be one the reader refuses: then the refusal is the expected outcome
            guard let graph = RoundTrip.read(data, as: format) else { continue }
            let problems = RoundTrip.problems(of: graph)
            #expect(problems.isEmpty, "\(url.lastPathComponent): \(problems)")
        }
    }
}
