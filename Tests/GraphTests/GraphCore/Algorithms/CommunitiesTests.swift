import Foundation
import Testing
import Graph
@testable import GraphCore

/// Louvain communities (Communities.swift): NetworkX's modularity on the reference graphs; two cliques found.
@Suite struct CommunitiesTests {
    private func index(_ r: ReferenceGraph, _ name: String) -> Int { r.names.firstIndex(of: name)! }

    @Test(arguments: ["karate", "florentine", "davis", "kite", "weighted_undirected"])
    func louvainMeetsNetworkXModularityAndIsDeterministic(_ name: String) {
        let r = ReferenceGraph.load(name)
        let bar = r.measures["louvain_seed42_modularity_networkx"]!["value"]!
        let result = r.graph.louvainCommunities(seed: 42)
        #expect(result.modularity >= bar - 1e-9, "\(name): \(result.modularity) < NetworkX \(bar)")
        #expect(abs(result.modularity - r.graph.modularity(of: result.partition)) < 1e-12)
        let again = r.graph.louvainCommunities(seed: 42)
        #expect(again.partition == result.partition)
    }

    @Test func louvainOnTwoCliquesFindsThem() {
        var s: [Int32] = [], t: [Int32] = []
        for base in [0, 5] { for i in 0..<5 { for j in (i + 1)..<5 { s.append(Int32(base + i)); t.append(Int32(base + j)) } } }
        s.append(0); t.append(5)
        let g = CompactGraph(nodeCount: 10, isDirected: false, sources: s, targets: t)
        #expect(g.louvainCommunities(seed: 7).partition.block == [0, 0, 0, 0, 0, 1, 1, 1, 1, 1])
    }
}
