import Foundation
import Testing
import Graph
@testable import GraphCore

/// Degree centrality (DegreeCentrality.swift) against NetworkX on the reference graphs.
@Suite struct DegreeCentralityTests {
    static let graphs = ReferenceGraph.all

    @Test(arguments: graphs) func degree(_ name: String) throws {
        let r = ReferenceGraph.load(name)
        #expect(maxDifference(r.graph.degreeCentrality().values, r.expected("degree")!) < 1e-12)
        if let inDegree = r.expected("in_degree") {
            #expect(maxDifference(r.graph.degreeCentrality(.incoming).values, inDegree) < 1e-12)
            #expect(maxDifference(r.graph.degreeCentrality(.outgoing).values, r.expected("out_degree")!) < 1e-12)
        }
    }
}
