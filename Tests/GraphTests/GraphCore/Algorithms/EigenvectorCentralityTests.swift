import Foundation
import Testing
import Graph
@testable import GraphCore

/// Eigenvector, Katz and HITS (EigenvectorCentrality.swift) against NetworkX.
@Suite struct EigenvectorCentralityTests {
    static let graphs = ReferenceGraph.all

    @Test(arguments: graphs) func eigenvectorAndKatz(_ name: String) throws {
        let r = ReferenceGraph.load(name)
        if let expected = r.expected("eigenvector") {
            #expect(maxDifference(try r.graph.eigenvectorCentrality().values, expected) < 1e-9)
        }
        if let expected = r.expected("katz_alpha_0.05") {
            #expect(maxDifference(try r.graph.katzCentrality(alpha: 0.05).values, expected) < 1e-9)
        }
    }

    @Test(arguments: graphs) func hits(_ name: String) throws {
        let r = ReferenceGraph.load(name)
        guard let hubs = r.expected("hits_hubs") else { return }
        // NetworkX's hits builds its matrix with the 'weight' attribute by default.
        let ours = try r.graph.hits(weighted: r.weighted)
        #expect(maxDifference(ours.hubs.values, hubs) < 1e-6)
        #expect(maxDifference(ours.authorities.values, r.expected("hits_authorities")!) < 1e-6)
    }
}
