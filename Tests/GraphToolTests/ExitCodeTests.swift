import Foundation
import Testing
@testable import graph_tool

/// Exit status for every command: 64 with the subcommand's usage for misuse of the command line, 1 without usage
/// for failures at run time (no such node, no path, bad data), 0 for success.
@Suite struct ExitCodeTests {
    struct Case: Sendable, CustomStringConvertible {
        let args: [String], status: Int32, stderr: String, usage: String?
        var description: String { args.joined(separator: " ") }
    }

    static let cases: [Case] = [
        // misuse: 64, the subcommand's usage
        Case(args: ["recommend", "PR-04", "--top", "0"], status: 64, stderr: "--top must be at least 1", usage: "graph-tool recommend"),
        Case(args: ["centrality", "--measure", "nope"], status: 64, stderr: "nope", usage: "graph-tool centrality"),
        Case(args: ["path", "a"], status: 64, stderr: "Missing expected argument", usage: "graph-tool path"),
        Case(args: ["render", "--with-recommendations", "3", "--output", "x.svg"], status: 64, stderr: "--with-recommendations needs --focus", usage: "graph-tool render"),
        Case(args: ["export", "--output", "x.unknown"], status: 64, stderr: "cannot tell the output format", usage: "graph-tool export"),
        Case(args: ["info", "--input", "graph.xyz"], status: 64, stderr: "cannot tell the format of 'graph.xyz'", usage: "graph-tool info"),
        Case(args: ["matrix", "--via", "nothing"], status: 64, stderr: "is not a kind", usage: "graph-tool matrix"),
        Case(args: ["search"], status: 64, stderr: "Missing expected argument", usage: "graph-tool search"),
        Case(args: ["list", "--kind", "planet"], status: 64, stderr: "planet", usage: "graph-tool list"),
        Case(args: ["recomend", "PR-04"], status: 64, stderr: "unknown command 'recomend'; did you mean 'recommend'?", usage: "graph-tool <subcommand>"),
        // run-time failures: 1, no usage
        Case(args: ["path", "daesh_isil", "al_qaida_affiliates", "--directed"], status: 1, stderr: "no path from 'daesh_isil' to 'al_qaida_affiliates'", usage: nil),
        Case(args: ["show", "nosuch"], status: 1, stderr: "no node matches 'nosuch'", usage: nil),
        Case(args: ["neighbors", "nosuch"], status: 1, stderr: "no node matches 'nosuch'", usage: nil),
        Case(args: ["similar", "nosuch"], status: 1, stderr: "no node matches 'nosuch'", usage: nil),
        Case(args: ["recommend", "nosuch"], status: 1, stderr: "no node matches 'nosuch'", usage: nil),
        Case(args: ["lens", "girls"], status: 1, stderr: "no node matches 'girls'", usage: nil),
        Case(args: ["sources", "S99"], status: 1, stderr: "no source with key 'S99'", usage: nil),
        Case(args: ["list", "--area", "nowhere"], status: 1, stderr: "no node matches 'nowhere'", usage: nil),
        Case(args: ["info", "--data", "/nonexistent/x.yaml"], status: 1, stderr: "/nonexistent/x.yaml", usage: nil),
        Case(args: ["validate", "/nonexistent/x.yaml"], status: 1, stderr: "/nonexistent/x.yaml", usage: nil),
        Case(args: ["centrality", "--measure", "degree", "--data", "/nonexistent/x.yaml"], status: 1, stderr: "/nonexistent/x.yaml", usage: nil),
        Case(args: ["components", "--data", "/nonexistent/x.yaml"], status: 1, stderr: "/nonexistent/x.yaml", usage: nil),
        Case(args: ["communities", "--data", "/nonexistent/x.yaml"], status: 1, stderr: "/nonexistent/x.yaml", usage: nil),
        Case(args: ["matrix", "--data", "/nonexistent/x.yaml"], status: 1, stderr: "/nonexistent/x.yaml", usage: nil),
        Case(args: ["search", "x", "--data", "/nonexistent/x.yaml"], status: 1, stderr: "/nonexistent/x.yaml", usage: nil),
        Case(args: ["render", "--focus", "nosuch", "--output", "/tmp/never-written.svg"], status: 1, stderr: "no node matches 'nosuch'", usage: nil),
        Case(args: ["export", "--input", "/nonexistent/x.graphml", "--output", "/tmp/never-written.gexf"], status: 1, stderr: "/nonexistent/x.graphml", usage: nil),
        // success
        Case(args: ["search", "yazidi"], status: 0, stderr: "", usage: nil),
    ]

    @Test(arguments: cases)
    func exitStatusAndMessage(_ c: Case) throws {
        let run = try ToolRun.run(c.args)
        #expect(run.status == c.status, "\(c): \(run.stderr)")
        // validate reports the problems it finds as its result, on standard output
        if !c.stderr.isEmpty { #expect((run.stderr + run.stdout).contains(c.stderr), "\(c): \(run.stderr)") }
        if let usage = c.usage { #expect(run.stderr.contains("Usage: \(usage)"), "\(c): \(run.stderr)") }
        else { #expect(!run.stderr.contains("Usage:"), "\(c): run-time errors print no usage: \(run.stderr)") }
    }
}

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
}

/// `--min-evidence` on every command that reads the knowledge graph, and export of a part of it.
@Suite struct MinEvidenceTests {
    @Test func everyAnalysisCommandTakesMinEvidence() throws {
        for args in [["centrality", "--measure", "degree", "--top", "1"], ["components"], ["communities"], ["neighbors", "PR-04"],
                     ["similar", "PR-04", "--top", "1"], ["path", "PR-04", "yazidis"], ["render", "--focus", "PR-04", "--source"],
                     ["export", "--format", "graphml", "-o", "-"]] {
            let run = try ToolRun.run(args + ["--min-evidence", "context"])
            #expect(run.status == 0, "\(args): \(run.stderr)")
        }
        let header = try ToolRun.run(["centrality", "--measure", "degree", "--top", "1", "--min-evidence", "context"])
        #expect(header.stdout.hasPrefix("degree on the undirected graph (172 nodes, 172 edges)"), "the header counts what was analysed")
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
        let kinds = try ToolRun.run(["export", "--kind", "practice", "--kind", "form", "--format", "graphml", "-o", "-"])
        #expect(kinds.status == 0 && kinds.stdout.components(separatedBy: "<node ").count - 1 == 23, "14 practices and 9 forms")
    }
}

@Suite struct CentralityHeaderTests {
    @Test func coreNumbersAndTheSizeOfTheGraphAnalysed() throws {
        let core = try ToolRun.run(["centrality", "--measure", "core-number", "--format", "csv"])
        #expect(core.status == 0 && core.stdout.split(separator: "\n").count == 173)
        let themes = try ToolRun.run(["centrality", "--measure", "betweenness", "--kind", "theme", "--subgraph", "--top", "2"])
        #expect(themes.stdout.hasPrefix("betweenness on the undirected subgraph of theme nodes (17 nodes, 0 edges)\nevery score is 0 on this graph"))
        let csv = try ToolRun.run(["centrality", "--measure", "betweenness", "--kind", "theme", "--subgraph", "--format", "csv"])
        #expect(csv.stderr.contains("every betweenness score is 0"))
    }
}

/// Shell completions: the scripts argument-parser generates, and the node names and source keys they ask for.
@Suite struct CompletionTests {
    @Test func scriptsCompleteNodeNamesAndFiles() throws {
        for shell in ["bash", "zsh", "fish"] {
            let run = try ToolRun.run(["--generate-completion-script", shell])
            #expect(run.status == 0 && run.stdout.contains("---completion show"), "\(shell)")
        }
        let bash = try ToolRun.run(["--generate-completion-script", "bash"]).stdout
        #expect(bash.contains("---completion recommend") && bash.contains("---completion sources"))
    }

    @Test func nodeNamesAndSourceKeysCompleteFromTheGraphNamed() throws {
        let ids = Completions.nodeIDs(words: ["graph-tool", "show", "PROT-"], prefix: "PROT-")
        #expect(ids == (1...7).map { "PROT-\($0)" })
        #expect(Completions.sourceKeys(words: ["graph-tool", "sources"], prefix: "S3").starts(with: ["S3", "S30", "S33"]))
        #expect(Completions.nodeIDs(words: ["graph-tool", "show", "--data", "/nonexistent.yaml"], prefix: "").isEmpty)
        // through the tool, as the shell calls it
        let run = try ToolRun.run(["---completion", "show", "--", "positional@0", "2", "6", "graph-tool", "show", "CHILD-"])
        #expect(run.status == 0 && run.stdout.split(separator: "\n").map(String.init) == (1...7).map { "CHILD-\($0)" }, "\(run.stdout)")
    }
}

@Suite struct DiffCommandTests {
    @Test func diffOfTwoDatasetsThatDifferInOneNodeAndOneEdge() throws {
        let original = try String(contentsOf: ToolRun.repository.appendingPathComponent("data/osce-2021.yaml"), encoding: .utf8)
        let changed = original
            .replacingOccurrences(of: "label: Apply the non-punishment principle case by case", with: "label: Do not punish victims for offences they were compelled to commit")
            .replacingOccurrences(of: "addresses: [sexual_slavery_practice, forced_marriage_to_fighters, women_and_girls, girls, boys, men,",
                                  with: "addresses: [sexual_slavery_practice, women_and_girls, girls, boys, men,")
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("diff-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let a = dir.appendingPathComponent("old.yaml"), b = dir.appendingPathComponent("new.yaml")
        try original.write(to: a, atomically: true, encoding: .utf8)
        try changed.write(to: b, atomically: true, encoding: .utf8)
        let run = try ToolRun.run(["diff", a.path, b.path, "--format", "csv"])
        #expect(run.status == 0, "\(run.stderr)")
        let lines = run.stdout.split(separator: "\n").map(String.init)
        #expect(lines[0] == "section,id,field,old,new")
        #expect(lines.contains("node changed,PROT-2,label,Apply the non-punishment principle case by case,Do not punish victims for offences they were compelled to commit"))
        #expect(lines.contains("edge removed,PROT-4 addresses forced_marriage_to_fighters,evidence,inferred,"))
        #expect(lines.contains { $0.hasPrefix("ranking,forced_marriage_to_fighters,top 5,") })
        let same = try ToolRun.run(["diff", a.path, a.path])
        #expect(same.status == 0 && same.stdout.contains("hold the same nodes and edges"))
        let missing = try ToolRun.run(["diff", a.path, dir.appendingPathComponent("nope.yaml").path])
        #expect(missing.status == 1 && !missing.stderr.contains("Usage:"))
    }
}
