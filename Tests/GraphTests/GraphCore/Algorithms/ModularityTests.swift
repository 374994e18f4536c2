import Foundation
import Testing
import Graph
@testable import GraphCore

/// Modularity (Modularity.swift) against NetworkX.
@Suite struct ModularityTests {
    private func index(_ r: ReferenceGraph, _ name: String) -> Int { r.names.firstIndex(of: name)! }

    @Test func modularityMatchesNetworkX() {
        let r = ReferenceGraph.load("karate")
        let factions = extraReference["karate_club_faction_of"] as! [String: Int]
        let partition = Partition(labels: r.names.map { factions[$0]! })
        #expect(abs(r.graph.modularity(of: partition) - (extraReference["karate_club_modularity"] as! Double)) < 1e-12)
        #expect(abs(r.graph.modularity(of: partition, resolution: 0.5) - (extraReference["karate_club_modularity_resolution_0.5"] as! Double)) < 1e-12)
        let wd = ReferenceGraph.load("weighted_directed")
        let blocks = Partition(labels: wd.names.map { ["s", "u"].contains($0) ? 0 : 1 })
        #expect(abs(wd.graph.modularity(of: blocks, weighted: true) - (extraReference["weighted_directed_modularity_su_xvy"] as! Double)) < 1e-12)
    }
}
