import Testing
@testable import Graph

/// Structural invariants every CSR snapshot must satisfy; called on every snapshot built in the tests.
func checkInvariants(_ g: CompactGraph, sourceLocation: SourceLocation = #_sourceLocation) {
    let n = g.nodeCount
    #expect(g.outOffsets.count == n + 1 && g.inOffsets.count == n + 1, sourceLocation: sourceLocation)
    #expect(g.outOffsets.first == 0 && g.inOffsets.first == 0, sourceLocation: sourceLocation)
    let loops = (0..<g.edgeCount).filter { g.edgeSources[$0] == g.edgeTargets[$0] }.count
    let expectedEntries = g.isDirected ? g.edgeCount : 2 * g.edgeCount - loops
    #expect(g.outOffsets[n] == expectedEntries && g.outTargets.count == expectedEntries, sourceLocation: sourceLocation)
    #expect(g.inOffsets[n] == expectedEntries, sourceLocation: sourceLocation)
    for v in 0..<n {
        #expect(g.outOffsets[v] <= g.outOffsets[v + 1], sourceLocation: sourceLocation)
        let row = Array(g.successors(of: v))
        #expect(row == row.sorted(), "row \(v) not sorted", sourceLocation: sourceLocation)
        for k in g.outOffsets[v]..<g.outOffsets[v + 1] {
            let e = Int(g.outEdges[k]), w = g.outTargets[k]
            let ends = (g.edgeSources[e], g.edgeTargets[e])
            let ok = ends == (Int32(v), w) || (!g.isDirected && ends == (w, Int32(v)))
            #expect(ok, "entry \(k) of row \(v) does not match edge \(e)", sourceLocation: sourceLocation)
        }
        for k in g.inOffsets[v]..<g.inOffsets[v + 1] {
            let e = Int(g.inEdges[k]), u = g.inSources[k]
            let ends = (g.edgeSources[e], g.edgeTargets[e])
            let ok = ends == (u, Int32(v)) || (!g.isDirected && ends == (Int32(v), u))
            #expect(ok, sourceLocation: sourceLocation)
        }
    }
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
        #expect(practices.graph.nodeCount == 22)
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
