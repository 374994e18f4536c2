import Testing
import Graph

@Suite struct AnalysisGraphGroupsTests {
    @Test func componentsLargestFirstThenBySmallestID() throws {
        let view = AnalysisGraph(try QueryFixtures.generic([("q", "r"), ("b", "a"), ("m", "n"), ("n", "o")]))
        #expect(view.components().groups == [["m", "n", "o"], ["a", "b"], ["q", "r"]])
        #expect(view.components().modularity == nil)
    }

    @Test func strongComponentsOfADirectedView() throws {
        var g = KnowledgeGraph()
        for id in ["a", "b", "c"] { try g.add(Node(id: NodeID(id), kind: .generic, label: id, provenance: .unspecified)) }
        for (u, v) in [("a", "b"), ("b", "a"), ("b", "c")] { try g.add(Edge(source: NodeID(u), relation: .linked, target: NodeID(v), provenance: .unspecified)) }
        let view = AnalysisGraph(g, directed: true)
        #expect(view.components(strong: true).groups == [["a", "b"], ["c"]])
        #expect(view.components().groups == [["a", "b", "c"]])
    }

    @Test func communitiesOfTwoTrianglesAndTheirModularity() throws {
        // two triangles joined by one edge: m = 7, each side has 3 internal edges and degree sum 7, so
        // Q = 2 · (3/7 − (7/14)²) = 5/14
        let view = AnalysisGraph(try QueryFixtures.generic([("a", "b"), ("b", "c"), ("a", "c"), ("c", "d"), ("d", "e"), ("e", "f"), ("d", "f")]))
        let communities = try view.communities()
        #expect(communities.groups == [["a", "b", "c"], ["d", "e", "f"]])
        #expect(abs(communities.modularity! - 5.0 / 14.0) < 1e-12)
        #expect(throws: AlgorithmError.emptyGraph) { try AnalysisGraph(KnowledgeGraph()).communities() }
    }
}
