import Foundation
import Testing
@testable import graph_tool

/// Runs the built `graph-tool` binary and captures its output and exit status.
struct ToolRun {
    var status: Int32
    var stdout: String
    var stderr: String

    /// The package's root folder.
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static var binary: URL {
        let candidates = [Bundle.main.bundleURL.appendingPathComponent("graph-tool"),
                          Bundle.main.bundleURL.deletingLastPathComponent().appendingPathComponent("graph-tool"),
                          URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
                              .deletingLastPathComponent().appendingPathComponent(".build/debug/graph-tool")]
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) } ?? candidates[0]
    }

    static func run(_ arguments: [String], currentDirectory: URL? = nil, environment: [String: String] = [:]) throws -> ToolRun {
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        if !environment.isEmpty { process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 } }
        if let currentDirectory { process.currentDirectoryURL = currentDirectory }
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let o = out.fileHandleForReading.readDataToEndOfFile()
        let e = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return ToolRun(status: process.terminationStatus, stdout: String(decoding: o, as: UTF8.self), stderr: String(decoding: e, as: UTF8.self))
    }
}

func temporaryFile(_ name: String, _ contents: String) throws -> URL {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("graph-tool-tests-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    let url = dir.appendingPathComponent(name)
    try contents.write(to: url, atomically: true, encoding: .utf8)
    return url
}

@Suite struct ParsingTests {
    @Test func subcommandsAndFormatsParse() throws {
        let info = try GraphTool.parseAsRoot(["info", "--format", "json"])
        #expect((info as? InfoCommand)?.output.format == .json)
        let show = try GraphTool.parseAsRoot(["show", "PR-01", "--data", "x.yaml"])
        #expect((show as? ShowCommand)?.name == "PR-01")
        #expect((show as? ShowCommand)?.dataOptions.data == "x.yaml")
        #expect(throws: (any Error).self) { try GraphTool.parseAsRoot(["info", "--format", "xml"]) }
        #expect(throws: (any Error).self) { try GraphTool.parseAsRoot(["show"]) }
    }

    @Test func helpListsTheFormatValues() {
        let help = InfoCommand.helpMessage()
        #expect(help.contains("--format") && help.contains("table") && help.contains("csv"))
    }
}

@Suite struct EndToEndTests {
    @Test func infoCountsTheBundledDatasetFromAnyDirectory() throws {
        let run = try ToolRun.run(["info", "--format", "csv"], currentDirectory: FileManager.default.temporaryDirectory)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.hasPrefix("section,key,count\n"))
        #expect(run.stdout.contains("nodes_by_kind,recommendation,29"))
        #expect(run.stdout.contains("components,weak,1"))
    }

    @Test func infoJSONIsDeterministic() throws {
        let a = try ToolRun.run(["info", "--format", "json"]), b = try ToolRun.run(["info", "--format", "json"])
        #expect(a.status == 0 && a.stdout == b.stdout)
        let object = try JSONSerialization.jsonObject(with: Data(a.stdout.utf8)) as? [String: Any]
        #expect((object?["nodesByKind"] as? [String: Int])?["practice"] == 14)
    }

    @Test func validateExitsZeroOnTheBundledDataset() throws {
        let run = try ToolRun.run(["validate"])
        #expect(run.status == 0)
        #expect(run.stdout.contains("valid"))
    }

    @Test func validateListsEveryProblemAndExitsNonZero() throws {
        let bad = try temporaryFile("bad.yaml", """
            format: intersection-graph/1
            sources: {S1: {title: t}}
            nodes:
              - {id: a, kind: practice, label: A, evidence: maybe, sources: [S1]}
              - {id: b, kind: form, label: B, evidence: report, sources: [S9]}
            edges:
              - {from: a, evidence: report, sources: [S1], amounts_to: [c]}
            """)
        let run = try ToolRun.run(["validate", bad.path, "--format", "json"])
        #expect(run.status == 1)
        let object = try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any]
        let problems = object?["problems"] as? [[String: Any]] ?? []
        #expect(problems.count == 3)
        #expect(problems.allSatisfy { ($0["file"] as? String) == bad.path && $0["line"] != nil })
        let table = try ToolRun.run(["validate", bad.path])
        #expect(table.status == 1 && table.stdout.contains("\(bad.path):4:") && table.stdout.contains("3 problem(s) found"))
    }

    @Test func showPrintsProvenanceAndNeighbours() throws {
        let run = try ToolRun.run(["show", "pr-06", "--format", "csv"])
        #expect(run.status == 0)
        let lines = run.stdout.split(separator: "\n")
        #expect(lines.first == "direction,relation,id,kind,label,evidence,sources")
        #expect(lines[1].hasPrefix("node,,recruitment_use_of_children_in_hostilities,practice,"))
        #expect(lines.contains { $0.hasPrefix("in,addresses,CHILD-1,recommendation,") })
    }

    @Test func unknownNameFailsWithSuggestions() throws {
        let run = try ToolRun.run(["show", "yazidi"])
        #expect(run.status != 0)
        #expect(run.stderr.contains("did you mean: yazidis"))
        #expect(!run.stderr.contains("Fatal") && !run.stderr.contains("Stack"))
    }

    @Test func badDataFileFailsCleanly() throws {
        let run = try ToolRun.run(["info", "--data", "/nonexistent/data.yaml"])
        #expect(run.status == 1)
        #expect(run.stderr.contains("/nonexistent/data.yaml: no such file"))
    }
}
