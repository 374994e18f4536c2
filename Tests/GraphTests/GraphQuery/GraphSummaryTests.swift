import Foundation
import Testing
import Graph
@testable import GraphCore

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

    /// An edge list's summary from its snapshot alone is the model's summary of the same graph: self-loops, repeated
    /// edges both ways, weights, a CSV list, and a random graph.
    @Test func anEdgeListsSummaryFromItsSnapshotIsTheModels() throws {
        var random = "# random\n"
        var rng = SeededGenerator(seed: 3)
        for _ in 0..<2_000 { random += "\(rng.nextInt(below: 300)) \(rng.nextInt(below: 300))\n" }
        let lists: [(String, String, EdgeListReader.Options)] = [
            ("a b\nb c\nc c\nb a\nd e\n", "loops and repeats.edges", .init()),
            ("a b 2\nb c 3.5\nc a 1\n", "weighted.edges", .init(weighted: true)),
            ("a b 2\nb c 3\n", "integral weights.edges", .init(weighted: true)),
            ("1 2\n2 3\n3 1\n1 2\n", "directed.edges", .init(directed: true)),
            (random, "random.edges", .init()),
        ]
        for (text, name, options) in lists {
            let snapshot = try EdgeListReader.readSnapshot(data: Data(text.utf8), file: name, options: options)
            #expect(GraphSummary(edgeList: snapshot) == snapshot.knowledgeGraph().summary(), "\(name)")
        }
        let csv = try EdgeListReader.readCSVSnapshot(data: Data("source,target\nx,y\n\"a, b\",x\ny,y\n".utf8), file: "list.csv")
        #expect(GraphSummary(edgeList: csv) == csv.knowledgeGraph().summary())
    }
}
