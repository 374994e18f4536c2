import Foundation
import Testing
import Graph

/// The README's "Use it as a library" example, compiled and run; the test below keeps the README's text and this copy
/// the same.
@Suite struct ReadmeExampleTests {
    @Test func theExampleRuns() throws {
        // README example begins
        // The bundled dataset, and the recommendations most relevant to one practice, each with its best explanation.
        let graph = try BundledDataset.load()
        let practice = try graph.resolve("forced marriage to fighters")
        let ranked = try RecommendationRanker(graph: graph).rank(RecommendationQuery(nodes: [practice.id]))
        for recommendation in ranked.prefix(3) {
            print(recommendation.rank, recommendation.id, recommendation.explanations[0].text())
        }

        // The centrality of themes, on the undirected view of the graph.
        var request = CentralityRequest(measure: .betweenness)
        request.kinds = [.theme]
        let themes = try AnalysisGraph(graph).rankNodes(request)
        print(themes[0].label, themes[0].score)

        // A graph of your own, built in code and checked against the schema, then PageRank on its snapshot.
        var mine = KnowledgeGraph(isDirected: false)
        let evidence = Provenance(evidence: .context, citations: [])
        for id in ["a", "b", "c"] { try mine.add(Node(id: NodeID(id), kind: .generic, label: id, provenance: evidence)) }
        try mine.add(Edge(source: "a", relation: .linked, target: "b", provenance: evidence))
        try mine.add(Edge(source: "b", relation: .linked, target: "c", provenance: evidence))
        try Schema.intersection.validate(mine)
        let pagerank = try mine.snapshot().graph.pageRank()
        print(pagerank.values)

        // The neighbourhood of the practice as SVG, laid out by Graphviz in-process.
        var view = DiagramView()
        view.focus = practice.id
        let svg = try Diagram(of: graph, view: view).render(to: .svg).data
        print(svg.count, "bytes of SVG")
        // README example ends
        #expect(ranked.count >= 3 && themes.count == 17 && pagerank.count == 3 && svg.starts(with: Data("<?xml".utf8)))
    }

    @Test func theReadmeShowsThisExample() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let readme = try String(contentsOf: root.appendingPathComponent("README.md"), encoding: .utf8)
        let section = try #require(readme.range(of: "## Use it as a library"))
        let open = try #require(readme.range(of: "```swift\n", range: section.upperBound..<readme.endIndex))
        let close = try #require(readme.range(of: "```", range: open.upperBound..<readme.endIndex))
        let shown = String(readme[open.upperBound..<close.lowerBound]).replacingOccurrences(of: "import Graph\n\n", with: "")
        let me = try String(contentsOf: URL(fileURLWithPath: #filePath), encoding: .utf8)
        let begin = try #require(me.range(of: "// README example begins\n"))
        let end = try #require(me.range(of: "        // README example ends", range: begin.upperBound..<me.endIndex))
        let compiled = me[begin.upperBound..<end.lowerBound].split(separator: "\n", omittingEmptySubsequences: false)
            .map { $0.hasPrefix("        ") ? String($0.dropFirst(8)) : String($0) }.joined(separator: "\n")
        #expect(shown == compiled, "README.md's library example and ReadmeExampleTests.swift differ")
    }
}
