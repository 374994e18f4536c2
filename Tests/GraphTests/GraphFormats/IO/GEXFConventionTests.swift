import Foundation
import Testing
import Graph
@testable import GraphFormats

/// The GEXF conventions GEXFWriter and GEXFReader document: edge ids, multigraph keys as `networkx_key`, graph data in
/// `<meta>`, the two versions. Schema validity and NetworkX's reading are checked by the interoperability suite
/// (Tests/Interop), against the real schema files and the real client.
@Suite struct GEXFConventionTests {
    private func gexf(_ edges: String, directed: Bool = false, declarations: String = "") -> Data {
        Data("""
            <?xml version="1.0" encoding="UTF-8"?>
            <gexf xmlns="http://gexf.net/1.3" version="1.3"><meta><description>A graph</description></meta>
            <graph defaultedgetype="\(directed ? "directed" : "undirected")">\(declarations)
            <nodes><node id="a" label="a"/><node id="b" label="b"/><node id="c" label="c"/></nodes>
            <edges>\(edges)</edges></graph></gexf>
            """.utf8)
    }

    @Test func idsThatNumberTheEdgesAreNotData() throws {
        let g = try GEXFReader.read(data: gexf(#"<edge id="0" source="a" target="b"/><edge id="1" source="b" target="c"/>"#), file: "g.gexf")
        #expect(g.edges.allSatisfy { $0.key == nil && $0.attributes["id"] == nil })
        #expect(g.title == "A graph")
    }

    @Test func otherIdsAreKeptAsTheIdAttribute() throws {
        let g = try GEXFReader.read(data: gexf(#"<edge id="e7" source="a" target="b"/><edge id="e9" source="b" target="c"/>"#), file: "g.gexf")
        #expect(g.edges.map { $0.attributes["id"] } == [.string("e7"), .string("e9")])
        #expect(g.edges.allSatisfy { $0.key == nil })
        let back = try GEXFReader.read(data: Data(try GEXFWriter.write(g).text.utf8), file: "back.gexf")
        #expect(back.edges == g.edges)
        #expect(try GEXFWriter.write(g).text.contains(#"<edge id="e7" source="a" target="b">"#))
    }

    @Test func networkxKeyIsTheMultigraphKey() throws {
        let declarations = #"<attributes class="edge"><attribute id="0" title="networkx_key" type="long"/></attributes>"#
        let edges = """
            <edge id="0" source="a" target="b"><attvalues><attvalue for="0" value="0"/></attvalues></edge>
            <edge id="1" source="a" target="b"><attvalues><attvalue for="0" value="1"/></attvalues></edge>
            <edge id="2" source="b" target="c"><attvalues><attvalue for="0" value="0"/></attvalues></edge>
            """
        let g = try GEXFReader.read(data: gexf(edges, declarations: declarations), file: "m.gexf")
        #expect(g.edges.map(\.key) == ["0", "1", "0"])
        #expect(g.edges.allSatisfy { $0.attributes.isEmpty })
        // written back: unique ids, keys as networkx_key (so keys reused across pairs are not duplicate ids)
        let text = try GEXFWriter.write(g).text
        #expect(text.contains(#"<attribute id="0" title="networkx_key" type="string"/>"#))
        #expect(["0", "1", "2"].allSatisfy { text.contains("<edge id=\"\($0)\"") })
        #expect(try GEXFReader.read(data: Data(text.utf8), file: "back.gexf").edges == g.edges)
    }

    @Test func parallelEdgesWithoutKeysAreToldApartByTheirIds() throws {
        // Gephi's way: parallel edges distinguished only by id
        let g = try GEXFReader.read(data: gexf(#"<edge id="0" source="a" target="b"/><edge id="1" source="a" target="b"/><edge id="2" source="b" target="c"/>"#, directed: true), file: "p.gexf")
        #expect(g.edges.map(\.key) == ["0", "1", nil])
    }

    @Test func anEdgeAttributeNamedLikeTheKeyFieldIsRefused() throws {
        var g = KnowledgeGraph(isDirected: false)
        try g.add(Node(id: "a", kind: .generic, label: "a", provenance: .unspecified))
        try g.add(Edge(source: "a", relation: .linked, target: "a", provenance: .unspecified, attributes: ["networkx_key": .int(1)]))
        #expect(throws: GraphWriteError.self) { try GEXFWriter.write(g) }
    }

    @Test(arguments: GEXFWriter.Version.allCases) func eachVersionNamesItsNamespaceAndPlacesViz(_ version: GEXFWriter.Version) throws {
        var g = KnowledgeGraph(isDirected: true, title: "T & U")
        g.attributes = ["name": .string("n")]
        try g.add(Node(id: "a", kind: .generic, label: "a", provenance: .unspecified,
                       attributes: ["viz.color": .string("10,20,30"), "viz.size": .double(2), "viz.shape": .string("hexagon")]))
        let written = try GEXFWriter.write(g, version: version)
        let text = written.text
        #expect(text.contains("version=\"\(version.rawValue)\"") && text.contains(version == .v1_2 ? "http://www.gexf.net/1.2draft" : "http://gexf.net/1.3"))
        #expect(text.contains(version == .v1_2 ? #"<viz:color r="10" g="20" b="30"/>"# : #"<color r="10" g="20" b="30"/>"#))
        #expect(text.contains("<description>T &amp; U</description>") && !text.contains("name="))
        #expect(written.notKept.contains { $0.hasPrefix("graph attribute name ") })
        // a shape the schema does not list stays an ordinary attribute; the rest reads back as written
        let back = try GEXFReader.read(data: Data(text.utf8), file: "v.gexf")
        #expect(back.node("a")?.attributes == g.node("a")?.attributes)
        #expect(back.title == "T & U" && back.isDirected)
    }
}
