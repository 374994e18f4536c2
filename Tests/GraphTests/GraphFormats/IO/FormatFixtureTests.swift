import Foundation
import Testing
import Graph
@testable import GraphFormats

/// Files written by NetworkX, and in Gephi's and yEd's shapes (Resources/formats, made by make_fixtures.py).
@Suite struct FormatFixtureTests {
    static let directory = TestResources.directory.appendingPathComponent("formats")
    private func url(_ name: String) -> URL { Self.directory.appendingPathComponent(name) }

    @Test(arguments: ["networkx_karate.graphml", "networkx_karate.gexf", "networkx_karate_links.json", "networkx_karate_edges.json"])
    func networkxKarateReadsWithTypedAttributes(_ name: String) throws {
        let g = try GraphIO.read(contentsOf: url(name))
        #expect(g.nodeCount == 34 && g.edgeCount == 78 && !g.isDirected)
        let hi = try #require(g.node("0"))
        #expect(hi.kind == .generic)
        #expect(hi.attributes["club"] == .string("Mr. Hi") && hi.attributes["name"] == .string("member 0"))
        #expect(hi.attributes["age_years"] == .int(20) && hi.attributes["officer"] == .bool(true))
        #expect(g.node("7")?.attributes["score"] == .double(1.0))
        #expect(g.edges.allSatisfy { $0.weight != nil })
        #expect(g.attributes["name"] == .string("Zachary's karate club"))
        // and it analyses like NetworkX's own karate graph
        let view = AnalysisGraph(g)
        let ours = try view.graph.betweennessCentrality().values
        let reference = ReferenceGraph.load("karate")
        let byName = Dictionary(uniqueKeysWithValues: zip(view.snapshot.ids.map(\.rawValue), ours))
        #expect(maxDifference(reference.names.map { byName[$0]! }, reference.expected("betweenness")!) < 1e-9)
    }

    @Test(arguments: ["networkx_multi.graphml", "networkx_multi.json"])
    func networkxMultigraphKeepsParallelEdgesKeysAndText(_ name: String) throws {
        let g = try GraphIO.read(contentsOf: url(name))
        #expect(g.isDirected && g.nodeCount == 3 && g.edgeCount == 3)
        #expect(g.node("a")?.label == "quote \" and <tag> & amp" && g.node("a")?.attributes["note"] == .string("line1\nline2"))
        #expect(g.node("b")?.label == "Ünïcödé ✓")
        #expect(g.edges.map(\.key) == ["first", "second", "0"] || g.edges.map(\.key) == ["first", "second", nil] || g.edges.map(\.key) == ["first", "second", "1"])
        #expect(g.edges[0].weight == 1.5 && g.edges[0].attributes["kind_of"] == .string("x") && g.edges[1].weight == 2.5)
    }

    @Test func gephiStyleGraphML() throws {
        let g = try GraphIO.read(contentsOf: url("gephi_style.graphml"))
        #expect(g.nodeCount == 3 && g.edgeCount == 2 && !g.isDirected)
        #expect(g.node("n0")?.label == "Myriel" && g.node("n0")?.attributes["Modularity Class"] == .int(0) && g.node("n0")?.attributes["x"] == .double(-12.5))
        #expect(g.edges[1].weight == 8 && g.edges[1].attributes["Edge Label"] == .string("family"))
        // Gephi numbers every edge; without parallel edges those ids are not multigraph keys (NetworkX keeps them as
        // the data 'id' of a simple graph), so the graph stays simple in node-link output
        #expect(g.edges.allSatisfy { $0.key == nil } && g.edges[1].attributes["id"] == .string("1"))
        #expect(try NodeLinkWriter.write(g).text.contains("\"multigraph\": false"))
    }

    @Test func yEdStyleGraphMLKeepsLabelsAndFlattensGroups() throws {
        let g = try GraphIO.read(contentsOf: url("yed_style.graphml"))
        #expect(g.nodes.map(\.id.rawValue) == ["n0", "n1::n0", "n1"])
        #expect(g.node("n0")?.label == "Start here" && g.node("n0")?.attributes["description"] == .string("the start"))
        #expect(g.node("n1")?.label == "Group A" && g.node("n1::n0")?.label == "Inner")
        #expect(g.edges.count == 1 && g.edges[0].attributes["label"] == .string("goes to") && g.isDirected)
    }

    @Test func exportsOfFixturesReadBackUnchanged() throws {
        for name in ["networkx_karate.graphml", "networkx_multi.graphml", "gephi_style.graphml", "yed_style.graphml", "networkx_karate.gexf", "networkx_multi.json"] {
            let g = try GraphIO.read(contentsOf: url(name))
            for format in [GraphFileFormat.graphml, .nodeLink, .dot, .gexf] {
                let text = try GraphIO.write(g, as: format).text
                let back: KnowledgeGraph
                switch format {
                case .graphml: back = try GraphMLReader.read(data: Data(text.utf8), file: "x")
                case .gexf: back = try GEXFReader.read(data: Data(text.utf8), file: "x")
                case .nodeLink: back = try NodeLinkReader.read(data: Data(text.utf8), file: "x")
                default: back = try DOTReader.read(data: Data(text.utf8), file: "x")
                }
                let expected = format == .dot ? textual(g) : g
                #expect(back.nodes == expected.nodes && back.edges == expected.edges, "\(name) through \(format)")
                if back.nodes != expected.nodes, let pair = zip(back.nodes, expected.nodes).first(where: { $0 != $1 }) { Issue.record("\(pair.0)\n\(pair.1)") }
                if back.edges != expected.edges, let pair = zip(back.edges, expected.edges).first(where: { $0 != $1 }) { Issue.record("\(pair.0)\n\(pair.1)") }
            }
        }
    }
}
