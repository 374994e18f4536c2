import Testing
import Graph

@Suite struct AnalysisGraphSimilarityTests {
    @Test func jaccardRankingWithTiesByID() throws {
        // N(x) = {a, b, c}; N(y) = {a, b}: 2/3; N(z) = {b, c}: 2/3; N(a) = {x, y}: 0 shared with x's neighbours
        let view = AnalysisGraph(try QueryFixtures.generic([("x", "a"), ("x", "b"), ("x", "c"), ("y", "a"), ("y", "b"), ("z", "b"), ("z", "c")]))
        let x = view.snapshot.index(of: "x")!
        let similar = view.similarNodes(to: x)
        #expect(similar.map(\.id) == ["y", "z"])
        #expect(similar.map(\.rank) == [1, 2])
        #expect(similar.allSatisfy { abs($0.score - 2.0 / 3.0) < 1e-15 && $0.hubScore == nil })
        #expect(view.similarNodes(to: x, limit: 1).map(\.id) == ["y"])
        #expect(view.similarNodes(to: view.snapshot.index(of: "a")!).map(\.id) == ["b", "c"])   // N(b) = {x, y, z}: 2/3; N(c) = {x, z}: 1/3
    }

    @Test func kindsFilterTheCandidates() throws {
        let view = AnalysisGraph(try QueryFixtures.knowledge())
        let abduction = view.snapshot.index(of: "abduction")!
        // abduction {group, girls, R1} and marriage {group, girls, labour} share two of four
        let practices = view.similarNodes(to: abduction, kinds: [.practice])
        #expect(practices.map(\.id) == ["marriage"] && abs(practices[0].score - 0.5) < 1e-15)
    }
}
