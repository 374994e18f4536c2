import Foundation
import Testing
import Graph
@testable import GraphRendering
@testable import GraphFormats

/// Your own graphs: focus, depth, sizes, colours and filters on graphs without kinds, their own DOT styling kept,
/// and nothing invented.
@Suite struct GenericDiagramTests {
    static let clustered = """
        digraph G {
          rankdir=LR;
          node [shape=ellipse];
          subgraph cluster_a { label="Team A"; color=red; x; y }
          subgraph cluster_b { label="Team B"; z }
          x -> y [label="knows", color=blue];
          y -> z [weight=3];
          z [shape=box, fillcolor=yellow, style=filled];
        }
        """

    static func read(_ text: String, as format: GraphFileFormat = .dot) throws -> KnowledgeGraph {
        try GraphIO.read(data: Data(text.utf8), file: "test.\(format == .dot ? "gv" : "edges")", format: format)
    }

    @Test func aDOTFilesOwnStylingAndClustersAreKept() throws {
        let dot = try Diagram(of: try Self.read(Self.clustered)).dot
        #expect(dot.contains("\"rankdir\"=\"LR\""))
        #expect(dot.contains("subgraph \"cluster_a\" {\n    graph [\"color\"=\"red\", \"label\"=\"Team A\"];"))
        #expect(dot.contains("subgraph \"cluster_b\" {\n    graph [\"label\"=\"Team B\"];"))
        #expect(dot.contains("\"z\" [\"fillcolor\"=\"yellow\", \"label\"=\"z\", \"shape\"=\"box\", \"style\"=\"filled\"]"))
        #expect(dot.contains("\"x\" -> \"y\" [\"color\"=\"blue\", \"label\"=\"knows\"]"))
        let svg = String(decoding: try Diagram(of: try Self.read(Self.clustered)).render(to: .svg).data, as: UTF8.self)
        #expect(svg.contains(">Team A</text>") && svg.contains(">Team B</text>") && svg.contains(">knows</text>"))
    }

    @Test func nestedClustersAndRankConstraintsAreDrawnAsTheFileHasThem() throws {
        let text = """
            digraph { subgraph cluster_outer { label="Outer"; subgraph cluster_inner { label="Inner"; a; b } c }
                      { rank=same; d; e } a -> b -> c -> d; c -> e }
            """
        let dot = try Diagram(of: try Self.read(text)).dot
        #expect(dot.contains("  subgraph \"cluster_outer\" {\n    graph [\"label\"=\"Outer\"];\n    \"c\";\n    subgraph \"cluster_inner\" {\n      graph [\"label\"=\"Inner\"];\n      \"a\";\n      \"b\";\n    }\n  }"))
        #expect(dot.contains("  subgraph {\n    graph [\"rank\"=\"same\"];\n    \"d\";\n    \"e\";\n  }"))
        // a focus keeps only the subgraphs that still hold a node drawn
        var request = GenericDiagramRequest()
        request.focus = "d"
        let focused = DOTWriter.write(try GenericDiagramBuilder.diagram(of: try Self.read(text), request))
        #expect(focused.contains("cluster_outer") && !focused.contains("cluster_inner"))
    }

    @Test func nothingIsInvented() throws {
        // a DOT layout weight and an edge list's weights are data, not labels: no edge gets a label it did not bring
        let dot = try Diagram(of: try Self.read(Self.clustered)).dot
        #expect(dot.contains("\"y\" -> \"z\" [\"tooltip\"=\"weight 3\"]"))
        let weighted = try Diagram(of: try Self.read("a b 1\nb c 2.5\n", as: .edgeList)).dot
        #expect(!weighted.contains("\"label\"=\"1\"") && !weighted.contains("\"label\"=\"2.5\""))
    }

    @Test func focusDepthAndSizesWorkOnAnEdgeList() throws {
        let graph = try Self.read("a b\nb c\nc d\nd e\nx y\n", as: .edgeList)
        var view = DiagramView()
        view.focus = "c"
        view.depth = 1
        #expect(try Diagram(of: graph, view: view).nodeCount == 3)
        view.depth = 2
        #expect(try Diagram(of: graph, view: view).nodeCount == 5)
        view.focus = nil
        view.sizeBy = .degree
        let sized = try Diagram(of: graph, view: view)
        #expect(sized.dot.contains("node size: degree") && sized.nodeCount == 7)
        #expect(sized.dot.contains("\"c\" [\"fontsize\"=\"18\", \"height\"=\"1.2\", \"label\"=\"c\", \"width\"=\"2.2\"]"))
    }

    @Test func colourByAttributeOrCommunityAndFilterByValue() throws {
        var graph = KnowledgeGraph(isDirected: false)
        for (id, team) in [("a", "red"), ("b", "red"), ("c", "blue"), ("d", "blue"), ("e", "green")] {
            try graph.add(Node(id: NodeID(id), kind: .generic, label: id.uppercased(), provenance: .unspecified, attributes: ["team": .string(team)]))
        }
        for (s, t) in [("a", "b"), ("b", "c"), ("c", "d"), ("d", "e")] {
            try graph.add(Edge(source: NodeID(s), relation: .linked, target: NodeID(t), provenance: .unspecified))
        }
        var view = DiagramView()
        view.colorBy = "team"
        let byTeam = try Diagram(of: graph, view: view).dot
        // groups sorted: blue, green, red -> the first three palette colours, one legend entry each
        #expect(byTeam.contains("\"a\" [\"fillcolor\"=\"#009E73\", \"label\"=\"A\", \"style\"=\"filled\"]"))
        #expect(byTeam.contains("\"c\" [\"fillcolor\"=\"#E69F00\", \"label\"=\"C\", \"style\"=\"filled\"]"))
        #expect(byTeam.contains("team = blue") && byTeam.contains("team = green") && byTeam.contains("team = red"))
        view.colorBy = "community"
        let byCommunity = try Diagram(of: graph, view: view).dot
        #expect(byCommunity.contains("community 1"))
        view.colorBy = "nope"
        #expect(throws: DiagramError.unknownAttribute("nope")) { try Diagram(of: graph, view: view) }
        view.colorBy = nil
        view.filter = ["team": "RED"]
        #expect(try Diagram(of: graph, view: view).nodeCount == 2)
        view.filter = ["team": "purple"]
        #expect(throws: DiagramError.nothingToDraw) { try Diagram(of: graph, view: view) }
        view.filter = [:]
        view.areas = ["x"]
        #expect(throws: DiagramError.needsTypedNodes) { try Diagram(of: graph, view: view) }
    }
}
