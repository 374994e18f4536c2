import Foundation
import Testing
import Graph
@testable import GraphFormats

/// Field-by-field equality of two knowledge graphs (order included).
func expectSameGraph(_ a: KnowledgeGraph, _ b: KnowledgeGraph, sourceLocation: SourceLocation = #_sourceLocation) {
    #expect(a.nodes == b.nodes, "nodes differ", sourceLocation: sourceLocation)
    if a.nodes != b.nodes {
        for (x, y) in zip(a.nodes, b.nodes) where x != y { Issue.record("first differing node:\n\(x)\n\(y)", sourceLocation: sourceLocation); break }
    }
    #expect(a.edges == b.edges, "edges differ", sourceLocation: sourceLocation)
    if a.edges != b.edges {
        for (x, y) in zip(a.edges, b.edges) where x != y { Issue.record("first differing edge:\n\(x)\n\(y)", sourceLocation: sourceLocation); break }
    }
    #expect(a.sourceKeys == b.sourceKeys && a.sources == b.sources, "bibliographies differ", sourceLocation: sourceLocation)
    #expect(a.title == b.title && a.isDirected == b.isDirected && a.attributes == b.attributes, sourceLocation: sourceLocation)
}

@Suite struct DatasetWriterTests {
    @Test func theBundledDatasetRoundTripsExactly() throws {
        let graph = try BundledDataset.load()
        let text = try DatasetWriter.write(graph).text
        let again = try DatasetReader.read(text: text, file: "written.yaml")
        expectSameGraph(graph, again)
        #expect(try DatasetWriter.write(again).text == text)
    }

    @Test func awkwardTextAndAttributesRoundTrip() throws {
        var g = KnowledgeGraph(isDirected: false, title: "yes")
        g.attributes = ["n": .int(3), "x": .double(0.5), "flag": .bool(true), "name": .string("123"), "h": .html("<b>x</b>")]
        try g.add(Source(key: "S1", title: "title: with colon # and hash", author: "O'Brien \"quoted\"", year: 2020, url: "http://x/y?a=b&c"))
        let p = Provenance(evidence: .context, citations: [Citation(sourceKey: "S1", locator: "p. 3, §2")])
        try g.add(Node(id: "a", kind: .generic, label: "two\nlines\ttab \\ back", provenance: p, attributes: ["true": .string("false"), "num": .string("1e5")]))
        try g.add(Node(id: "b", kind: .generic, label: "null", provenance: .unspecified))
        try g.add(Edge(source: "a", relation: .linked, target: "b", provenance: p, weight: 2.5, key: "k1", attributes: ["w": .int(-4)]))
        try g.add(Edge(source: "a", relation: .linked, target: "b", provenance: p, weight: 2.5, key: "k2"))
        let text = try DatasetWriter.write(g).text
        let back = try DatasetReader.read(text: text, file: "x.yaml")
        #expect(back.nodes[1].provenance.citations == [Citation(sourceKey: DatasetWriter.importedSourceKey)])
        #expect(back.sources[DatasetWriter.importedSourceKey] != nil)
        var expected = g
        try expected.update(Node(id: "b", kind: .generic, label: "null", provenance: Provenance(evidence: .inferred, citations: [Citation(sourceKey: "IMPORTED")])))
        #expect(back.nodes == expected.nodes && back.edges == expected.edges && back.attributes == g.attributes && back.title == "yes" && !back.isDirected)
    }

    @Test func unrepresentableGraphsAreRefused() throws {
        var g = KnowledgeGraph()
        try g.add(Node(id: "trailing space ", kind: .generic, label: "x", provenance: .unspecified))
        #expect(throws: GraphWriteError.self) { try DatasetWriter.write(g).text }
    }
}

/// The native format holds the IDs real graphs have and numbers that are not finite.
@Suite struct DatasetAnyIDTests {
    @Test func awkwardIDsAndNonFiniteNumbersRoundTrip() throws {
        var g = KnowledgeGraph(isDirected: false)
        let ids = ["Evelyn Jefferson", "#1", "a: b", "- dash", "[x]", "yes", "1.5", "quote \" and \\ backslash", "日本 語", "007"]
        for (i, id) in ids.enumerated() {
            try g.add(Node(id: NodeID(id), kind: .generic, label: id, provenance: .unspecified,
                           attributes: ["x": .double([Double.infinity, -.infinity, 2.5][i % 3])]))
        }
        try g.add(Node(id: "n", kind: .generic, label: "n", provenance: .unspecified, attributes: ["x": .double(.nan)]))
        for (a, b) in zip(ids, ids.dropFirst()) { try g.add(Edge(source: NodeID(a), relation: .linked, target: NodeID(b), provenance: .unspecified)) }
        let text = try DatasetWriter.write(g).text
        #expect(text.contains("x: .inf") && text.contains("x: -.inf") && text.contains("x: .nan"))
        let back = try DatasetReader.read(text: text, file: "any.yaml")
        #expect(back.nodes.map(\.id.rawValue) == ids + ["n"])
        #expect(back.nodes.prefix(3).map { $0.attributes["x"] } == [.double(.infinity), .double(-.infinity), .double(2.5)])
        if case .double(let d)? = back.node("n")?.attributes["x"] { #expect(d.isNaN) } else { Issue.record("nan did not come back as a number") }
        #expect(back.edgeCount == ids.count - 1)
        #expect(try DatasetWriter.write(back).text == text)
    }

    @Test func idsNoReaderCouldTellApartAreRefused() throws {
        for id in ["", " padded", "tab\tinside", "line\nbreak"] {
            var g = KnowledgeGraph(isDirected: false)
            try g.add(Node(id: NodeID(id), kind: .generic, label: "x", provenance: .unspecified))
            #expect(throws: GraphWriteError.self, "\(id.debugDescription)") { try DatasetWriter.write(g) }
        }
    }
}
