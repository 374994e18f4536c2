import Foundation
import Testing
import Graph

@Suite struct GraphDiffTests {
    static let text = try! String(contentsOf: TestResources.directory.deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("data/osce-2021.yaml"), encoding: .utf8)

    static func edited(_ pairs: [(String, String)]) throws -> KnowledgeGraph {
        var t = text
        for (a, b) in pairs {
            precondition(t.components(separatedBy: a).count == 2, "fixture text '\(a)' must occur once")
            t = t.replacingOccurrences(of: a, with: b)
        }
        return try DatasetReader.read(text: t, file: "new.yaml")
    }

    @Test func oneNodeAndOneEdgeChanged() throws {
        let old = try DatasetReader.read(text: Self.text, file: "old.yaml")
        let new = try Self.edited([
            ("label: Apply the non-punishment principle case by case", "label: Do not punish victims for offences they were compelled to commit"),
            ("addresses: [sexual_slavery_practice, forced_marriage_to_fighters, women_and_girls, girls, boys, men,", "addresses: [sexual_slavery_practice, women_and_girls, girls, boys, men,"),
        ])
        let diff = GraphDiff(old: old, new: new)
        #expect(diff.addedNodes.isEmpty && diff.removedNodes.isEmpty && diff.addedEdges.isEmpty && diff.changedEdges.isEmpty)
        #expect(diff.changedNodes.map(\.node.id) == ["PROT-2"] && diff.changedNodes[0].fields.map(\.field) == ["label"])
        #expect(diff.removedEdges.map { "\($0.source) \($0.relation.rawValue) \($0.target)" } == ["PROT-4 addresses forced_marriage_to_fighters"])
        // PROT-4 no longer addresses forced marriage directly: that practice's top five moves, and it alone among
        // the practices whose direct links did not change
        let shifts = try GraphDiff.rankingShifts(old: old, new: new)
        #expect(shifts.contains { $0.node == "forced_marriage_to_fighters" && $0.old.contains("PROT-4") && $0.old != $0.new })
        #expect(GraphDiff(old: old, new: old).isEmpty)
        let none = try GraphDiff.rankingShifts(old: old, new: old)
        #expect(none.isEmpty)
    }

    @Test func addedAndRemovedNodesAndEvidenceChanges() throws {
        let old = try DatasetReader.read(text: Self.text, file: "old.yaml")
        let new = try Self.edited([
            ("  - {id: orphaned_children, kind: victim_group, label: Orphaned children, evidence: context, sources: [S17]}\n",
             "  - {id: orphaned_children, kind: victim_group, label: Orphaned children, evidence: report, sources: [S1 p. 30]}\n  - {id: widows, kind: victim_group, label: Widows, evidence: inferred, sources: [FS §5]}\n"),
        ])
        let diff = GraphDiff(old: old, new: new)
        #expect(diff.addedNodes.map(\.id) == ["widows"])
        #expect(diff.changedNodes.first?.fields.map(\.field) == ["evidence", "sources"])
        #expect(diff.changedNodes.first?.fields[0] == GraphDiff.FieldChange(field: "evidence", old: "context", new: "report"))
        let reversed = GraphDiff(old: new, new: old)
        #expect(reversed.removedNodes.map(\.id) == ["widows"])
    }
}
