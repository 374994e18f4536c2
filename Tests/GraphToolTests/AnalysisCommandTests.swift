import Foundation
import Testing
@testable import graph_tool

@Suite struct AnalysisCommandTests {
    @Test func centralityCSVHasTheDocumentedColumnsAndKindFilter() throws {
        let run = try ToolRun.run(["centrality", "--measure", "pagerank", "--kind", "theme", "--format", "csv"])
        #expect(run.status == 0, "\(run.stderr)")
        let lines = run.stdout.split(separator: "\n")
        #expect(lines[0] == "id,kind,label,score,rank")
        #expect(lines.count == 18)   // header + 17 themes
        #expect(lines.dropFirst().allSatisfy { $0.split(separator: ",")[1] == "theme" })
        #expect(lines[1].hasSuffix(",1"))
    }

    @Test func centralityRankingIsDeterministicAcrossThreadCounts() throws {
        let one = try ToolRun.run(["centrality", "--measure", "betweenness", "--threads", "1", "--format", "csv"])
        let two = try ToolRun.run(["centrality", "--measure", "betweenness", "--threads", "2", "--format", "csv"])
        let ids = { (r: ToolRun) in r.stdout.split(separator: "\n").map { $0.split(separator: ",")[0] } }
        #expect(one.status == 0 && ids(one) == ids(two))
    }

    @Test func centralityOnAnEdgeListMatchesNetworkX() throws {
        let file = try temporaryFile("kite.edges", "0 1\n0 2\n0 3\n0 5\n1 3\n1 4\n1 6\n2 3\n2 5\n3 4\n3 5\n3 6\n4 6\n5 6\n5 7\n6 7\n7 8\n8 9\n")
        let run = try ToolRun.run(["centrality", "--input", file.path, "--measure", "betweenness", "--top", "1", "--format", "csv"])
        #expect(run.status == 0)
        // NetworkX: betweenness of the Krackhardt kite's node 7 is 0.38888...
        #expect(run.stdout.contains("\n7,generic,7,0.388888888888888"))
    }

    @Test func unknownMeasureAndBadInputFail() throws {
        let bad = try ToolRun.run(["centrality", "--measure", "fame"])
        #expect(bad.status != 0 && bad.stderr.contains("pagerank"))
        let file = try temporaryFile("neg.edges", "a b -1\nb c 2\n")
        let negative = try ToolRun.run(["path", "a", "c", "--input", file.path, "--weighted"])
        #expect(negative.status != 0 && negative.stderr.contains("negative weight"))
        let empty = try temporaryFile("empty.edges", "# nothing\n")
        let run = try ToolRun.run(["centrality", "--input", empty.path])
        #expect(run.status != 0 && run.stderr.contains("empty"))
        let lines = try temporaryFile("bad.edges", "a b\nc\n")
        let badLine = try ToolRun.run(["components", "--input", lines.path])
        #expect(badLine.status != 0 && badLine.stderr.contains("\(lines.path):2"))
    }

    @Test func pathExplainsEachStep() throws {
        let run = try ToolRun.run(["path", "boko haram", "PREV-2", "--format", "json"])
        #expect(run.status == 0)
        let object = try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as! [String: Any]
        let paths = object["paths"] as! [[[String: Any]]]
        #expect(paths.count == 1 && paths[0].count == 3)
        #expect(paths[0][1]["relation"] as? String == "covers" && paths[0][1]["evidence"] as? String == "context")
        let none = try ToolRun.run(["path", "PR-01", "nonexistent-thing"])
        #expect(none.status != 0 && none.stderr.contains("no node matches"))
    }

    @Test func componentsCommunitiesNeighborsSimilar() throws {
        let comps = try ToolRun.run(["components", "--format", "json"])
        #expect(comps.status == 0 && comps.stdout.contains("\"count\" : 1"))
        let strong = try ToolRun.run(["components", "--strong", "--format", "csv"])
        #expect(strong.status == 0 && strong.stdout.split(separator: "\n").count == 173)

        let a = try ToolRun.run(["communities", "--seed", "3", "--format", "json"])
        let b = try ToolRun.run(["communities", "--seed", "3", "--format", "json"])
        #expect(a.status == 0 && a.stdout == b.stdout && a.stdout.contains("\"modularity\""))

        let near = try ToolRun.run(["neighbors", "PR-09", "--depth", "1", "--format", "csv"])
        #expect(near.status == 0 && near.stdout.hasPrefix("id,kind,label,distance\norgan_removal_alleged,practice,"))

        let similar = try ToolRun.run(["similar", "PR-05", "--top", "1", "--format", "csv"])
        #expect(similar.status == 0 && similar.stdout.contains("forced_marriage_to_fighters"))
    }
}
