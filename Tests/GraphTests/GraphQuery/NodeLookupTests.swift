import Testing
import Graph
@testable import GraphQuery

@Suite struct NodeLookupTests {
    let graph: KnowledgeGraph
    init() throws { graph = try BundledDataset.load() }

    @Test func matchesIDLabelAndAliasCaseInsensitively() throws {
        #expect(try graph.resolve("PR-05").id == "deceptive_recruitment_of_women_and_girls")
        #expect(try graph.resolve("pr-05").id == "deceptive_recruitment_of_women_and_girls")
        #expect(try graph.resolve("boko haram").id == "boko_haram")
        #expect(try graph.resolve("ISIS").id == "daesh_isil")
        #expect(try graph.resolve("forced_marriage").id == "forced_marriage")
        #expect(try graph.resolve("  Yazidis ").id == "yazidis")
    }

    @Test func unknownNameGetsSuggestions() {
        do { _ = try graph.resolve("yazidi"); Issue.record("resolved") } catch {
            guard case .notFound(_, let suggestions) = error else { Issue.record("\(error)"); return }
            #expect(suggestions.first == "yazidis")
            #expect(error.description.contains("did you mean"))
        }
    }

    @Test func ambiguousNameListsCandidates() throws {
        var g = KnowledgeGraph()
        let p = Provenance(evidence: .context, citations: [Citation(sourceKey: "S")])
        try g.add(Node(id: "a", kind: .practice, label: "Same", provenance: p))
        try g.add(Node(id: "b", kind: .form, label: "same", provenance: p))
        #expect(throws: NodeLookupError.ambiguous(name: "SAME", candidates: ["a", "b"])) { try g.resolve("SAME") }
        #expect(throws: NodeLookupError.empty) { try g.resolve("  ") }
    }
}
