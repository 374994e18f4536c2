import Foundation
import Testing
import Graph

@Suite struct SubgraphTests {
    let graph = try! BundledDataset.load()

    @Test func keepingEdgesByEvidence() {
        let context = graph.keepingEdges(atLeast: .context)
        #expect(context.nodeCount == graph.nodeCount)
        #expect(context.edgeCount == graph.edges.filter { $0.provenance.evidence >= .context }.count && context.edgeCount < graph.edgeCount)
        #expect(context.edges.allSatisfy { $0.provenance.evidence >= .context })
        #expect(context.attributes[KnowledgeGraph.subgraphAttribute] == .string("edges at evidence 'context' or stronger"))
        #expect(graph.keepingEdges(atLeast: .inferred).edgeCount == graph.edgeCount, "inferred keeps everything")
    }

    @Test func aNeighbourhoodAreasAndKinds() throws {
        let focus = try graph.subgraph(focus: "kidnapping_for_ransom", depth: 1)
        let expected = Set([NodeID("kidnapping_for_ransom")] + graph.edges(from: "kidnapping_for_ransom").map(\.target) + graph.edges(to: "kidnapping_for_ransom").map(\.source))
        #expect(Set(focus.nodes.map(\.id)) == expected)
        #expect(focus.edges.allSatisfy { expected.contains($0.source) && expected.contains($0.target) })
        let children = try graph.subgraph(areas: ["rec_group_children"], kinds: [.recommendation])
        #expect(children.nodes.map(\.id.rawValue) == (1...7).map { "CHILD-\($0)" })
        #expect(throws: SubgraphError.unknownNode("nope")) { try graph.subgraph(focus: "nope") }
        #expect(throws: SubgraphError.empty) { try graph.subgraph(focus: "kidnapping_for_ransom", kinds: [.area]) }
        #expect(try graph.subgraph().attributes[KnowledgeGraph.subgraphAttribute] == nil, "no selector: the whole graph")
    }

    /// A part of the dataset written out reads back: it is marked as a subgraph, so the model's cardinalities (each
    /// recommendation in one area, …) are not asked of it; unmarked, the same file is refused.
    @Test func aMarkedSubgraphReadsBackAndAnUnmarkedOneIsRefused() throws {
        let part = try graph.subgraph(focus: "forced_marriage_to_fighters")
        let text = try GraphIO.write(part, as: .dataset).text
        let back = try DatasetReader.read(text: text, file: "part.yaml")
        #expect(back.nodeCount == part.nodeCount && back.edgeCount == part.edgeCount)
        let unmarked = text.split(separator: "\n", omittingEmptySubsequences: false).filter { !$0.hasPrefix("  subgraph:") }.joined(separator: "\n")
        #expect(throws: GraphInputError.self) { try DatasetReader.read(text: unmarked, file: "part.yaml") }
        for format in [GraphFileFormat.graphml, .gexf, .nodeLink] {
            let written = try GraphIO.write(part, as: format).text
            #expect(try GraphIO.read(data: Data(written.utf8), file: "part", format: format).nodeCount == part.nodeCount, "\(format)")
        }
    }
}
