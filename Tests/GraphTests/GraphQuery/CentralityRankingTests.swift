import Testing
import Graph
@testable import GraphQuery

@Suite struct CentralityRankingTests {
    @Test func highestFirstTiesByIDKindsFilterTheReport() throws {
        // a star: the centre has degree centrality 1, the four leaves 1/4 each
        let view = AnalysisGraph(try QueryFixtures.generic([("hub", "d"), ("hub", "b"), ("hub", "c"), ("hub", "a")]))
        let ranked = try view.rankNodes(CentralityRequest(measure: .degree))
        #expect(ranked.map(\.id) == ["hub", "a", "b", "c", "d"] && ranked.map(\.rank) == [1, 2, 3, 4, 5])
        #expect(ranked[0].score == 1 && ranked[1].score == 0.25)
    }

    @Test func kindsReportAndSubgraphRecompute() throws {
        let view = AnalysisGraph(try QueryFixtures.knowledge())
        var request = CentralityRequest(measure: .degree)
        request.kinds = [.practice]
        let onWhole = try view.rankNodes(request)
        // both practices have three neighbours of eight: a tie, ordered by ID
        #expect(onWhole.map(\.id) == ["abduction", "marriage"] && onWhole.allSatisfy { $0.score == 3.0 / 8.0 })
        request.subgraph = true
        // alone, the two practices share no edge: both have degree 0
        #expect(try view.rankNodes(request).allSatisfy { $0.score == 0 })
    }

    @Test func edgeBetweennessRanksEdgesWithTheirRelation() throws {
        let view = AnalysisGraph(try QueryFixtures.knowledge())
        var request = CentralityRequest(measure: .edgeBetweenness)
        request.kinds = [.terroristGroup]
        let edges = try view.rankEdges(request)
        #expect(edges.count == 2 && edges.allSatisfy { $0.relation == .employs && $0.source == "group" })
        #expect(throws: AlgorithmError.self) { try view.rankNodes(request) }
    }

    @Test func scoresEqualTo12DigitsAreTies() {
        #expect(rankingKey(0.1 + 0.2) == rankingKey(0.3))
        #expect(rankingKey(1.000000000001) != rankingKey(1.00000000001))
        #expect(rankingKey(0) == 0)
    }
}

@Suite struct CoreNumberRankingTests {
    @Test func coreNumberRanksTheAnalysisGraphsCores() throws {
        let view = AnalysisGraph(try BundledDataset.load())
        let ranked = try view.rankNodes(CentralityRequest(measure: .coreNumber))
        let cores = try view.graph.coreNumbers()
        for r in ranked { #expect(r.score == Double(cores[view.snapshot.index(of: r.id)!])) }
        #expect(ranked.first?.score == Double(cores.max()!))
    }
}
