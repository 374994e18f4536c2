import Foundation
import Testing
import Graph
import GraphvizBridge
@testable import GraphRendering
@testable import GraphFormats

/// A layout depends on the DOT text only, not on what the process did before: Graphviz orders subgraphs by object ID,
/// and its default IDs are heap addresses, so two renders of one clustered graph in one process could differ
/// (the shim's ordered ID discipline numbers objects as they are created instead).
@Suite struct LayoutDeterminismTests {
    static func plain(_ text: String) throws -> String {
        String(decoding: try GraphvizSession.render(dot: text, engineName: "dot", formatName: "plain").data, as: UTF8.self)
    }

    @Test func aClusteredViewIsLaidOutTheSameWhateverCameBefore() throws {
        let graph = try BundledDataset.load()
        var request = DiagramRequest()
        request.clusterAreas = true
        let text = DOTWriter.write(try DiagramBuilder.diagram(of: graph, request))
        #expect(text.components(separatedBy: "subgraph \"cluster").count > 3)
        let samples = ["directed/clust2.gv", "directed/proc3d.gv", "undirected/Heawood.gv"].map { DOTReaderTests.samples.appendingPathComponent($0) }
        var layouts = Set<String>()
        for round in 0..<4 {
            layouts.insert(try Self.plain(text))
            // other work in between: parses and layouts of other graphs
            for url in samples {
                _ = try DOTReader.read(contentsOf: url)
                if round % 2 == 0 { _ = try Self.plain(String(decoding: try Data(contentsOf: url), as: UTF8.self)) }
            }
        }
        #expect(layouts.count == 1)
    }

    @Test func subgraphNamesAndHTMLNamesStayWhatTheFileSays() throws {
        let parsed = try GraphvizSession.parse(dot: Data("digraph { subgraph cluster_b { <x> } subgraph cluster_a { y } { z } }".utf8))
        #expect(parsed.subgraphs.map(\.name) == ["cluster_b", "cluster_a", nil])
        #expect(parsed.nodes.map(\.name) == ["x", "y", "z"])
        #expect(try Self.plain("digraph { <b> -> c }").contains("node <b> "))
    }
}
