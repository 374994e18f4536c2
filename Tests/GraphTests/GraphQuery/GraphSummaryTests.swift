import Testing
import Graph

@Suite struct GraphSummaryTests {
    @Test func countsEveryKindRelationAndEvidenceLevel() throws {
        let s = try QueryFixtures.knowledge().summary()
        #expect(s.title == "fixture" && s.nodeCount == 9 && s.edgeCount == 9 && s.sourceCount == 1)
        #expect(s.nodesByKind == [.terroristGroup: 1, .practice: 2, .form: 1, .victimGroup: 1, .recommendation: 2, .area: 1, .theme: 1])
        #expect(s.edgesByRelation == [.employs: 2, .targets: 2, .amountsTo: 1, .addresses: 2, .belongsTo: 2])
        #expect(s.nodesByEvidence == [.context: 9])
        #expect(s.edgesByEvidence == [.report: 1, .context: 2, .aboutReport: 1, .inferred: 5])
        // the theme stands alone
        #expect(s.componentCount == 2 && s.largestComponent == 8)
    }

    @Test func anEmptyGraphHasNoComponents() {
        let s = KnowledgeGraph().summary()
        #expect(s.nodeCount == 0 && s.componentCount == 0 && s.largestComponent == 0 && s.nodesByKind.isEmpty)
    }
}
