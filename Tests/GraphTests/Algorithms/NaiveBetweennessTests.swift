import Testing
@testable import Graph

/// The obvious O(V³) betweenness — Floyd–Warshall distances, path counts in distance order, then
/// `Σ σ(s,v)σ(v,t)/σ(s,t)` over pairs — cross-checks Brandes on random graphs of every flavour.
enum NaiveBetweenness {
    static func compute(_ g: CompactGraph, weighted: Bool) -> [Double] {
        let n = g.nodeCount
        var dist = [[Double]](repeating: [Double](repeating: .infinity, count: n), count: n)
        for v in 0..<n { dist[v][v] = 0 }
        for e in 0..<g.edgeCount {
            let u = Int(g.edgeSources[e]), v = Int(g.edgeTargets[e]), w = weighted ? g.edgeWeights[e] : 1
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
                    let a = Int(g.edgeSources[e]), b = Int(g.edgeTargets[e]), w = weighted ? g.edgeWeights[e] : 1
                    if b == t && dist[s][a] + w == dist[s][t] { sigma[s][t] += sigma[s][a] }
                    if !g.isDirected && a == t && dist[s][b] + w == dist[s][t] { sigma[s][t] += sigma[s][b] }
                }
            }
        }
        var c = [Double](repeating: 0, count: n)
        for s in 0..<n { for t in 0..<n where s != t && dist[s][t].isFinite {
            for v in 0..<n where v != s && v != t && dist[s][v] + dist[v][t] == dist[s][t] {
                c[v] += sigma[s][v] * sigma[v][t] / sigma[s][t]
            }
        } }
        return g.isDirected ? c : c.map { $0 / 2 }
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

@Suite struct NaiveBetweennessTests {
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

    @Test func oneAndManyThreadsAgreeToRounding() throws {
        let g = NaiveBetweenness.randomGraph(nodes: 200, edges: 800, directed: false, seed: 99)
        let one = try g.betweennessCentrality(threads: 1).values
        let many = try g.betweennessCentrality(threads: 2).values
        for (a, b) in zip(one, many) { #expect(abs(a - b) <= 1e-12 * max(1, abs(a))) }
        let closeOne = try g.closenessCentrality(threads: 1).values, closeMany = try g.closenessCentrality(threads: 3).values
        #expect(closeOne == closeMany)
    }

    @Test func parallelPageRankMatchesTheSerialOne() throws {
        // 60,000 nodes: above the size where PageRank pulls in parallel.
        let g = NaiveBetweenness.randomGraph(nodes: 60_000, edges: 180_000, directed: true, seed: 5)
        let one = try g.pageRank(threads: 1).values, two = try g.pageRank(threads: 2).values
        for (a, b) in zip(one, two) { #expect(abs(a - b) <= 1e-12 * max(a, 1e-300) + 1e-18) }
        #expect(abs(two.reduce(0, +) - 1) < 1e-9)
    }
}
