import Foundation
import Testing

/// A generic graph with parallel edges is a multigraph with NetworkX's conventions where a choice exists: shortest
/// paths use the lightest parallel edge, degree counts parallel edges, PageRank sums them. Reference values: NetworkX
/// 3.6.1 on the same MultiGraph (Resources/formats/networkx_multigraph.graphml and fixtures.json, written by
/// make_fixtures.py). PageRank is compared to 1e-5: NetworkX stops at its default tolerance (1e-6, L1 over nodes).
@Suite struct MultigraphTests {
    static let file = DirectionTests.formats.appendingPathComponent("networkx_multigraph.graphml").path

    private struct Reference: Decodable {
        struct Multigraph: Decodable {
            var degree, betweenness, betweenness_weighted, closeness_weighted, pagerank, pagerank_weighted: [String: Double]
            var shortest_path_length_a_e_weighted: Double
        }
        var multigraph: Multigraph
    }
    private struct Row: Decodable { var id: String; var score: Double }

    private func reference() throws -> Reference.Multigraph {
        try JSONDecoder().decode(Reference.self, from: Data(contentsOf: DirectionTests.formats.appendingPathComponent("fixtures.json"))).multigraph
    }

    private func expectScores(_ arguments: [String], _ expected: [String: Double], tolerance: Double = 1e-12) throws {
        let run = try ToolRun.run(["centrality", "--input", Self.file, "--format", "json"] + arguments)
        #expect(run.status == 0, "\(run.stderr)")
        let got = Dictionary(uniqueKeysWithValues: try JSONDecoder().decode([Row].self, from: Data(run.stdout.utf8)).map { ($0.id, $0.score) })
        #expect(Set(got.keys) == Set(expected.keys))
        for (k, v) in expected { #expect(abs((got[k] ?? .nan) - v) < tolerance, "\(arguments): \(k) \(got[k] ?? .nan) vs NetworkX \(v)") }
    }

    @Test func measuresFollowNetworkXOnAMultigraph() throws {
        let ref = try reference()
        try expectScores(["--measure", "degree"], ref.degree)
        try expectScores(["--measure", "betweenness"], ref.betweenness)
        try expectScores(["--measure", "betweenness", "--weighted"], ref.betweenness_weighted)
        try expectScores(["--measure", "closeness", "--weighted"], ref.closeness_weighted)
        try expectScores(["--measure", "pagerank"], ref.pagerank, tolerance: 1e-5)
        try expectScores(["--measure", "pagerank", "--weighted"], ref.pagerank_weighted, tolerance: 1e-5)
    }

    @Test func aWeightedPathTakesTheLightestParallelEdge() throws {
        let run = try ToolRun.run(["path", "a", "e", "--input", Self.file, "--weighted"])
        let length = Int(try reference().shortest_path_length_a_e_weighted)
        #expect(run.status == 0 && run.stdout.contains("length \(length)"), "\(run.stdout)")
    }
}
