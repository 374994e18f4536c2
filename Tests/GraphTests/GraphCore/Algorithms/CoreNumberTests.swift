import Foundation
import Testing
import Graph
@testable import GraphCore

/// Core numbers (CoreNumber.swift) against NetworkX.
@Suite struct CoreNumberTests {
    private func index(_ r: ReferenceGraph, _ name: String) -> Int { r.names.firstIndex(of: name)! }

    @Test(arguments: ["karate", "florentine", "davis", "kite", "weighted_undirected", "disconnected"])
    func coreNumbersMatchNetworkX(_ name: String) throws {
        let r = ReferenceGraph.load(name)
        let cores = try r.graph.coreNumbers().map(Double.init)
        #expect(cores == r.expected("core_number")!)
    }

    @Test func coreNumbersRefuseSelfLoops() {
        let g = CompactGraph(nodeCount: 2, isDirected: false, sources: [0, 1], targets: [1, 1])
        #expect(throws: AlgorithmError.selfLoop(node: 1)) { try g.coreNumbers() }
    }
}
