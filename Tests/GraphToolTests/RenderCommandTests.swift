import Foundation
import Testing
@testable import graph_tool

@Suite struct RenderCommandTests {
    private func scratch() throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("render-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return dir
    }

    @Test func formatsFollowTheExtension() throws {
        let dir = try scratch()
        for (name, magic) in [("a.svg", "<?xml"), ("a.png", "\u{89}PNG"), ("a.pdf", "%PDF")] {
            let out = dir.appendingPathComponent(name)
            let run = try ToolRun.run(["render", "--focus", "PR-02", "--output", out.path])
            #expect(run.status == 0, "\(run.stderr)")
            let head = try Data(contentsOf: out).prefix(5)
            #expect(String(decoding: head, as: UTF8.self).hasPrefix(magic) || Array(head.prefix(4)) == [0x89, 0x50, 0x4E, 0x47])
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted() == ["a.pdf", "a.png", "a.svg"])
    }

    @Test func standardOutputAndDeterminism() throws {
        let a = try ToolRun.run(["render", "--area", "children", "--output", "-"])
        let b = try ToolRun.run(["render", "--area", "children", "--output", "-"])
        #expect(a.status == 0 && a.stdout.hasPrefix("<?xml") && a.stdout == b.stdout)
        let source = try ToolRun.run(["render", "--focus", "PR-09", "--source", "--output", "-"])
        #expect(source.status == 0 && source.stdout.hasPrefix("digraph \"intersection\" {"))
    }

    @Test func failedRenderLeavesNoFile() throws {
        let dir = try scratch()
        let out = dir.appendingPathComponent("x.svg")
        let unknown = try ToolRun.run(["render", "--focus", "nothing-like-this", "--output", out.path])
        #expect(unknown.status != 0 && unknown.stderr.contains("no node matches"))
        let badExtension = try ToolRun.run(["render", "--output", dir.appendingPathComponent("x.bmpx").path])
        #expect(badExtension.status != 0 && badExtension.stderr.contains("use -T"))
        let missingDirectory = try ToolRun.run(["render", "--focus", "PR-02", "--output", dir.appendingPathComponent("no/such/dir/x.svg").path])
        #expect(missingDirectory.status != 0 && missingDirectory.stderr.contains("does not exist"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path).isEmpty)
    }

    @Test func anExistingFileIsReplacedWholeOrKept() throws {
        let dir = try scratch()
        let out = dir.appendingPathComponent("keep.svg")
        try Data("old".utf8).write(to: out)
        let failed = try ToolRun.run(["render", "--focus", "nope-nope", "--output", out.path])
        let kept = try String(contentsOf: out, encoding: .utf8)
        #expect(failed.status != 0 && kept == "old")
        let ok = try ToolRun.run(["render", "--focus", "PR-02", "--output", out.path])
        let replaced = try String(contentsOf: out, encoding: .utf8)
        #expect(ok.status == 0 && replaced.hasPrefix("<?xml"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["keep.svg"])
    }

    @Test func edgeListsRenderPlainly() throws {
        // the name `"c\` (a quote and a backslash, quoted as an edge list writes it) must come out escaped
        let file = try temporaryFile("g.edges", "a b\nb \"\"\"c\\\"\n")
        let run = try ToolRun.run(["render", "--input", file.path, "--output", "-", "-T", "svg"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("<title>a</title>") && run.stdout.contains("&quot;c\\"))
        // a focus works on any graph; areas and kinds need kinds
        let focused = try ToolRun.run(["render", "--input", file.path, "--focus", "a", "--depth", "0", "--source", "--output", "-"])
        #expect(focused.status == 0 && focused.stdout.contains("\"a\"") && !focused.stdout.contains("\"b\" ["))
        let refused = try ToolRun.run(["render", "--input", file.path, "--kind", "practice", "--output", "-"])
        #expect(refused.status == 1 && refused.stderr.contains("need a knowledge graph"))
        let typed = try ToolRun.run(["render", "--color-by", "community", "--output", "-"])
        #expect(typed.status == 1 && typed.stderr.contains("--color-by and --where are for graphs without kinds"))
        let bad = try ToolRun.run(["render", "--input", file.path, "--where", "nothing", "--output", "-"])
        #expect(bad.status == 64 && bad.stderr.contains("--where takes attribute=value"))
    }

    @Test func aUsersDOTRendersWithItsClusterLabels() throws {
        let file = try temporaryFile("mine.gv", "digraph { subgraph cluster_0 { label=\"Suppliers\"; a; b } c; a -> c; b -> c }\n")
        let run = try ToolRun.run(["render", "--input", file.path, "--output", "-", "-T", "svg"])
        #expect(run.status == 0 && run.stdout.contains(">Suppliers</text>"), "\(run.stderr)")
    }

    @Test func timeoutStopsASlowLayout() throws {
        // dot on a dense random graph runs for minutes; the child process is killed after the timeout.
        var lines: [String] = []
        var state: UInt64 = 7
        for _ in 0..<900 {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            lines.append("\(state >> 33 % 300) \((state >> 13) % 300)")
        }
        let file = try temporaryFile("dense.edges", lines.joined(separator: "\n") + "\n")
        let dir = try scratch()
        let out = dir.appendingPathComponent("slow.svg")
        let started = Date()
        let run = try ToolRun.run(["render", "--input", file.path, "--directed", "--engine", "dot", "--timeout", "2", "--output", out.path])
        #expect(run.status != 0 && run.stderr.contains("did not finish within 2"))
        #expect(Date().timeIntervalSince(started) < 30)
        #expect(!FileManager.default.fileExists(atPath: out.path))
        let fast = try ToolRun.run(["render", "--focus", "PR-01", "--timeout", "60", "--output", out.path])
        #expect(fast.status == 0 && FileManager.default.fileExists(atPath: out.path))
    }

    @Test func sizeByAndWithRecommendations() throws {
        let run = try ToolRun.run(["render", "--focus", "PR-04", "--with-recommendations", "2", "--size-by", "pagerank", "--source", "--output", "-"])
        #expect(run.status == 0)
        #expect(run.stdout.contains("\"PROT-4\"") && run.stdout.contains("\"width\"="))
    }
}
