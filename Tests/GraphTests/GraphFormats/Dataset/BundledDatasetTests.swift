import Foundation
import Testing
import Graph
@testable import GraphFormats

/// Invariants of the bundled OSCE 2021 dataset.
@Suite struct BundledDatasetTests {
    let graph: KnowledgeGraph

    init() throws { graph = try BundledDataset.load() }

    private func nodes(_ kind: NodeKind) -> [Node] { graph.nodes.filter { $0.kind == kind } }

    /// The loader looks in the resource bundle SwiftPM builds beside the binary, then in the source tree; both must
    /// be where it looks (a renamed module renames the bundle, a moved file moves the source-tree path).
    @Test func theBuiltBundleAndTheSourceTreeCopyAreWhereTheLoaderLooks() {
        let urls = BundledDataset.candidateURLs()
        #expect(urls.last.map { FileManager.default.isReadableFile(atPath: $0.path) } == true, "source tree: \(urls.last?.path ?? "")")
        #expect(urls.dropLast().contains { FileManager.default.isReadableFile(atPath: $0.path) }, "bundle: \(urls.dropLast().map(\.path))")
    }

    @Test func hasTwentyNineRecommendationsSplitFourSevenSixFiveSeven() throws {
        let recs = nodes(.recommendation)
        #expect(recs.count == 29)
        var perArea: [NodeID: Int] = [:]
        for rec in recs {
            let areas = graph.edges(from: rec.id).filter { $0.relation == .belongsTo }.map(\.target)
            #expect(areas.count == 1, "\(rec.id) belongs to \(areas.count) areas")
            if let area = areas.first { perArea[area, default: 0] += 1 }
        }
        #expect(perArea == ["rec_group_prevention": 4, "rec_group_protection": 7, "rec_group_prosecution": 6,
                            "rec_group_partnerships": 5, "rec_group_children": 7])
        let expectedIDs = (1...4).map { "PREV-\($0)" } + (1...7).map { "PROT-\($0)" } + (1...6).map { "PROS-\($0)" }
            + (1...5).map { "PART-\($0)" } + (1...7).map { "CHILD-\($0)" }
        #expect(Set(recs.map(\.id.rawValue)) == Set(expectedIDs))
    }

    @Test func everyRecommendationIsAReconstructionMarkedInferred() {
        for rec in nodes(.recommendation) {
            #expect(rec.provenance.evidence == .inferred, "\(rec.id) must not claim more than inference")
            for edge in graph.edges(from: rec.id) { #expect(edge.provenance.evidence == .inferred) }
        }
    }

    @Test func everyRecommendationAddressesAPracticeFormOrVictimGroup() {
        for rec in nodes(.recommendation) {
            let kinds = graph.edges(from: rec.id).filter { $0.relation == .addresses }.compactMap { graph.node($0.target)?.kind }
            #expect(!kinds.isEmpty, "\(rec.id) addresses nothing")
        }
    }

    @Test func fourteenPracticesEachWithAVictimGroupAndAFormUnlessArguedOtherwise() {
        let practices = nodes(.practice)
        #expect(practices.count == 14)
        for p in practices {
            let out = graph.edges(from: p.id)
            #expect(out.contains { $0.relation == .targets }, "\(p.id) has no victim group")
        }
        // Kidnapping for ransom is not in itself a purpose of exploitation (data/README.md): its lens edges say so.
        let withoutForm = practices.filter { p in !graph.edges(from: p.id).contains { $0.relation == .amountsTo } }.map(\.id)
        #expect(withoutForm == ["kidnapping_for_ransom"])
        #expect(graph.edges(from: "kidnapping_for_ransom").contains { $0.relation == .uses && $0.note?.contains("not in itself exploitation") == true })
    }

    @Test func everyNodeAndEdgeHasProvenanceThatResolves() {
        for node in graph.nodes {
            #expect(!node.provenance.citations.isEmpty)
            for c in node.provenance.citations { #expect(graph.sources[c.sourceKey] != nil, "\(node.id): \(c.sourceKey)") }
        }
        for edge in graph.edges {
            #expect(!edge.provenance.citations.isEmpty)
            for c in edge.provenance.citations { #expect(graph.sources[c.sourceKey] != nil) }
            let s = graph.node(edge.source)!.kind, t = graph.node(edge.target)!.kind
            #expect(Schema.intersection.allows(s, edge.relation, t))
        }
    }

    @Test func containsEveryKindTheDomainNeeds() {
        for kind in NodeKind.allCases where kind != .generic { #expect(!nodes(kind).isEmpty, "no \(kind)") }
        #expect(nodes(.area).count == 5)
        #expect(nodes(.terroristGroup).count >= 4)
    }

    @Test func sharedNamesAreQualifiedByKind() {
        #expect(graph.node("sexual_slavery_practice")?.kind == .practice)
        #expect(graph.node("sexual_slavery_form")?.kind == .form)
    }

    @Test func noGroupIsClaimedAsNamedByTheReport() {
        // The fact sheet: no retrieved excerpt of the report names a group.
        for g in nodes(.terroristGroup) { #expect(g.provenance.evidence == .context) }
    }
}
