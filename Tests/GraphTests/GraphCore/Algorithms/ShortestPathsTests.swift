import Foundation
import Testing
import Graph
@testable import GraphCore

/// Shortest paths (ShortestPaths.swift) against NetworkX; negative weights refused.
@Suite struct ShortestPathsTests {
    private func index(_ r: ReferenceGraph, _ name: String) -> Int { r.names.firstIndex(of: name)! }

    @Test func shortestPathsMatchNetworkX() throws {
        let r = ReferenceGraph.load("karate")
        let expected = (extraReference["karate_all_shortest_paths_16_25"] as! [[String]])
        let ours = try r.graph.allShortestPaths(from: index(r, "16"), to: index(r, "25")).map { $0.nodes.map { r.names[$0] } }
        #expect(ours == expected)
        #expect(try r.graph.shortestPath(from: index(r, "16"), to: index(r, "25"))?.length == 4)
        let lengths = extraReference["karate_shortest_path_length_from_0"] as! [String: Double]
        let tree = try r.graph.shortestPathDistances(from: index(r, "0"))
        for (node, d) in lengths { #expect(tree.distance(to: index(r, node)) == d) }

        let wd = ReferenceGraph.load("weighted_directed")
        let dijkstra = extraReference["weighted_directed_dijkstra_from_s"] as! [String: Double]
        let wtree = try wd.graph.shortestPathDistances(from: index(wd, "s"), weighted: true)
        for (node, d) in dijkstra { #expect(wtree.distance(to: index(wd, node)) == d) }
        let path = try wd.graph.shortestPath(from: index(wd, "s"), to: index(wd, "v"), weighted: true)
        #expect(path?.nodes.map { wd.names[$0] } == (extraReference["weighted_directed_dijkstra_path_s_v"] as! [String]))
        #expect(path?.edges.count == 3)
    }

    @Test func unreachableTargetHasNoPath() throws {
        let r = ReferenceGraph.load("disconnected")
        #expect(try r.graph.shortestPath(from: 0, to: 5) == nil)
        #expect(try r.graph.shortestPathDistances(from: 0).distance(to: 5) == nil)
    }

    @Test func negativeWeightsAreRejectedForPaths() {
        let g = CompactGraph(nodeCount: 3, isDirected: true, sources: [0, 1], targets: [1, 2], weights: [1, -2])
        #expect(throws: AlgorithmError.negativeWeight(edge: 1, weight: -2)) { try g.betweennessCentrality(weighted: true) }
        #expect(throws: AlgorithmError.self) { try g.shortestPathDistances(from: 0, weighted: true) }
    }
}
