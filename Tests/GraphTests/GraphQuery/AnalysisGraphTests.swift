import Foundation
import Testing
import Graph
@testable import GraphQuery

@Suite struct AnalysisGraphTests {
    @Test func theDefaultViewIsUndirectedAndSimple() throws {
        let knowledge = try QueryFixtures.knowledge()
        let view = AnalysisGraph(knowledge)
        #expect(!view.graph.isDirected && view.graph.nodeCount == 9 && view.graph.edgeCount == 9)
        #expect(AnalysisGraph(knowledge, directed: true).graph.isDirected)
        #expect(AnalysisGraph(knowledge, kinds: [.practice, .victimGroup]).graph.nodeCount == 3)
    }

    @Test func namesResolveInKnowledgeAndGenericGraphs() throws {
        let view = AnalysisGraph(try QueryFixtures.knowledge())
        #expect(view.snapshot.ids[try view.resolve("TG")] == "group")
        #expect(view.snapshot.ids[try view.resolve("forced MARRIAGE")] == "marriage")
        let generic = AnalysisGraph(try QueryFixtures.generic([("Alpha", "beta"), ("ALPHA", "gamma")]))
        #expect(generic.snapshot.ids[try generic.resolve("beta")] == "beta")
        #expect(throws: NodeLookupError.ambiguous(name: "alpha", candidates: ["ALPHA", "Alpha"])) { try generic.resolve("alpha") }
        #expect(throws: NodeLookupError.notFound(name: "gama", suggestions: ["gamma"])) { try generic.resolve("gama") }
        #expect(throws: NodeLookupError.empty) { try generic.resolve("  ") }
    }

    @Test func storedEdgesAreFoundEitherWay() throws {
        let view = AnalysisGraph(try QueryFixtures.knowledge())
        let g = view.snapshot.index(of: "group")!, a = view.snapshot.index(of: "abduction")!
        #expect(view.storedEdge(between: a, and: g)?.relation == .employs)
        #expect(view.storedEdge(between: a, and: g)?.source == "group")
        #expect(view.storedEdge(between: g, and: view.snapshot.index(of: "theme")!) == nil)
    }

    @Test func negativeWeightsAreLocatedAtTheirLine() throws {
        let text = "a b 1\nb c -2\n"
        var view = AnalysisGraph(snapshot: try EdgeListReader.readSnapshot(data: Data(text.utf8), file: "w.edges", options: .init(weighted: true)))
        view.origin = "w.edges"
        #expect(throws: AlgorithmError.negativeEdgeWeight(source: "b", target: "c", weight: -2, measure: "pagerank", location: "w.edges:2")) {
            var request = CentralityRequest(measure: .pagerank)
            request.weighted = true
            return try view.rankNodes(request)
        }
    }
}
