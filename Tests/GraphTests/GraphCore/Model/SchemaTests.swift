import Foundation
import Testing
import Graph

@Suite struct SchemaTests {
    private func graph(_ relation: Relation) throws -> KnowledgeGraph {
        var g = KnowledgeGraph()
        let p = Provenance(evidence: .context, citations: [])
        try g.add(Node(id: "isil", kind: .terroristGroup, label: "ISIL", provenance: p))
        try g.add(Node(id: "abduction", kind: .practice, label: "Abduction", provenance: p))
        try g.add(Node(id: "girls", kind: .victimGroup, label: "Girls", provenance: p))
        try g.add(Edge(source: "isil", relation: relation, target: "abduction", provenance: p))
        try g.add(Edge(source: "abduction", relation: .targets, target: "girls", provenance: p))
        return g
    }

    @Test func cardinalitiesAreCheckedOnceEveryEdgeFits() throws {
        var g = try graph(.employs)
        try g.add(Node(id: "ransom", kind: .practice, label: "Ransom", provenance: .unspecified))
        let found = Schema.intersection.cardinalityViolations(in: g)
        #expect(found.map(\.node) == ["ransom", "ransom"])
        #expect(found.map(\.description) == [
            "practice 'ransom' has none; each practice must have at least one 'employs' edge from a terrorist_group",
            "practice 'ransom' has none; each practice must have at least one 'targets' edge to a victim_group",
        ])
        #expect(throws: SchemaError(violations: [], cardinalityViolations: found)) { try Schema.intersection.validate(g) }
        // An upper bound: a recommendation in two areas.
        var r = KnowledgeGraph()
        for (id, kind) in [("R", NodeKind.recommendation), ("a1", .area), ("a2", .area), ("v", .victimGroup)] {
            try r.add(Node(id: NodeID(id), kind: kind, label: id, provenance: .unspecified))
        }
        for (s, rel, t) in [("R", Relation.belongsTo, "a1"), ("R", .belongsTo, "a2"), ("R", .addresses, "v")] {
            try r.add(Edge(source: NodeID(s), relation: rel, target: NodeID(t), provenance: .unspecified))
        }
        #expect(Schema.intersection.cardinalityViolations(in: r).map(\.description) == [
            "recommendation 'R' has 2 (a1, a2); each recommendation must have exactly one 'belongs_to' edge to an area",
        ])
        // A generic graph has no kinds to count.
        var generic = KnowledgeGraph()
        try generic.add(Node(id: "x", kind: .generic, label: "x", provenance: .unspecified))
        #expect(Schema.intersection.cardinalityViolations(in: generic).isEmpty)
    }

    @Test func aGraphBuiltInCodeIsValidated() throws {
        try Schema.intersection.validate(try graph(.employs))
        let bad = try graph(.targets)
        let violations = Schema.intersection.violations(in: bad)
        #expect(violations.map(\.edgeIndex) == [0])
        #expect(violations.first?.description == "edge isil targets abduction is outside the schema: a terrorist_group cannot have 'targets' edges")
        #expect(throws: SchemaError(violations: violations)) { try Schema.intersection.validate(bad) }
    }

    @Test func everyReaderRefusesAnEdgeOutsideTheSchema() throws {
        let bad = try graph(.targets)
        for format in [GraphFileFormat.graphml, .gexf, .nodeLink, .dot] {
            // the writers do not check the schema (the dataset writer does), so each format can carry the edge
            let text = try GraphIO.write(bad, as: format).text
            do {
                _ = try GraphIO.read(data: Data(text.utf8), file: "bad", format: format)
                Issue.record("\(format) read an edge outside the schema")
            } catch {
                #expect(error.diagnostics.map(\.field) == ["relation"], "\(format)")
                #expect(error.description.contains("outside the schema"), "\(format)")
            }
        }
        #expect(throws: GraphWriteError.self) { try DatasetWriter.write(bad) }
    }
}
