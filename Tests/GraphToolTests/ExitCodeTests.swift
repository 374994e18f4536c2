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
        Case(args: ["info", "--input", ToolRun.repository.appendingPathComponent("README.md").path], status: 64, stderr: "cannot tell the format of", usage: "graph-tool info"),
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
        Case(args: ["info", "--input", "/nonexistent/x.xyz"], status: 1, stderr: "/nonexistent/x.xyz: no such file", usage: nil),
        Case(args: ["centrality", "--input", "/nonexistent/x.xyz"], status: 1, stderr: "/nonexistent/x.xyz: no such file", usage: nil),
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
