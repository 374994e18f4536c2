import Testing
import Graph

@Suite struct NodeDetailsTests {
    @Test func edgesBothWaysAndCitationsResolved() throws {
        var graph = try QueryFixtures.knowledge()
        var marriage = graph.node("marriage")!
        marriage.provenance = Provenance(evidence: .report, citations: [Citation(sourceKey: "S1", locator: "p. 3"), Citation(sourceKey: "S9")])
        try graph.update(marriage)
        let details = try #require(graph.details(of: "marriage"))
        #expect(details.node.label == "Forced marriage")
        #expect(details.outgoing.map(\.node.id) == ["girls", "labour"] && details.outgoing.map(\.edge.relation) == [.targets, .amountsTo])
        #expect(details.incoming.map(\.node.id) == ["group"] && details.incoming[0].edge.provenance.evidence == .context)
        #expect(details.citations.map(\.source?.title) == ["a source", nil])
        #expect(details.citations[0].citation.locator == "p. 3")
        #expect(graph.details(of: "nobody") == nil)
    }
}
