import Foundation
import Testing
import Graph
@testable import GraphCore

/// PageRank (PageRank.swift) against NetworkX: plain, personalised, with a dangling distribution and other dampings; failures to converge; the parallel pull.
@Suite struct PageRankTests {
    static let graphs = ReferenceGraph.all

    private func vector(_ r: ReferenceGraph, _ values: [String: Double]) -> [Double] { r.names.map { values[$0] ?? 0 } }

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

    @Test func personalizationDanglingAndDampingMatchNetworkX() throws {
        let karate = ReferenceGraph.load("karate")
        let personal = vector(karate, ["0": 1, "33": 3])
        let expected = vector(karate, extraReference["karate_pagerank_personalized_0_33"] as! [String: Double])
        #expect(maxDifference(try karate.graph.pageRank(personalization: personal).values, expected) < 1e-9)
        let half = vector(karate, extraReference["karate_pagerank_damping_0.5"] as! [String: Double])
        #expect(maxDifference(try karate.graph.pageRank(damping: 0.5).values, half) < 1e-9)

        let lm = ReferenceGraph.load("langville_meyer")
        let got = try lm.graph.pageRank(personalization: vector(lm, ["1": 1, "6": 2]), dangling: vector(lm, ["4": 1])).values
        #expect(maxDifference(got, vector(lm, extraReference["langville_meyer_pagerank_dangling_4"] as! [String: Double])) < 1e-9)
    }

    @Test func badVectorsAreRejected() {
        let g = ReferenceGraph.load("kite").graph
        #expect(throws: AlgorithmError.self) { try g.pageRank(personalization: [1, 2]) }
        #expect(throws: AlgorithmError.self) { try g.pageRank(personalization: [Double](repeating: 0, count: 10)) }
        #expect(throws: AlgorithmError.self) { try g.pageRank(personalization: [Double](repeating: -1, count: 10)) }
    }

    @Test func nonConvergenceIsATypedError() {
        let r = ReferenceGraph.load("karate")
        #expect(throws: AlgorithmError.self) { try r.graph.pageRank(maxIterations: 3) }
        #expect(throws: AlgorithmError.self) { try r.graph.katzCentrality(alpha: 0.9) }
        #expect(throws: AlgorithmError.self) { try r.graph.pageRank(damping: 1.5) }
    }

    @Test func parallelPageRankMatchesTheSerialOne() throws {
        // 60,000 nodes: above the size where PageRank pulls in parallel.
        let g = NaiveBetweenness.randomGraph(nodes: 60_000, edges: 180_000, directed: true, seed: 5)
        let one = try g.pageRank(threads: 1).values, two = try g.pageRank(threads: 2).values
        for (a, b) in zip(one, two) { #expect(abs(a - b) <= 1e-12 * max(a, 1e-300) + 1e-18) }
        #expect(abs(two.reduce(0, +) - 1) < 1e-9)
    }
}
