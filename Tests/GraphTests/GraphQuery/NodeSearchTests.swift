import Testing
import Graph

@Suite struct NodeSearchTests {
    let graph = try! BundledDataset.load()

    @Test func searchRanksExactNamesThenLabelsThenAliasesThenIDsThenDescriptions() {
        let hits = graph.search("forced marr")
        #expect(hits.map(\.node.id) == ["forced_marriage", "forced_marriage_to_fighters", "supplementary_slavery_convention_1956", "PROT-4"])
        #expect(hits.map(\.field) == [.label, .label, .description, .description])
        #expect(graph.search("ISIS").first?.node.id == "daesh_isil" && graph.search("ISIS").first?.field == .exact)
        // an alias: "child soldiers" is one of the recruitment practice's; no label says soldiers
        let soldiers = graph.search("soldiers")
        #expect(soldiers.first?.node.id == "recruitment_use_of_children_in_hostilities" && soldiers.first?.field == .alias)
        #expect(graph.search("child soldiers").first?.field == .exact)
        // words starting with "pros" in labels (prosecution) first, then the six IDs PROS-1 … PROS-6
        let pros = graph.search("PROS")
        #expect(pros.filter { $0.field == .id }.map(\.node.id.rawValue) == (1...6).map { "PROS-\($0)" })
        #expect(pros.firstIndex { $0.field == .id }! > pros.lastIndex { $0.field == .label }!)
        #expect(graph.search("  ").isEmpty && graph.search("zzzz").isEmpty)
        #expect(graph.search("children", limit: 3).count == 3)
    }

    @Test func searchMatchesWordStartsNotInsideWords() {
        // "ransom" is a word of the kidnapping practice; "anso" starts no word
        #expect(graph.search("ransom").map(\.node.id).contains("kidnapping_for_ransom"))
        #expect(graph.search("anso").isEmpty)
    }

    @Test func listFiltersByKindAreaAndEvidence() {
        #expect(graph.list().count == graph.nodeCount)
        #expect(graph.list(kinds: [.practice]).count == 14)
        #expect(graph.list(area: "rec_group_children").map(\.id.rawValue) == (1...7).map { "CHILD-\($0)" })
        let strong = graph.list(minimumEvidence: .report)
        #expect(!strong.isEmpty && strong.allSatisfy { $0.provenance.evidence == .report })
    }
}
