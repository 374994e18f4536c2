import Foundation
import Testing

/// What the built binary does with hostile input and awkward outputs: exit 1 with the file named, never a signal;
/// output that never replaces what is not a regular file, keeps modes, leaves no temporary files and reports a
/// failed standard output.
@Suite(.serialized) struct OutputSafetyTests {
    private func directory() throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("graph-tool-output-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return dir
    }

    private func shell(_ script: String) throws -> ToolRun {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/bash")
        process.arguments = ["-c", script, ToolRun.binary.path]
        let err = Pipe()
        process.standardError = err
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        let e = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return ToolRun(status: process.terminationStatus, stdout: "", stderr: String(decoding: e, as: UTF8.self))
    }

    @Test func inputsThatCrashedXMLParserExitOneNamingTheFile() throws {
        let dir = try directory()
        let bad = dir.appendingPathComponent("a.graphml")
        try Data(Array("<graphml><".utf8) + [0xE1] + Array("raph/></graphml>".utf8)).write(to: bad)
        let pi = dir.appendingPathComponent("b.gexf")
        try Data("<gexf><?pi?></gexf>".utf8).write(to: pi)
        for command in [["validate", bad.path], ["info", "--input", bad.path], ["export", "--input", pi.path, "--output", dir.appendingPathComponent("x.json").path]] {
            let run = try ToolRun.run(command)
            #expect(run.status == 1, "\(command)")
            // validate lists the problems on standard output, the other commands report the error on standard error
            #expect((run.stdout + run.stderr).contains(command.contains(bad.path) ? "a.graphml:1:11" : "b.gexf:1:7"), "\(run.stderr)")
        }
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("x.json").path))
    }

    @Test func halfLoadsAndTimeBombsExitOneQuicklyNamingTheFileAndLine() throws {
        let dir = try directory()
        let trailing = dir.appendingPathComponent("two.gv")
        try Data("digraph { a -> b }\ndigraph { c -> d }\n".utf8).write(to: trailing)
        let bomb = dir.appendingPathComponent("bomb.gv")
        try Data(("digraph { {" + (0..<2000).map { "a\($0)" }.joined(separator: " ") + "} -> {" + (0..<2000).map { "b\($0)" }.joined(separator: " ") + "} }\n").utf8).write(to: bomb)
        var alias = ["format: intersection-graph/1", "sources: {}", "a0: &a0 [x, y]"]
        for i in 1..<12 { alias.append("a\(i): &a\(i) { ? *a\(i - 1) : *a\(i - 1), ? [*a\(i - 1)] : 1 }") }
        let yaml = dir.appendingPathComponent("alias.yaml")
        try Data((alias + ["nodes: []", "edges: []"]).joined(separator: "\n").utf8).write(to: yaml)
        for (arguments, place) in [(["info", "--input", trailing.path], "two.gv:2:1"), (["info", "--input", bomb.path], "bomb.gv:1:"),
                                   (["info", "--data", yaml.path], "alias.yaml:4:13")] {
            let started = Date()
            let run = try ToolRun.run(arguments)
            #expect(run.status == 1 && run.stderr.contains(place) && run.stdout.isEmpty, "\(arguments): \(run.stderr)")
            #expect(Date().timeIntervalSince(started) < 5)
        }
        // the limit can be raised
        let small = dir.appendingPathComponent("small.gv")
        try Data("digraph { {a b c} -> {d e f g} }".utf8).write(to: small)
        #expect(try ToolRun.run(["info", "--input", small.path, "--max-expanded-edges", "11"]).status == 1)
        #expect(try ToolRun.run(["info", "--input", small.path, "--max-expanded-edges", "12"]).status == 0)
    }

    @Test func aRefusedExportLeavesTheOldFileAsItWas() throws {
        let dir = try directory()
        let input = dir.appendingPathComponent("in.graphml")
        try Data("<graphml><key id=\"k\" for=\"node\" attr.name=\"id\" attr.type=\"string\"/><graph edgedefault=\"undirected\"><node id=\"a\"><data key=\"k\">x</data></node></graph></graphml>".utf8).write(to: input)
        let output = dir.appendingPathComponent("out.json")
        try Data("old".utf8).write(to: output)
        let run = try ToolRun.run(["export", "--input", input.path, "--output", output.path])
        #expect(run.status == 1 && run.stderr.contains("node 'a' has an attribute named 'id'"))
        #expect(try String(contentsOf: output, encoding: .utf8) == "old")
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted() == ["in.graphml", "out.json"])
    }

    @Test func aFailedStandardOutputIsAnErrorWithExitOne() throws {
        let full = try shell(#""$0" info > /dev/full"#)
        #expect(full.status == 1 && full.stderr.contains("cannot write standard output: No space left on device"))
        let closed = try shell(#""$0" render --output - >&-"#)
        #expect(closed.status == 1 && closed.stderr.contains("cannot write standard output: Bad file descriptor"))
        let export = try shell(#""$0" export -T dataset --output - > /dev/full"#)
        #expect(export.status == 1)
        // a reader that goes away: the dataset's text is larger than a pipe's buffer
        let pipe = try shell(#"set -o pipefail; "$0" export -T dataset --output - | head -c 10 > /dev/null"#)
        #expect(pipe.status == 1 && pipe.stderr.contains("Broken pipe"))
    }

    @Test func symlinksAreFollowedAndModesKept() throws {
        let dir = try directory()
        let target = dir.appendingPathComponent("real.gv"), link = dir.appendingPathComponent("link.gv")
        try FileManager.default.createSymbolicLink(atPath: link.path, withDestinationPath: "real.gv")
        #expect(try ToolRun.run(["render", "--source", "--output", link.path]).status == 0)
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link.path) == "real.gv")
        #expect(try String(contentsOf: target, encoding: .utf8).hasPrefix("digraph"))
        let secret = dir.appendingPathComponent("secret.gv")
        try Data("old".utf8).write(to: secret)
        chmod(secret.path, 0o600)
        #expect(try ToolRun.run(["render", "--source", "--output", secret.path]).status == 0)
        let mode = (try FileManager.default.attributesOfItem(atPath: secret.path)[.posixPermissions] as? NSNumber)?.intValue
        #expect(mode == 0o600)
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.hasSuffix(".tmp") } == [])
    }

    @Test func devicesAndFIFOsAreWrittenInPlaceAndDirectoriesRefused() throws {
        #expect(try ToolRun.run(["render", "--source", "--output", "/dev/null"]).status == 0)
        var info = stat()
        #expect(stat("/dev/null", &info) == 0 && info.st_mode & S_IFMT == S_IFCHR)
        let dir = try directory()
        let fifo = dir.appendingPathComponent("pipe.gv"), copy = dir.appendingPathComponent("copy.gv")
        #expect(mkfifo(fifo.path, 0o644) == 0)
        let reader = Process()
        reader.executableURL = URL(fileURLWithPath: "/bin/sh")
        reader.arguments = ["-c", "cat \"$0\" > \"$1\"", fifo.path, copy.path]
        try reader.run()
        #expect(try ToolRun.run(["render", "--source", "--output", fifo.path]).status == 0)
        reader.waitUntilExit()
        #expect(stat(fifo.path, &info) == 0 && info.st_mode & S_IFMT == S_IFIFO)
        #expect(try String(contentsOf: copy, encoding: .utf8).hasPrefix("digraph"))
        let folder = dir.appendingPathComponent("folder.gv")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: false)
        let refused = try ToolRun.run(["render", "--source", "--output", folder.path])
        #expect(refused.status == 1 && refused.stderr.contains("it is a directory"))
    }

    @Test func temporaryFilesOfKilledRunsAreCleanedUp() throws {
        let dir = try directory()
        // pid 999999999 is above Linux's pid_max: no such process
        let stale = dir.appendingPathComponent(".out.gv.999999999.abcdefgh.tmp")
        try Data("half".utf8).write(to: stale)
        let unrelated = dir.appendingPathComponent(".other.gv.999999999.abcdefgh.tmp")
        try Data("not ours".utf8).write(to: unrelated)
        #expect(try ToolRun.run(["render", "--source", "--output", dir.appendingPathComponent("out.gv").path]).status == 0)
        #expect(!FileManager.default.fileExists(atPath: stale.path) && FileManager.default.fileExists(atPath: unrelated.path))
    }

    /// dot takes minutes on a uniform random graph of a few hundred nodes (docs/rendering.md), so the worker is
    /// still laying out when its parent is killed.
    @Test func theTimeoutWorkerDiesWithItsParent() throws {
        let dir = try directory()
        var state: UInt64 = 42
        func next() -> UInt64 { state = state &* 6364136223846793005 &+ 1442695040888963407; return state >> 33 }
        let edges = (0..<900).map { _ in "n\(next() % 300) -> n\(next() % 300);" }.joined(separator: "\n")
        let input = dir.appendingPathComponent("slow.gv")
        try Data("digraph {\n\(edges)\n}\n".utf8).write(to: input)
        let parent = Process()
        parent.executableURL = ToolRun.binary
        parent.arguments = ["render", "--input", input.path, "--engine", "dot", "--timeout", "120", "--output", dir.appendingPathComponent("slow.svg").path]
        parent.standardError = FileHandle.nullDevice
        try parent.run()
        func workers() -> [Int32] {
            ((try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []).compactMap { entry -> Int32? in
                guard let pid = Int32(entry), let cmdline = FileManager.default.contents(atPath: "/proc/\(entry)/cmdline") else { return nil }
                let args = cmdline.split(separator: 0).map { String(decoding: $0, as: UTF8.self) }
                return args.contains("render-worker") && args.contains(String(parent.processIdentifier)) ? pid : nil
            }
        }
        var found: [Int32] = []
        for _ in 0..<100 where found.isEmpty { usleep(50_000); found = workers() }
        #expect(found.count == 1)
        kill(parent.processIdentifier, SIGKILL)
        parent.waitUntilExit()
        var gone = false
        for _ in 0..<40 where !gone { usleep(50_000); gone = workers().isEmpty }
        #expect(gone)
        for pid in workers() { kill(pid, SIGKILL) }
    }
}
