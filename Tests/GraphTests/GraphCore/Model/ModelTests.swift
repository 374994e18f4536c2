import Testing
import Graph
@testable import GraphCore

@Suite struct ModelTests {
    private func node(_ id: String, _ kind: NodeKind) -> Node {
        Node(id: NodeID(id), kind: kind, label: id, provenance: Provenance(evidence: .context, citations: [Citation(sourceKey: "S1")]))
    }

    @Test func evidenceLevelsAreOrderedFromReportToInferred() {
        #expect(EvidenceLevel.inferred < .context)
        #expect(EvidenceLevel.context < .aboutReport)
        #expect(EvidenceLevel.aboutReport < .report)
        #expect(EvidenceLevel(rawValue: "about-report") == .aboutReport)
    }

    @Test func citationParsesKeyAndLocator() {
        #expect(Citation(parsing: "S9 op.2(d)") == Citation(sourceKey: "S9", locator: "op.2(d)"))
        #expect(Citation(parsing: "S9") == Citation(sourceKey: "S9", locator: nil))
        #expect(Citation(parsing: " FS  §3 ").description == "FS §3")
    }

    @Test func duplicateNodesAndEdgesAreRejected() throws {
        var g = KnowledgeGraph()
        try g.add(node("a", .practice))
        try g.add(node("b", .form))
        #expect(throws: KnowledgeGraphError.duplicateNode("a")) { try g.add(node("a", .form)) }
        let e = Edge(source: "a", relation: .amountsTo, target: "b", provenance: .unspecified)
        try g.add(e)
        #expect(throws: KnowledgeGraphError.duplicateEdge("a", .amountsTo, "b")) { try g.add(e) }
        #expect(throws: KnowledgeGraphError.unknownNode("zz")) {
            try g.add(Edge(source: "a", relation: .amountsTo, target: "zz", provenance: .unspecified))
        }
        #expect(g.edges(from: "a").count == 1 && g.edges(to: "b").count == 1)
    }

    @Test func schemaAllowsTheDocumentedTriplesOnly() {
        let s = Schema.intersection
        #expect(s.allows(.terroristGroup, .employs, .practice))
        #expect(s.allows(.recommendation, .addresses, .victimGroup))
        #expect(s.allows(.recommendation, .concerns, .theme))
        #expect(!s.allows(.practice, .employs, .terroristGroup))
        #expect(!s.allows(.recommendation, .addresses, .actor))
        #expect(!s.allows(.theme, .concerns, .theme))
        #expect(s.targets(of: .recommendation, via: .addresses) == [.practice, .form, .victimGroup])
    }
}
