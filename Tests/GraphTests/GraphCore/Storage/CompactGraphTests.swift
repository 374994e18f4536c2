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

    /// The naive rule, pair by pair, against the CSR walk: parallel edges and the weight a merged group keeps.
    @Test(arguments: [false, true]) func parallelEdgesAndTheWeightAMergedGroupKeeps(_ directed: Bool) {
        let sources: [Int32] = [0, 1, 0, 1, 2, 3, 3, 2], targets: [Int32] = [1, 0, 1, 2, 2, 3, 3, 1]
        let weights: [Double] = [4, 2, 3, 1, 7, 5, 9, 6]
        let g = CompactGraph(nodeCount: 4, isDirected: directed, sources: sources, targets: targets, weights: weights)
        func pair(_ i: Int) -> [Int32] { directed ? [sources[i], targets[i]] : [sources[i], targets[i]].sorted() }
        var groups: [[Int32]: [Double]] = [:]
        for i in sources.indices { groups[pair(i), default: []].append(weights[i]) }
        #expect(g.hasParallelEdges == groups.values.contains { $0.count > 1 })
        for (keeping, pick) in [(CompactGraph.ParallelWeight.last, { (w: [Double]) in w.last! }), (.lightest, { (w: [Double]) in w.min()! })] {
            let s = g.simplified(keeping: keeping)
            checkInvariants(s)
            #expect(!s.hasParallelEdges && s.edgeCount == groups.count)
            for e in 0..<s.edgeCount {
                let key = directed ? [Int32(s.source(ofEdge: e)), Int32(s.target(ofEdge: e))] : [Int32(s.source(ofEdge: e)), Int32(s.target(ofEdge: e))].sorted()
                #expect(s.weight(ofEdge: e) == pick(groups[key]!), "\(keeping) \(key)")
            }
        }
        let single = CompactGraph(nodeCount: 2, isDirected: false, sources: [0, 1], targets: [1, 1])
        #expect(!single.hasParallelEdges, "one self-loop is listed twice in its row but is no parallel edge")
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
