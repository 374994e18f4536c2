import Foundation
import Testing
import Graph
@_spi(Benchmarking) @testable import GraphCore

/// The obvious O(V³) betweenness — Floyd–Warshall distances, path counts in distance order, then
/// `Σ σ(s,v)σ(v,t)/σ(s,t)` over pairs — cross-checks Brandes on random graphs of every flavour.
enum NaiveBetweenness {
    static func compute(_ g: CompactGraph, weighted: Bool) -> [Double] {
        let c = dependencySums(g, weighted: weighted, sources: Array(0..<g.nodeCount))
        return g.isDirected ? c : c.map { $0 / 2 }
    }

    /// `Σ σ(s,v)σ(v,t)/σ(s,t)` over ordered pairs with `s` in `sources`, neither halved nor normalized.
    static func dependencySums(_ g: CompactGraph, weighted: Bool, sources: [Int]) -> [Double] {
        let n = g.nodeCount
        var dist = [[Double]](repeating: [Double](repeating: .infinity, count: n), count: n)
        for v in 0..<n { dist[v][v] = 0 }
        for e in 0..<g.edgeCount {
            let u = Int(g.edgeSources[e]), v = Int(g.edgeTargets[e]), w = weighted ? g.weight(ofEdge: e) : 1
            dist[u][v] = min(dist[u][v], w)
            if !g.isDirected { dist[v][u] = min(dist[v][u], w) }
        }
        for k in 0..<n { for i in 0..<n { for j in 0..<n where dist[i][k] + dist[k][j] < dist[i][j] { dist[i][j] = dist[i][k] + dist[k][j] } } }
        var sigma = [[Double]](repeating: [Double](repeating: 0, count: n), count: n)
        for s in 0..<n {
            sigma[s][s] = 1
            let order = (0..<n).filter { dist[s][$0].isFinite }.sorted { dist[s][$0] < dist[s][$1] }
            for t in order where t != s {
                for e in 0..<g.edgeCount {
                    let a = Int(g.edgeSources[e]), b = Int(g.edgeTargets[e]), w = weighted ? g.weight(ofEdge: e) : 1
                    if b == t && dist[s][a] + w == dist[s][t] { sigma[s][t] += sigma[s][a] }
                    if !g.isDirected && a == t && dist[s][b] + w == dist[s][t] { sigma[s][t] += sigma[s][b] }
                }
            }
        }
        var c = [Double](repeating: 0, count: n)
        for s in sources { for t in 0..<n where s != t && dist[s][t].isFinite {
            for v in 0..<n where v != s && v != t && dist[s][v] + dist[v][t] == dist[s][t] {
                c[v] += sigma[s][v] * sigma[v][t] / sigma[s][t]
            }
        } }
        return c
    }

    /// A random simple graph (no self-loops, no parallel edges) with integer weights 1...4.
    static func randomGraph(nodes n: Int, edges m: Int, directed: Bool, seed: UInt64) -> CompactGraph {
        var rng = SeededGenerator(seed: seed)
        var seen = Set<Int>(), s: [Int32] = [], t: [Int32] = [], w: [Double] = []
        while s.count < m {
            var u = rng.nextInt(below: n), v = rng.nextInt(below: n)
            if u == v { continue }
            if !directed && u > v { swap(&u, &v) }
            if !seen.insert(u * n + v).inserted { continue }
            s.append(Int32(u)); t.append(Int32(v)); w.append(Double(1 + rng.nextInt(below: 4)))
        }
        return CompactGraph(nodeCount: n, isDirected: directed, sources: s, targets: t, weights: w)
    }
}

/// Betweenness and edge betweenness (BetweennessCentrality.swift): NetworkX's values on the reference graphs, and a naive O(V³) implementation on random graphs of every flavour, directed and not, weighted and not, with 1, 2 and 4 threads.
@Suite struct BetweennessCentralityTests {
    static let graphs = ReferenceGraph.all

    @Test(arguments: graphs) func betweenness(_ name: String) throws {
        let r = ReferenceGraph.load(name)
        for threads in [1, 3] {
            #expect(maxDifference(try r.graph.betweennessCentrality(threads: threads).values, r.expected("betweenness")!) < 1e-9)
            #expect(maxDifference(try r.graph.betweennessCentrality(normalized: false, threads: threads).values, r.expected("betweenness_raw")!) < 1e-9)
            #expect(maxDifference(try r.graph.betweennessCentrality(endpoints: true, threads: threads).values, r.expected("betweenness_endpoints")!) < 1e-9)
        }
        if let weighted = r.expected("betweenness_weighted") {
            #expect(maxDifference(try r.graph.betweennessCentrality(weighted: true).values, weighted) < 1e-9)
        }
    }

    @Test(arguments: graphs) func edgeBetweenness(_ name: String) throws {
        let r = ReferenceGraph.load(name)
        let ours = try r.graph.edgeBetweennessCentrality()
        let reference = r.measures["edge_betweenness"]!
        #expect(reference.count == r.graph.edgeCount)
        for e in 0..<r.graph.edgeCount {
            let u = r.names[Int(r.graph.edgeSources[e])], v = r.names[Int(r.graph.edgeTargets[e])]
            let expected = reference["\(u)|\(v)"] ?? reference["\(v)|\(u)"]!
            #expect(abs(ours[e] - expected) < 1e-9, "\(name) edge \(u)|\(v)")
        }
    }

    @Test(arguments: [false, true], [false, true])
    func brandesAgreesWithTheNaiveCount(directed: Bool, weighted: Bool) throws {
        for seed in UInt64(1)...6 {
            let n = 8 + Int(seed) * 3
            let g = NaiveBetweenness.randomGraph(nodes: n, edges: n * 2, directed: directed, seed: seed)
            checkInvariants(g)
            let naive = NaiveBetweenness.compute(g, weighted: weighted)
            for threads in [1, 2, 4] {
                let fast = try g.betweennessCentrality(weighted: weighted, normalized: false, threads: threads)
                #expect(maxDifference(fast.values, naive) < 1e-9, "seed \(seed) threads \(threads)")
            }
        }
    }

    @Test(arguments: [false, true])
    func sumsFromASampleOfSourcesAgreeWithTheNaiveCount(directed: Bool) throws {
        for seed in UInt64(1)...4 {
            let n = 12 + Int(seed) * 3
            let g = NaiveBetweenness.randomGraph(nodes: n, edges: n * 2, directed: directed, seed: seed)
            let sources = stride(from: Int(seed) % 3, to: n, by: 3).map { $0 }
            for weighted in [false, true] {
                let naive = NaiveBetweenness.dependencySums(g, weighted: weighted, sources: sources)
                for threads in [1, 2] {
                    let fast = try g.betweennessDependencySums(sources: sources, weighted: weighted, threads: threads)
                    #expect(maxDifference(fast, naive) < 1e-9, "seed \(seed) weighted \(weighted) threads \(threads)")
                }
            }
        }
        let g = NaiveBetweenness.randomGraph(nodes: 5, edges: 6, directed: directed, seed: 1)
        #expect(throws: AlgorithmError.invalidParameter(name: "sources", value: "5", reason: "not a node index (0..<5)")) {
            try g.betweennessDependencySums(sources: [0, 5])
        }
    }

    /// Undirected graphs keep BFS levels modulo 255 in one byte; these graphs are far deeper than 255 levels.
    @Test func levelsDeeperThanOneByteAreExact() throws {
        // A path: node i lies on i·(n−1−i) of the unordered pairs' shortest paths.
        let n = 700
        let path = CompactGraph(nodeCount: n, isDirected: false, sources: (0..<n - 1).map { Int32($0) },
                                targets: (1..<n).map { Int32($0) }, weights: nil)
        let closedForm = (0..<n).map { Double($0 * (n - 1 - $0)) }
        for threads in [1, 2] {
            #expect(try path.betweennessCentrality(normalized: false, threads: threads).values == closedForm)
            #expect(try path.betweennessCentrality(normalized: false, endpoints: true, threads: threads).values
                    == (0..<n).map { closedForm[$0] + Double(n - 1) })
        }
        // A path with a chord every 7 nodes (several shortest paths around each chord's triangle), both as an undirected
        // graph (one-byte levels) and as a directed graph with both arcs (exact levels): ordered-pair sums agree.
        var s: [Int32] = [], t: [Int32] = []
        for i in 0..<(2_000 - 1) { s.append(Int32(i)); t.append(Int32(i + 1)) }
        for i in stride(from: 0, to: 2_000 - 3, by: 7) { s.append(Int32(i)); t.append(Int32(i + 3)) }
        let undirected = CompactGraph(nodeCount: 2_000, isDirected: false, sources: s, targets: t, weights: nil)
        let bothWays = CompactGraph(nodeCount: 2_000, isDirected: true, sources: s + t, targets: t + s, weights: nil)
        let narrow = try undirected.betweennessCentrality(normalized: false).values
        let wide = try bothWays.betweennessCentrality(normalized: false).values
        #expect(maxDifference(narrow.map { 2 * $0 }, wide) <= 1e-9 * (wide.max() ?? 1))
        #expect(narrow.contains { $0 != $0.rounded() }, "the chords make fractional dependencies")
    }

    @Test func oneAndManyThreadsAgreeToRounding() throws {
        let g = NaiveBetweenness.randomGraph(nodes: 200, edges: 800, directed: false, seed: 99)
        let one = try g.betweennessCentrality(threads: 1).values
        let many = try g.betweennessCentrality(threads: 2).values
        for (a, b) in zip(one, many) { #expect(abs(a - b) <= 1e-12 * max(1, abs(a))) }
        let closeOne = try g.closenessCentrality(threads: 1).values, closeMany = try g.closenessCentrality(threads: 3).values
        #expect(closeOne == closeMany)
    }
}
