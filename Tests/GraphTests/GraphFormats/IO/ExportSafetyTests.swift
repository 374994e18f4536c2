import Foundation
import Testing
import Graph
import GraphvizBridge
@testable @_spi(Testing) import GraphFormats

/// Exports either read back as the same graph or refuse with an error naming what they cannot write; no value can
/// add statements to exported DOT.
@Suite struct ExportSafetyTests {
    private func generic(_ ids: [String], attributes: [String: AttributeValue] = [:]) throws -> KnowledgeGraph {
        var g = KnowledgeGraph(isDirected: true)
        for id in ids { try g.add(Node(id: NodeID(id), kind: .generic, label: id, provenance: .unspecified, attributes: attributes)) }
        return g
    }

    private func problems(_ error: Error) -> [String] { (error as? GraphWriteError)?.problems ?? ["not a GraphWriteError: \(error)"] }

    @Test func nodeLinkRefusesAttributesNamedLikeItsOwnFields() throws {
        let g = try generic(["a"], attributes: ["id": .string("other")])
        do { _ = try NodeLinkWriter.write(g); Issue.record("written") } catch {
            #expect(error.problems == ["node 'a' has an attribute named 'id', node-link's own node ID field"])
        }
        var h = try generic(["a", "b"])
        try h.add(Edge(source: "a", relation: .linked, target: "b", provenance: .unspecified, attributes: ["source": .string("x")]))
        #expect(throws: GraphWriteError.self) { try NodeLinkWriter.write(h) }
    }

    @Test func xmlFormatsRefuseCharactersXMLCannotCarryInsteadOfMergingIDs() throws {
        let g = try generic(["a\u{1}", "a\u{2}"])
        for format in [GraphFileFormat.graphml, .gexf] {
            do { _ = try GraphIO.write(g, as: format); Issue.record("\(format) written") } catch {
                #expect(problems(error).first == "node ID 'a\u{1}': holds U+0001, which XML 1.0 cannot carry")
            }
        }
        // node-link JSON and the dataset format carry them
        let nodeLink = try GraphIO.write(g, as: .nodeLink).text
        #expect(RoundTrip.read(Data(nodeLink.utf8), as: .nodeLink)?.nodes.map(\.id) == ["a\u{1}", "a\u{2}"])
    }

    @Test func dotRefusesWhatItCannotWriteExactly() throws {
        let g = try generic(["a\\", "a\\\\"])
        do { _ = try DOTExporter.write(g); Issue.record("written") } catch {
            #expect(problems(error).first?.hasPrefix("node ID 'a\\': has no exact DOT form") == true)
        }
        var keyed = try generic(["a", "b"])
        try keyed.add(Edge(source: "a", relation: .linked, target: "b", provenance: .unspecified, attributes: ["key": .string("k")]))
        #expect(throws: GraphWriteError.self) { try DOTExporter.write(keyed) }
    }

    @Test func emptyLabelsAndEmptyGraphsRoundTripThroughTheDatasetFormat() throws {
        var g = KnowledgeGraph(isDirected: true)
        try g.add(Node(id: "a", kind: .generic, label: "", provenance: .unspecified))
        for graph in [g, KnowledgeGraph(isDirected: false)] {
            let text = try DatasetWriter.write(graph).text
            let back = try DatasetReader.read(text: text, file: "x.yaml")
            #expect(back.nodes.map(\.label) == graph.nodes.map(\.label) && back.isDirected == graph.isDirected)
        }
        // a typed node still needs a label
        let typed = "format: intersection-graph/1\nsources: {S: {title: t}}\nnodes:\n  - {id: p, kind: practice, label: \"\", evidence: context, sources: [S]}\nedges: []\n"
        #expect(throws: GraphInputError.self) { try DatasetReader.read(text: typed, file: "t.yaml") }
    }

    /// A dataset attribute given as `{html: …}` that tries to close the HTML-like value and add a node that makes
    /// `dot` open a file.
    @Test func htmlAttributesCannotInjectDOT() throws {
        let evil = "x> ]; evil [image=\"/etc/passwd\"]; y [label=<z"
        let dataset = """
            format: intersection-graph/1
            sources: {S: {title: t}}
            nodes:
              - {id: a, kind: generic, label: a, evidence: context, sources: [S], attributes: {label: {html: '\(evil)'}}}
            edges: []
            """
        let g = try DatasetReader.read(text: dataset, file: "evil.yaml")
        do { _ = try DOTExporter.write(g); Issue.record("written") } catch {
            #expect(problems(error).first?.contains("do not balance") == true)
        }
        // the drawing path writes it as quoted text: Graphviz sees one node and no image
        var dot = DOTGraph(directed: true)
        dot.nodes = [DOTGraph.Node(id: "a", attributes: ["label": .html(evil)])]
        let parsed = try GraphvizSession.parse(dot: Data(DOTWriter.write(dot).utf8))
        #expect(parsed.nodes.map(\.name) == ["a"] && parsed.nodes[0].attributes["image"] == nil)
        #expect(parsed.nodes[0].attributes["label"] == ParsedDOTGraph.Value(text: evil, isHTML: false))
        // balanced HTML stays HTML
        var fine = DOTGraph(directed: true)
        fine.nodes = [DOTGraph.Node(id: "b", attributes: ["label": .html("<b>x</b>")])]
        #expect(DOTWriter.write(fine).contains("\"label\"=<<b>x</b>>"))
    }
}
