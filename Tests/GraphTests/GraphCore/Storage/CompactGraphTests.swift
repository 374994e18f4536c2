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

    /// The rows against a naive construction (each node's arcs collected and sorted by (neighbour, edge)), on random
    /// graphs with hubs, self-loops and parallel edges, in random order and sorted by source, below and above the size
    /// from which the rows are built on several threads.
    @Test(arguments: [false, true]) func rowsMatchANaiveConstruction(_ directed: Bool) {
        var rng = SeededGenerator(seed: directed ? 5 : 6)
        for (nodes, edges) in [(50, 400), (3_000, CompactGraph.concurrentRowsThreshold + 5_000)] {
            for ordered in [false, true] {
                var pairs: [(Int32, Int32)] = (0..<edges).map { _ in
                    // about a third of the edges touch one of three hubs, so some rows take the packed-key sort
                    let u = rng.nextInt(below: 3) == 0 ? Int32(rng.nextInt(below: 3)) : Int32(rng.nextInt(below: nodes))
                    let v = rng.nextInt(below: 40) == 0 ? u : Int32(rng.nextInt(below: nodes))
                    return (u, v)
                }
                if ordered { pairs.sort { ($0.0, $0.1) < ($1.0, $1.1) } }
                let g = CompactGraph(nodeCount: nodes, isDirected: directed, sources: pairs.map(\.0), targets: pairs.map(\.1))
                checkInvariants(g)
                var outRows = [[(Int32, Int32)]](repeating: [], count: nodes), inRows = outRows
                for (e, (u, v)) in pairs.enumerated() {
                    outRows[Int(u)].append((v, Int32(e)))
                    if directed { inRows[Int(v)].append((u, Int32(e))) } else if u != v { outRows[Int(v)].append((u, Int32(e))) }
                }
                func sorted(_ row: [(Int32, Int32)]) -> [[Int32]] { row.sorted { ($0.0, $0.1) < ($1.0, $1.1) }.map { [$0.0, $0.1] } }
                for v in 0..<nodes {
                    #expect(zip(g.successors(of: v), g.outEdges(of: v)).map { [$0, $1] } == sorted(outRows[v]), "out-row \(v)")
                    if directed { #expect(zip(g.predecessors(of: v), g.inEdges(of: v)).map { [$0, $1] } == sorted(inRows[v]), "in-row \(v)") }
                }
                let naivePairs = pairs.map { directed ? [$0.0, $0.1] : [min($0.0, $0.1), max($0.0, $0.1)] }
                #expect(g.hasParallelEdges == (Set(naivePairs).count < naivePairs.count))
                let simple = CompactGraph(nodeCount: 3, isDirected: directed, sources: [0, 1, 2], targets: [1, 2, 2])
                #expect(!simple.hasParallelEdges)
            }
        }
    }

    /// A graph without weights keeps none: every measure asked to use weights runs on weights of 1 and agrees with
    /// its unweighted run (and never reads past an empty weight array).
    @Test(arguments: [false, true]) func weightedMeasuresOnAGraphWithoutWeightsAreTheUnweightedOnes(_ directed: Bool) throws {
        let g = CompactGraph(nodeCount: 6, isDirected: directed, sources: [0, 1, 2, 2, 3, 4, 5, 0, 5], targets: [1, 2, 0, 3, 4, 5, 0, 4, 5])
        #expect(!g.hasWeights && g.weight(ofEdge: 3) == 1)
        #expect(try g.pageRank(weighted: true).values == g.pageRank().values)
        #expect(try g.betweennessCentrality(weighted: true).values == g.betweennessCentrality().values)
        #expect(try g.approximateBetweennessCentrality(sampleSize: 3, seed: 1, weighted: true).values == g.approximateBetweennessCentrality(sampleSize: 3, seed: 1).values)
        #expect(try g.edgeBetweennessCentrality(weighted: true) == g.edgeBetweennessCentrality())
        #expect(try g.closenessCentrality(weighted: true).values == g.closenessCentrality().values)
        #expect(try g.harmonicCentrality(weighted: true).values == g.harmonicCentrality().values)
        #expect(try g.shortestPathDistances(from: 0, weighted: true).distances == g.shortestPathDistances(from: 0).distances)
        #expect(try g.allShortestPaths(from: 0, to: 5, weighted: true) == g.allShortestPaths(from: 0, to: 5))
        #expect(try g.eigenvectorCentrality(weighted: true).values == g.eigenvectorCentrality().values)
        #expect(try g.katzCentrality(weighted: true).values == g.katzCentrality().values)
        #expect(try g.spectralRadius(weighted: true) == g.spectralRadius())
        #expect(try g.hits(weighted: true).hubs.values == g.hits().hubs.values)
        #expect(g.louvainCommunities(weighted: true).partition.block == g.louvainCommunities().partition.block)
        #expect(g.leidenCommunities(weighted: true).partition.block == g.leidenCommunities().partition.block)
        let halves = Partition(labels: [0, 0, 0, 1, 1, 1])
        #expect(g.modularity(of: halves, weighted: true) == g.modularity(of: halves))
        #expect(g.simplified(keeping: .lightest).edgeSources == g.simplified().edgeSources)
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
