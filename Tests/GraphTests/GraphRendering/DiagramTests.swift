import Foundation
import Testing
import Graph

/// The public façade: views composed, the layout policy applied, errors for views a graph cannot answer.
@Suite struct DiagramTests {
    @Test func theLayoutPolicyGoesBySize() {
        #expect(LayoutPolicy.engine(nodes: 80, edges: 100) == .dot)
        #expect(LayoutPolicy.engine(nodes: 81, edges: 100) == .neato)
        #expect(LayoutPolicy.engine(nodes: 800, edges: 2500) == .neato)
        #expect(LayoutPolicy.engine(nodes: 801, edges: 10) == .sfdp)
        #expect(LayoutPolicy.engine(nodes: 10, edges: 2501) == .sfdp)
    }

    @Test func enginesUnsuitedToTheDiagramAreWarnedAbout() {
        #expect(LayoutPolicy.warnings(engine: .patchwork, nodes: 10, edges: 10).first?.contains("not a node-link diagram") == true)
        #expect(LayoutPolicy.warnings(engine: .circo, nodes: 166, edges: 600).first?.contains("tens of seconds") == true)
        #expect(LayoutPolicy.warnings(engine: .circo, nodes: 50, edges: 100).isEmpty)
        #expect(LayoutPolicy.warnings(engine: .fdp, nodes: 5, edges: 5).first?.contains("differs from run to run") == true)
        #expect(LayoutPolicy.warnings(engine: .dot, nodes: 172, edges: 671).first?.contains("very wide ranks") == true)
        #expect(LayoutPolicy.warnings(engine: .neato, nodes: 172, edges: 671).isEmpty)
        #expect(LayoutPolicy.warnings(engine: .neato, nodes: 5000, edges: 9000).first?.contains("sfdp is the default") == true)
    }

    /// The fonts `.ci/install-deps` installs cover emoji and the non-Latin scripts a label may hold; fontconfig
    /// falls back to them from DejaVu Sans (looked at: docs/rendering.md, "Fonts").
    @Test func fontsCoverEmojiAndNonLatinScripts() throws {
        for (what, codepoint) in [("emoji", "1f600"), ("Arabic", "628"), ("Devanagari", "92e"), ("Chinese", "4eba"), ("Cyrillic", "43a")] {
            let p = Process()
            p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            p.arguments = ["fc-list", ":charset=\(codepoint)", "family"]
            let pipe = Pipe()
            p.standardOutput = pipe
            try p.run()
            let out = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            p.waitUntilExit()
            #expect(!out.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty, "no installed font has \(what) (U+\(codepoint)): run .ci/install-deps")
        }
    }

    @Test func theOverviewIsTheSummaryAndTheFullDrawingIsThereOnRequest() throws {
        let graph = try BundledDataset.load()
        let summary = try Diagram(of: graph)
        let core = graph.nodes.filter { [.terroristGroup, .practice, .form, .victimGroup, .area].contains($0.kind) }.count
        #expect(summary.engine == .dot && summary.nodeCount == core)
        #expect(summary.dot.contains("subgraph \"cluster_summary_areas\"") && !summary.dot.contains("\"PROT-1\""))
        var view = DiagramView()
        view.full = true
        let chosen = try Diagram(of: graph, view: view)
        #expect(chosen.engine == .neato && chosen.nodeCount == graph.nodeCount)
        #expect(!chosen.dot.contains("subgraph \"cluster_rec_group"))
        let dot = try Diagram(of: graph, view: view, engine: .dot)
        #expect(dot.engine == .dot && dot.dot.contains("subgraph \"cluster_rec_group"))
    }

    @Test func aFocusWithItsRecommendationsAndSizes() throws {
        let graph = try BundledDataset.load()
        let focus = try graph.resolve("forced marriage to fighters").id
        var view = DiagramView()
        view.focus = focus
        view.depth = 0
        let alone = try Diagram(of: graph, view: view)
        #expect(alone.nodeCount == 1 && alone.engine == .dot)
        view.recommendationsForFocus = 2
        view.sizeBy = .pagerank
        let withTwo = try Diagram(of: graph, view: view)
        let top = try RecommendationRanker(graph: graph).rank(RecommendationQuery(nodes: [focus])).prefix(2)
        for r in top { #expect(withTwo.dot.contains("\"\(r.id)\" [")) }
        #expect(withTwo.nodeCount > 2 && withTwo.dot.contains("\"width\""))
        #expect(try withTwo.render(to: .svg).data.starts(with: Data("<?xml".utf8)))
    }

    @Test func aGraphWithoutTypedNodesIsDrawnWholeOrRefused() throws {
        var graph = KnowledgeGraph(isDirected: false)
        for id in ["a", "b"] { try graph.add(Node(id: NodeID(id), kind: .generic, label: id, provenance: .unspecified)) }
        try graph.add(Edge(source: "a", relation: .linked, target: "b", provenance: .unspecified))
        var view = DiagramView()
        view.title = "two nodes"
        let plain = try Diagram(of: graph, view: view)
        #expect(plain.nodeCount == 2 && plain.edgeCount == 1 && plain.dot.contains("two nodes"))
        view.kinds = [.practice]
        #expect(throws: DiagramError.needsTypedNodes) { try Diagram(of: graph, view: view) }
    }

    /// Issue 22's "top-N means top-N": for every practice, `recommendationsForFocus = 3` draws exactly the ranker's
    /// top three recommendations, each labelled with its rank; without it the view is the neighbourhood alone.
    @Test func topNDrawsExactlyTheNHighestRankedRecommendationsWithTheirRanks() throws {
        let graph = try BundledDataset.load()
        let ranker = RecommendationRanker(graph: graph)
        let practices = graph.nodes.filter { $0.kind == .practice }
        #expect(practices.count == 14)
        for practice in practices {
            var view = DiagramView()
            view.focus = practice.id
            view.recommendationsForFocus = 3
            let dot = try Diagram(of: graph, view: view).dot
            let drawn = Self.recommendationLabels(in: dot)
            let top = try ranker.rank(RecommendationQuery(nodes: [practice.id])).prefix(3)
            #expect(drawn.sorted() == top.map { "#\($0.rank) · \($0.id)" }.sorted(), "\(practice.id)")

            view.recommendationsForFocus = nil
            let plain = try Diagram(of: graph, view: view)
            let neighbourhood = AnalysisGraph(graph).neighborhood(of: AnalysisGraph(graph).snapshot.index(of: practice.id)!, depth: 1)
            #expect(plain.nodeCount == neighbourhood.count, "\(practice.id)")
            #expect(Self.recommendationLabels(in: plain.dot).allSatisfy { !$0.hasPrefix("#") })
        }
    }

    /// The first label line of every recommendation node of a diagram's DOT text.
    static func recommendationLabels(in dot: String) -> [String] {
        dot.split(separator: "\n").filter { $0.contains("(recommendation; evidence") }.compactMap { line in
            guard let start = line.range(of: "\"label\"=\"") else { return nil }
            return String(line[start.upperBound...].prefix { $0 != "\\" && $0 != "\"" })
        }
    }
}
