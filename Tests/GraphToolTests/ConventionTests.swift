import Foundation
import Testing
@testable import graph_tool

/// Conventions people bring from Graphviz, igraph and NetworkX.
@Suite struct ConventionTests {
    @Test func renderWritesToAPipedStandardOutputAndTakesDashO() throws {
        // the tests' standard output is a pipe: no -o needed
        let piped = try ToolRun.run(["render", "--focus", "PR-04", "--depth", "0"])
        #expect(piped.status == 0 && piped.stdout.hasPrefix("<?xml"), "\(piped.stderr)")
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("conv-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        for args in [["render", "--focus", "PR-04", "-o"], ["export", "-o"], ["matrix", "-o"]] {
            let file = dir.appendingPathComponent(args[0] == "export" ? "g.graphml" : "x.svg")
            let run = try ToolRun.run(args + [file.path])
            #expect(run.status == 0 && FileManager.default.fileExists(atPath: file.path), "\(args): \(run.stderr)")
            try? FileManager.default.removeItem(at: file)
        }
    }

    @Test func katzConvergesByDefaultAndSaysWhichAlpha() throws {
        let run = try ToolRun.run(["centrality", "--measure", "katz", "--top", "1"])
        #expect(run.status == 0 && run.stdout.hasPrefix("katz (α = 0.0680191, 0.9 × 1/λ_max) on the undirected graph"), "\(run.stdout)\(run.stderr)")
        let fixed = try ToolRun.run(["centrality", "--measure", "katz", "--alpha", "0.1"])
        #expect(fixed.status == 1 && fixed.stderr.contains("alpha must be below 1/λ_max = 0.0755"))
    }

    @Test func directedEigenvectorExplainsItsNonConvergence() throws {
        let run = try ToolRun.run(["centrality", "--measure", "eigenvector", "--directed"])
        #expect(run.status == 1 && run.stderr.contains("strongly connected and aperiodic") && run.stderr.contains("--measure pagerank"))
    }

    @Test func enumValuesAreCaseInsensitive() throws {
        let run = try ToolRun.run(["centrality", "--measure", "PageRank", "--top", "1", "--format", "CSV"])
        #expect(run.status == 0 && run.stdout.hasPrefix("id,kind,label,score,rank"), "\(run.stderr)")
        let kinds = try ToolRun.run(["list", "--kind", "Victim-Group", "--min-evidence", "CONTEXT", "--format", "csv"])
        #expect(kinds.status == 0 && kinds.stdout.split(separator: "\n").dropFirst().allSatisfy { $0.contains(",victim_group,") })
        let bad = try ToolRun.run(["list", "--kind", "planet"])
        #expect(bad.status == 64 && bad.stderr.contains("victim_group"), "the error lists the canonical spellings")
    }

    /// An option a command accepts changes its result, or is refused with the reason.
    @Test func optionsThatWouldChangeNothingAreRefused() throws {
        for (args, reason) in [(["communities", "--directed"], "undirected view"), (["similar", "PR-04", "--weighted"], "shared neighbours"),
                               (["neighbors", "PR-04", "--weighted"], "counts hops"), (["components", "--weighted"], "not on their weights"),
                               (["export", "-T", "graphml", "-o", "-", "--directed"], "how to read an edge list"),
                               (["render", "--focus", "PR-04", "--weighted", "-o", "-"], "only through --size-by"),
                               (["centrality", "--measure", "degree", "--damping", "0.9"], "PageRank's"),
                               (["centrality", "--measure", "pagerank", "--alpha", "0.01"], "Katz's"),
                               (["centrality", "--measure", "pagerank", "--threads", "2"], "does not take a thread count"),
                               (["centrality", "--measure", "closeness", "--no-normalized"], "no normalisation to leave out"),
                               (["recommend", "PR-04", "--explain", "--format", "csv"], "CSV and JSON always carry"),
                               (["info", "--max-expanded-edges", "5"], "limits for reading DOT")] {
            let run = try ToolRun.run(args)
            #expect(run.status == 64 && run.stderr.contains(reason), "\(args): \(run.stderr)")
        }
    }

    /// JSON keeps its keys: zero counts are written, and "none" is null, not an empty string or a missing key.
    @Test func jsonHasStableKeysWithNullForNone() throws {
        let info = try ToolRun.run(["info", "--format", "json"])
        let object = try JSONSerialization.jsonObject(with: Data(info.stdout.utf8)) as! [String: Any]
        #expect((object["edgesByEvidence"] as? [String: Int])?["report"] == 0)
        #expect((object["nodesByKind"] as? [String: Int])?["generic"] == 0)
        let path = try ToolRun.run(["path", "a", "c", "--input", ToolRun.repository.appendingPathComponent("Tests/GraphToolTests/Resources/golden/small.edges").path, "--format", "json"])
        let steps = ((try JSONSerialization.jsonObject(with: Data(path.stdout.utf8)) as! [String: Any])["paths"] as! [[[String: Any]]])[0]
        #expect(steps[0]["relation"] is NSNull && steps[0]["direction"] is NSNull && steps[1]["evidence"] is NSNull)
        #expect(steps[1]["relation"] as? String == "linked")
        let recommend = try ToolRun.run(["recommend", "PR-04", "--top", "1", "--format", "json"])
        #expect((try JSONSerialization.jsonObject(with: Data(recommend.stdout.utf8)) as! [String: Any])["emptyReason"] is NSNull)
    }

    @Test func labelsInsteadOfIDs() throws {
        let path = try ToolRun.run(["path", "PR-04", "yazidis", "--labels"])
        #expect(path.stdout.contains("Forced marriage to fighters <-[employs]- (context) Da'esh / ISIL -[employs]->"))
        let communities = try ToolRun.run(["communities", "--labels"])
        #expect(communities.status == 0 && communities.stdout.contains("Charge trafficking offences alongside terrorism offences"))
        let components = try ToolRun.run(["components", "--labels"])
        #expect(components.status == 0 && !components.stdout.contains("CHILD-1,"))
    }
}
