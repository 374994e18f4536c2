import Foundation
import Testing
@testable import graph_tool

/// `--min-evidence` on every command that reads the knowledge graph, and export of a part of it.
@Suite struct MinEvidenceTests {
    @Test func everyAnalysisCommandTakesMinEvidence() throws {
        for args in [["centrality", "--measure", "degree", "--top", "1"], ["components"], ["communities"], ["neighbors", "PR-04"],
                     ["similar", "PR-04", "--top", "1"], ["path", "PR-04", "yazidis"], ["render", "--focus", "PR-04", "--source"],
                     ["export", "-T", "graphml", "-o", "-"]] {
            let run = try ToolRun.run(args + ["--min-evidence", "context"])
            #expect(run.status == 0, "\(args): \(run.stderr)")
        }
        let header = try ToolRun.run(["centrality", "--measure", "degree", "--top", "1", "--min-evidence", "context"])
        #expect(header.stdout.hasPrefix("degree on the undirected graph (172 nodes, 172 edges;"), "the header counts what was analysed")
        let path = try ToolRun.run(["path", "PR-04", "yazidis", "--min-evidence", "context"])
        #expect(!path.stdout.contains("(inferred)"))
        let edges = try ToolRun.run(["centrality", "--input", ToolRun.repository.appendingPathComponent("Tests/GraphToolTests/Resources/golden/small.edges").path,
                                     "--min-evidence", "context"])
        #expect(edges.status == 1 && edges.stderr.contains("needs a graph whose edges carry evidence levels"))
    }

    @Test func exportWritesANeighbourhoodThatReadsBack() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("part-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("pr04.gexf")
        let run = try ToolRun.run(["export", "--focus", "PR-04", "--depth", "1", "-o", file.path])
        #expect(run.status == 0 && run.stderr.contains("(gexf, 25 nodes, 31 edges)"), "\(run.stderr)")
        let info = try ToolRun.run(["info", "--input", file.path, "--format", "json"])
        #expect(info.status == 0, "\(info.stderr)")
        let kinds = try ToolRun.run(["export", "--kind", "practice", "--kind", "form", "-T", "graphml", "-o", "-"])
        #expect(kinds.status == 0 && kinds.stdout.components(separatedBy: "<node ").count - 1 == 23, "14 practices and 9 forms")
    }
}
