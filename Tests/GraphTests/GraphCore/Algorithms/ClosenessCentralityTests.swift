import Foundation
import Testing
import Graph
@testable import GraphCore

/// Closeness and harmonic centrality (ClosenessCentrality.swift) against NetworkX.
@Suite struct ClosenessCentralityTests {
    static let graphs = ReferenceGraph.all

    @Test(arguments: graphs) func closenessAndHarmonic(_ name: String) throws {
        let r = ReferenceGraph.load(name)
        #expect(maxDifference(try r.graph.closenessCentrality().values, r.expected("closeness")!) < 1e-9)
        #expect(maxDifference(try r.graph.closenessCentrality(wfImproved: false).values, r.expected("closeness_no_wf")!) < 1e-9)
        #expect(maxDifference(try r.graph.harmonicCentrality().values, r.expected("harmonic")!) < 1e-9)
        if let weighted = r.expected("closeness_weighted") {
            #expect(maxDifference(try r.graph.closenessCentrality(weighted: true).values, weighted) < 1e-9)
        }
    }
}
