import Foundation
import Testing
import Graph
@testable import GraphCore

/// Jaccard similarity, ego networks and the bipartite projection (Similarity.swift) against NetworkX.
@Suite struct SimilarityTests {
    private func index(_ r: ReferenceGraph, _ name: String) -> Int { r.names.firstIndex(of: name)! }

    @Test func jaccardMatchesNetworkX() {
        let r = ReferenceGraph.load("kite")
        for (key, value) in extraReference["kite_jaccard"] as! [String: Double] {
            let parts = key.split(separator: "|").map(String.init)
            #expect(abs(r.graph.jaccardSimilarity(index(r, parts[0]), index(r, parts[1])) - value) < 1e-12, "\(key)")
        }
    }

    @Test func egoNetworkSizesMatchNetworkX() {
        let r = ReferenceGraph.load("karate")
        for (depth, size) in extraReference["karate_ego_sizes_depth"] as! [String: Int] {
            #expect(r.graph.egoNetwork(of: index(r, "0"), depth: Int(depth)!).count == size)
        }
    }

    @Test func bipartiteProjectionMatchesNetworkX() {
        let r = ReferenceGraph.load("davis")
        let womenNames = Set(extraReference["davis_women"] as! [String])
        let women = Set(r.names.indices.filter { womenNames.contains(r.names[$0]) })
        let projection = r.graph.bipartiteProjection(onto: women)
        checkInvariants(projection)
        let expected = extraReference["davis_women_projection"] as! [String: Double]
        #expect(projection.edgeCount == expected.count)
        for e in 0..<projection.edgeCount {
            let u = r.names[Int(projection.edgeSources[e])], v = r.names[Int(projection.edgeTargets[e])]
            #expect(projection.edgeWeights[e] == (expected["\(u)|\(v)"] ?? expected["\(v)|\(u)"]))
        }
    }
}
