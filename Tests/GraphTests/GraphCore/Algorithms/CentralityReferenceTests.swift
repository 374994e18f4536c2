import Testing
import Graph
@testable import GraphCore

/// Every centrality against NetworkX's own values on the reference graphs (exact measures to 1e-9, iterative ones
/// to 1e-6 as the issue requires; in practice they agree far closer).
@Suite struct CentralityReferenceTests {
    static let graphs = ReferenceGraph.all

    @Test(arguments: graphs) func snapshotsAreWellFormed(_ name: String) {
        let r = ReferenceGraph.load(name)
        checkInvariants(r.graph)
        checkInvariants(r.graph.undirected())
    }

    @Test(arguments: graphs) func degree(_ name: String) throws {
        let r = ReferenceGraph.load(name)
        #expect(maxDifference(r.graph.degreeCentrality().values, r.expected("degree")!) < 1e-12)
        if let inDegree = r.expected("in_degree") {
            #expect(maxDifference(r.graph.degreeCentrality(.incoming).values, inDegree) < 1e-12)
            #expect(maxDifference(r.graph.degreeCentrality(.outgoing).values, r.expected("out_degree")!) < 1e-12)
        }
    }

    @Test(arguments: graphs) func betweenness(_ name: String) throws {
        let r = ReferenceGraph.load(name)
        for threads in [1, 3] {
            #expect(maxDifference(try r.graph.betweennessCentrality(threads: threads).values, r.expected("betweenness")!) < 1e-9)
            #expect(maxDifference(try r.graph.betweennessCentrality(normalized: false, threads: threads).values, r.expected("betweenness_raw")!) < 1e-9)
            #expect(maxDifference(try r.graph.betweennessCentrality(endpoints: true, threads: threads).values, r.expected("betweenness_endpoints")!) < 1e-9)
        }
        if let weighted = r.expected("betweenness_weighted") {
            #expect(maxDifference(try r.graph.betweennessCentrality(weighted: true).values, weighted) < 1e-9)
        }
    }

    @Test(arguments: graphs) func edgeBetweenness(_ name: String) throws {
        let r = ReferenceGraph.load(name)
        let ours = try r.graph.edgeBetweennessCentrality()
        let reference = r.measures["edge_betweenness"]!
        #expect(reference.count == r.graph.edgeCount)
        for e in 0..<r.graph.edgeCount {
            let u = r.names[Int(r.graph.edgeSources[e])], v = r.names[Int(r.graph.edgeTargets[e])]
            let expected = reference["\(u)|\(v)"] ?? reference["\(v)|\(u)"]!
            #expect(abs(ours[e] - expected) < 1e-9, "\(name) edge \(u)|\(v)")
        }
    }

    @Test(arguments: graphs) func closenessAndHarmonic(_ name: String) throws {
        let r = ReferenceGraph.load(name)
        #expect(maxDifference(try r.graph.closenessCentrality().values, r.expected("closeness")!) < 1e-9)
        #expect(maxDifference(try r.graph.closenessCentrality(wfImproved: false).values, r.expected("closeness_no_wf")!) < 1e-9)
        #expect(maxDifference(try r.graph.harmonicCentrality().values, r.expected("harmonic")!) < 1e-9)
        if let weighted = r.expected("closeness_weighted") {
            #expect(maxDifference(try r.graph.closenessCentrality(weighted: true).values, weighted) < 1e-9)
        }
    }

    @Test(arguments: graphs) func pageRank(_ name: String) throws {
        let r = ReferenceGraph.load(name)
        // NetworkX's pagerank uses the 'weight' attribute by default, so the reference is weighted on weighted graphs.
        let ours = try r.graph.pageRank(weighted: r.weighted)
        #expect(maxDifference(ours.values, r.expected("pagerank")!) < 1e-9)
        #expect(abs(ours.values.reduce(0, +) - 1) < 1e-12)
        if let weighted = r.expected("pagerank_weighted") {
            #expect(maxDifference(try r.graph.pageRank(weighted: true).values, weighted) < 1e-9)
        }
    }

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

    @Test func nonConvergenceIsATypedError() {
        let r = ReferenceGraph.load("karate")
        #expect(throws: AlgorithmError.self) { try r.graph.pageRank(maxIterations: 3) }
        #expect(throws: AlgorithmError.self) { try r.graph.katzCentrality(alpha: 0.9) }
        #expect(throws: AlgorithmError.self) { try r.graph.pageRank(damping: 1.5) }
    }

    @Test func negativeWeightsAreRejectedForPaths() {
        let g = CompactGraph(nodeCount: 3, isDirected: true, sources: [0, 1], targets: [1, 2], weights: [1, -2])
        #expect(throws: AlgorithmError.negativeWeight(edge: 1, weight: -2)) { try g.betweennessCentrality(weighted: true) }
        #expect(throws: AlgorithmError.self) { try g.shortestPathDistances(from: 0, weighted: true) }
    }
}
