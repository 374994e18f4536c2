import Foundation
import Testing
import Graph
import GraphvizBridge
@testable import GraphFormats

/// DOT → model → DOT keeps what Graphviz draws: subgraphs (named and anonymous, nested), cluster attributes, rank
/// constraints, local and empty defaults, edge order; proven by Graphviz laying out both files identically.
@Suite struct DOTRoundTripTests {
    static let samples: [URL] = ["directed", "undirected"].flatMap { folder in
        let dir = DOTReaderTests.samples.appendingPathComponent(folder)
        return (try! FileManager.default.contentsOfDirectory(at: dir, includingPropertiesForKeys: nil))
            .filter { $0.pathExtension == "gv" }.sorted { $0.lastPathComponent < $1.lastPathComponent }
    }

    /// `dot -Tplain` of DOT text, in process.
    static func plain(_ dot: Data) throws -> String {
        String(decoding: try GraphvizSession.render(dot: String(decoding: dot, as: UTF8.self), engineName: "dot", formatName: "plain").data, as: UTF8.self)
    }

    static func export(_ text: String, file: String = "input.gv") throws -> String {
        try DOTExporter.write(try DOTReader.read(data: Data(text.utf8), file: file)).text
    }

    /// Same nodes, edges (in order, with every field) and graph data.
    static func same(_ a: KnowledgeGraph, _ b: KnowledgeGraph) -> Bool {
        a.nodes == b.nodes && a.edges == b.edges && a.attributes == b.attributes && a.isDirected == b.isDirected && a.title == b.title
    }

    @Test func everySampleIsLaidOutExactlyAsTheOriginal() throws {
        #expect(Self.samples.count == 61)
        var differing: [String] = []
        for url in Self.samples {
            let name = url.lastPathComponent
            let original = try Data(contentsOf: url)
            let graph = try DOTReader.read(data: original, file: name)
            let exported = try DOTExporter.write(graph).text
            // Graphviz is given text here; Latin1.gv's bytes are Latin-1, so it is given the same text in UTF-8 (the
            // interoperability suite lays out the original bytes with the dot program)
            var source = original
            if name == "Latin1.gv" {
                source = Data(String(data: original, encoding: .isoLatin1)!.replacingOccurrences(of: "charset=latin1", with: "charset=\"UTF-8\"").utf8)
                #expect(source != original)
            }
            if try Self.plain(source) != Self.plain(Data(exported.utf8)) { differing.append(name) }
            // and the export is a fixed point: reading it gives the same graph, writing that the same text
            let again = try DOTReader.read(data: Data(exported.utf8), file: name)
            #expect(Self.same(again, graph), "\(name): the export reads back as a different graph")
            #expect(try DOTExporter.write(again).text == exported, "\(name): a second export differs")
        }
        #expect(differing == [], "laid out differently after export: \(differing)")
    }

    @Test func subgraphsOfEveryKindComeBack() throws {
        let text = """
        digraph G {
          node [label=""]; edge [color=gray]
          subgraph cluster_outer { label="Outer"; color=blue; style=dashed
            node [shape=box]
            a; b
            subgraph cluster_inner { label="Inner"; c -> d [label="in"] }
            a -> b
          }
          { rank=same; e; f }
          subgraph side { edge [style=dotted]; e -> f }
          x -> e
        }
        """
        let graph = try DOTReader.read(data: Data(text.utf8), file: "g.gv")
        #expect(graph.node("c")?.attributes["cluster"] == .string("cluster_inner"))
        #expect(graph.node("a")?.attributes["cluster"] == .string("cluster_outer"))
        #expect(graph.node("e")?.attributes["cluster"] == nil)
        let exported = try DOTExporter.write(graph).text
        #expect(exported.contains("subgraph \"cluster_outer\" {\n    graph [\"color\"=\"blue\", \"label\"=\"Outer\", \"style\"=\"dashed\"];\n    node [\"shape\"=\"box\"];"))
        #expect(exported.contains("    subgraph \"cluster_inner\" {\n      graph [\"label\"=\"Inner\"];"))
        #expect(exported.contains("  subgraph {\n    graph [\"rank\"=\"same\"];\n    \"e\";\n    \"f\";\n  }"))
        #expect(exported.contains("  subgraph \"side\" {\n    edge [\"style\"=\"dotted\"];"))
        #expect(exported.contains("node [\"label\"=\"\"]"))
        #expect(exported.hasPrefix("strict digraph \"G\" {\n  graph [\"charset\"=\"UTF-8\"];"))
        #expect(try Self.plain(Data(text.utf8)) == Self.plain(Data(exported.utf8)))
        #expect(Self.same(try DOTReader.read(data: Data(exported.utf8), file: "back.gv"), graph))
    }

    @Test func edgesKeepTheirOrderAcrossAReopenedSubgraph() throws {
        let text = "digraph { subgraph cluster_a { a -> b } c -> d; subgraph cluster_a { b -> c } d -> a }"
        let graph = try DOTReader.read(data: Data(text.utf8), file: "g.gv")
        let exported = try DOTExporter.write(graph).text
        let back = try DOTReader.read(data: Data(exported.utf8), file: "back.gv")
        #expect(back.edges.map { "\($0.source)\($0.target)" } == ["ab", "cd", "bc", "da"])
        #expect(Self.same(back, graph))
        #expect(exported.components(separatedBy: "subgraph \"cluster_a\"").count == 3)
    }

    @Test func anEdgeInTheScopeOfALocalDefaultKeepsTheRootsValue() throws {
        // the edge is declared inside 'side', whose default is dotted, but has the root's (no style) in the file
        let text = "digraph { subgraph side { edge [style=dotted] a -> b [style=\"\"] } }"
        let graph = try DOTReader.read(data: Data(text.utf8), file: "g.gv")
        let back = try DOTReader.read(data: Data(try DOTExporter.write(graph).text.utf8), file: "back.gv")
        #expect(Self.same(back, graph))
        #expect(back.edges[0].attributes["style"] == nil)
    }

    @Test func strictOnlyForSimpleGraphsAndTheCharsetIsUTF8() throws {
        #expect(try Self.export("graph { a -- b; a -- a }").hasPrefix("strict graph {"))
        #expect(try Self.export("graph { a -- b; b -- a }").hasPrefix("graph {"))
        #expect(try Self.export("digraph { a -> b; b -> a }").hasPrefix("strict digraph {"))
        let latin1 = Data("digraph { charset=latin1; a [label=\"caf".utf8) + Data([0xE9]) + Data("\"] }".utf8)
        let exported = try DOTExporter.write(try DOTReader.read(data: latin1, file: "l.gv")).text
        #expect(exported.contains("\"charset\"=\"UTF-8\"") && exported.contains("\"label\"=\"café\""))
    }

    @Test func undirectedParallelEdgesGetKeysFreeInBothDirections() throws {
        // Graphviz names an undirected edge by its unordered ends and key: the fuzzer found b -- a [key=1] merging
        // into a -- b [key=1] on the way back
        let text = "graph { a -- b; b -- a; a -- b; b -- a; a -- b [key=\"3\"]; a -- b }"
        let graph = try DOTReader.read(data: Data(text.utf8), file: "g.gv")
        #expect(graph.edgeCount == 6)
        #expect(graph.edges.map { $0.key ?? "-" } == ["-", "-", "1", "2", "3", "4"])
        let back = try DOTReader.read(data: Data(try DOTExporter.write(graph).text.utf8), file: "back.gv")
        #expect(Self.same(back, graph))
        // and a graph from elsewhere whose keys DOT would merge is refused, not written short
        var g = KnowledgeGraph(isDirected: false)
        for id in ["a", "b"] { try g.add(Node(id: NodeID(id), kind: .generic, label: id, provenance: .unspecified)) }
        try g.add(Edge(source: "a", relation: .linked, target: "b", provenance: .unspecified, key: "k"))
        try g.add(Edge(source: "b", relation: .linked, target: "a", provenance: .unspecified, key: "k"))
        #expect(throws: GraphWriteError.self) { try DOTExporter.write(g) }
    }

    @Test func aSubgraphTreeTheGraphCannotHoldIsRefused() throws {
        var graph = try DOTReader.read(data: Data("digraph { subgraph cluster_a { a -> b } c }".utf8), file: "g.gv")
        func refusal(_ tree: String) -> String? {
            var g = graph
            g.attributes[DOTSubgraph.attribute] = .string(tree)
            do { _ = try DOTExporter.write(g); return nil } catch { return error.description }
        }
        #expect(refusal("{")?.contains("is not JSON") == true)
        #expect(refusal(#"[{"name": "cluster_a", "nodes": ["a", "b", "zz"]}]"#)?.contains("lists the node 'zz'") == true)
        #expect(refusal(#"[{"name": "cluster_a", "nodes": ["a", "b"], "edges": [["b", "a"]]}]"#)?.contains("lists the edge b → a") == true)
        #expect(refusal(#"[{"name": "x", "nodes": ["a"]}, {"name": "x"}]"#)?.contains("two subgraphs are named 'x'") == true)
        #expect(refusal(#"[{"name": "cluster_b", "nodes": ["a", "b"]}]"#)?.contains("node 'a' has the attribute cluster=cluster_a") == true)
        #expect(refusal(#"[{"name": "cluster_a", "nodes": ["a", "b"], "colour": 1}]"#)?.contains("unknown field 'colour'") == true)
        // the tree the reader wrote is accepted, and a cluster attribute alone still draws its box
        #expect(refusal(#"[{"name": "cluster_a", "nodes": ["a", "b"], "edges": [["a", "b"]]}]"#) == nil)
        graph.attributes[DOTSubgraph.attribute] = nil
        #expect(try DOTExporter.write(graph).text.contains("subgraph \"cluster_a\" {\n    \"a\";\n    \"b\";"))
    }

    @Test func theTreeIsKeptOnlyWhenTheClusterAttributesDoNotSayIt() throws {
        let flat = try DOTReader.read(data: Data("graph { subgraph cluster_a { a; b } c }".utf8), file: "g.gv")
        #expect(flat.attributes[DOTSubgraph.attribute] == nil)
        let ranked = try DOTReader.read(data: Data("graph { { rank=same; a; b } }".utf8), file: "g.gv")
        #expect(ranked.attributes[DOTSubgraph.attribute] == .string(#"[{"graph":{"rank":"same"},"nodes":["a","b"]}]"#))
    }
}
