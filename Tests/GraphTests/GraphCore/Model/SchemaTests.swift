import Foundation
import Testing
import Graph

@Suite struct SchemaTests {
    private func graph(_ relation: Relation) throws -> KnowledgeGraph {
        var g = KnowledgeGraph()
        let p = Provenance(evidence: .context, citations: [])
        try g.add(Node(id: "isil", kind: .terroristGroup, label: "ISIL", provenance: p))
        try g.add(Node(id: "abduction", kind: .practice, label: "Abduction", provenance: p))
        try g.add(Edge(source: "isil", relation: relation, target: "abduction", provenance: p))
        return g
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
