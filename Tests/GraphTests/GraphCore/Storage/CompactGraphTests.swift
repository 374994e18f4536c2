import Testing
import Graph
@testable import GraphCore

/// Structural invariants every CSR snapshot must satisfy (also asserted in debug builds when a snapshot is made).
func checkInvariants(_ g: CompactGraph, sourceLocation: SourceLocation = #_sourceLocation) {
    let problems = g.invariantViolations()
    #expect(problems.isEmpty, "\(problems.prefix(5))", sourceLocation: sourceLocation)
}

@Suite struct CompactGraphTests {
    @Test func directedRowsAreSortedAndMirrored() {
        let g = CompactGraph(nodeCount: 4, isDirected: true, sources: [2, 0, 0, 3, 1], targets: [0, 2, 1, 3, 2])
        checkInvariants(g)
        #expect(Array(g.successors(of: 0)) == [1, 2])
        #expect(Array(g.predecessors(of: 2)) == [0, 1])
        #expect(g.outDegree(of: 3) == 1 && g.inDegree(of: 3) == 1)
        let u = g.undirected()
        checkInvariants(u)
        #expect(Array(u.successors(of: 2)) == [0, 0, 1])
        #expect(u.simplified().edgeCount == 4)
        checkInvariants(u.simplified())
    }

    @Test func snapshotOfTheBundledDatasetAndFilters() throws {
        let kg = try BundledDataset.load()
        let s = kg.snapshot()
        checkInvariants(s.graph)
        #expect(s.graph.nodeCount == kg.nodeCount && s.graph.edgeCount == kg.edgeCount)
        for (i, node) in kg.nodes.enumerated() { #expect(s.ids[i] == node.id && s.index(of: node.id) == i) }
        let practices = kg.snapshot(kinds: [.practice, .form], relations: [.amountsTo])
        checkInvariants(practices.graph)
        #expect(practices.graph.nodeCount == 23)
        #expect(practices.graph.edgeCount == kg.edges.filter { $0.relation == .amountsTo }.count)
        #expect(practices.graph.edgeRelations.allSatisfy { $0 == .amountsTo })
    }

    @Test func weakComponentsNumberBlocksBySmallestMember() {
        let g = CompactGraph(nodeCount: 6, isDirected: true, sources: [4, 1, 5], targets: [3, 0, 5])
        let p = g.weaklyConnectedComponents()
        #expect(p.blockCount == 4)
        #expect(p.block == [0, 0, 1, 2, 2, 3])
    }
}

/// Every reference graph's snapshot, and its undirected view, pass the CSR invariant checks.
@Suite struct ReferenceSnapshotTests {
    @Test(arguments: ReferenceGraph.all) func snapshotsAreWellFormed(_ name: String) {
        let r = ReferenceGraph.load(name)
        checkInvariants(r.graph)
        checkInvariants(r.graph.undirected())
    }
}
