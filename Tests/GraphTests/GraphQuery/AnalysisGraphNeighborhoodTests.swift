import Testing
import Graph

@Suite struct AnalysisGraphNeighborhoodTests {
    @Test func nearestFirstThenByID() throws {
        let view = AnalysisGraph(try QueryFixtures.knowledge())
        let group = view.snapshot.index(of: "group")!
        #expect(view.neighborhood(of: group, depth: 0).map(\.id) == ["group"])
        let two = view.neighborhood(of: group, depth: 2)
        #expect(two.map(\.id) == ["group", "abduction", "marriage", "R1", "girls", "labour"])
        #expect(two.map(\.distance) == [0, 1, 1, 2, 2, 2])
        #expect(two[1].kind == .practice && two[1].label == "Abduction")
    }

    @Test func kindsFilterTheListNotTheWalk() throws {
        let view = AnalysisGraph(try QueryFixtures.knowledge())
        let girls = view.snapshot.index(of: "girls")!
        // the group is two hops away, through the practices, which are not listed
        #expect(view.neighborhood(of: girls, depth: 2, kinds: [.terroristGroup]).map(\.id) == ["group"])
    }

    @Test func directedFollowsOutEdgesOnly() throws {
        let view = AnalysisGraph(try QueryFixtures.knowledge(), directed: true)
        let marriage = view.snapshot.index(of: "marriage")!
        #expect(view.neighborhood(of: marriage, depth: 3, directed: true).map(\.id) == ["marriage", "girls", "labour"])
    }
}
