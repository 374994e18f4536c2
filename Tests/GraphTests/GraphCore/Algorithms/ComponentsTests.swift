import Foundation
import Testing
import Graph
@testable import GraphCore

/// Weak and strong components (Components.swift) against NetworkX.
@Suite struct ComponentsTests {
    private func index(_ r: ReferenceGraph, _ name: String) -> Int { r.names.firstIndex(of: name)! }

    @Test(arguments: ReferenceGraph.all) func componentCounts(_ name: String) {
        let r = ReferenceGraph.load(name)
        let expected = (r.measures["components"]!["weak"])!
        #expect(Double(r.graph.weaklyConnectedComponents().blockCount) == expected)
    }

    @Test func strongComponentsMatchNetworkX() {
        for (graph, key) in [("langville_meyer", "langville_meyer_strong_components"), ("weighted_directed", "weighted_directed_strong_components")] {
            let r = ReferenceGraph.load(graph)
            let ours = r.graph.stronglyConnectedComponents().members.map { $0.map { r.names[$0] }.sorted() }.sorted { $0.lexicographicallyPrecedes($1) }
            #expect(ours == (extraReference[key] as! [[String]]))
        }
        // A 10,000-node cycle: the iterative search must not overflow the stack.
        let n = 10_000
        let cycle = CompactGraph(nodeCount: n, isDirected: true, sources: (0..<n).map { Int32($0) }, targets: (0..<n).map { Int32(($0 + 1) % n) })
        #expect(cycle.stronglyConnectedComponents().blockCount == 1)
    }
}
