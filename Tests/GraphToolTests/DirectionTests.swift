import Foundation
import Testing

/// A graph file that declares its direction is analysed that way, as NetworkX reads it; the knowledge graph keeps its
/// undirected default; the header says which view ran and why. Reference values: NetworkX 3.6.1's betweenness of the
/// same digraph, directed and `to_undirected()`, in Resources/formats/fixtures.json (written by make_fixtures.py).
@Suite struct DirectionTests {
    static let formats = ToolRun.repository.appendingPathComponent("Tests/GraphTests/Resources/formats")

    private struct Reference: Decodable {
        struct Directed: Decodable { var betweenness: [String: Double]; var betweenness_undirected: [String: Double] }
        var directed: Directed
    }
    private struct Row: Decodable { var id: String; var score: Double }

    private func reference() throws -> Reference.Directed {
        try JSONDecoder().decode(Reference.self, from: Data(contentsOf: Self.formats.appendingPathComponent("fixtures.json"))).directed
    }

    private func scores(_ arguments: [String]) throws -> [String: Double] {
        let run = try ToolRun.run(["centrality", "--format", "json"] + arguments)
        #expect(run.status == 0, "\(run.stderr)")
        return Dictionary(uniqueKeysWithValues: try JSONDecoder().decode([Row].self, from: Data(run.stdout.utf8)).map { ($0.id, $0.score) })
    }

    private func expectClose(_ a: [String: Double], _ b: [String: Double], _ what: String) {
        #expect(Set(a.keys) == Set(b.keys), "\(what)")
        for (k, v) in b { #expect(abs((a[k] ?? .nan) - v) < 1e-12, "\(what): \(k) \(a[k] ?? .nan) vs NetworkX \(v)") }
    }

    @Test(arguments: ["networkx_directed.graphml", "networkx_directed.gexf", "networkx_directed.json"])
    func aDeclaredDigraphIsAnalysedDirected(_ name: String) throws {
        let file = Self.formats.appendingPathComponent(name).path
        let ref = try reference()
        expectClose(try scores(["--input", file]), ref.betweenness, "\(name) as declared")
        expectClose(try scores(["--input", file, "--undirected"]), ref.betweenness_undirected, "\(name) --undirected")
        let header = try ToolRun.run(["centrality", "--input", file, "--top", "1"])
        #expect(header.stdout.hasPrefix("betweenness on the directed graph (5 nodes, 6 edges; directed, as the file declares; --undirected ignores it)"), "\(header.stdout)")
    }

    @Test func directedOnAnUndirectedFileIsAnErrorNotANoOp() throws {
        let run = try ToolRun.run(["centrality", "--input", Self.formats.appendingPathComponent("networkx_karate.graphml").path, "--directed"])
        #expect(run.status == 1 && run.stderr.contains("declares an undirected graph") && !run.stderr.contains("Usage"), "\(run.stderr)")
        let both = try ToolRun.run(["centrality", "--directed", "--undirected"])
        #expect(both.status == 64 && both.stderr.contains("not both"))
    }

    @Test func theKnowledgeGraphKeepsItsUndirectedDefaultAndSaysSo() throws {
        let run = try ToolRun.run(["centrality", "--top", "1"])
        #expect(run.stdout.hasPrefix("betweenness on the undirected graph (172 nodes, 671 edges; relations read both ways; --directed keeps their directions)"), "\(run.stdout)")
        // …also when it comes from a file that declares a digraph (our own GraphML export of it)
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("direction-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("osce.graphml").path
        #expect(try ToolRun.run(["export", "-o", file]).status == 0)
        #expect(try scores(["--input", file]) == scores([]))
        let directed = try ToolRun.run(["centrality", "--input", file, "--directed", "--top", "1"])
        #expect(directed.stdout.hasPrefix("betweenness on the directed graph (172 nodes, 671 edges; stored directions, as asked)"), "\(directed.stdout)")
    }
}
