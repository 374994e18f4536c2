import Foundation
import Testing
@testable import graph_tool

/// `graph-tool explore`: the page, its determinism (each view laid out in a process of its own), its errors.
@Suite struct ExploreCommandTests {
    private func scratch() throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("explore-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return dir
    }

    @Test func theSameInputGivesAByteIdenticalPage() throws {
        let dir = try scratch()
        var pages: [Data] = []
        for name in ["a.html", "b.html", "c.html"] {
            let out = dir.appendingPathComponent(name)
            let run = try ToolRun.run(["explore", "-o", out.path])
            #expect(run.status == 0, "\(run.stderr)")
            #expect(run.stderr.contains("wrote the explorer to \(out.path)"))
            pages.append(try Data(contentsOf: out))
        }
        // three runs: the in-process layouts of Graphviz 2.43 gave different area views in two of three
        #expect(pages[0] == pages[1] && pages[1] == pages[2])
        #expect(String(decoding: pages[0].prefix(15), as: UTF8.self) == "<!DOCTYPE html>")
    }

    @Test func aPageFitIsTheSameEveryRun() throws {
        // the page fit measures the drawing twice before drawing it: once those layouts shared one process, one run
        // in three came out different
        let runs = try (0..<4).map { _ in try ToolRun.run(["render", "--area", "children", "--page", "a4", "-o", "-"]).stdout }
        #expect(Set(runs).count == 1)
    }

    @Test func filtersChooseWhatGoesIn() throws {
        let dir = try scratch()
        let out = dir.appendingPathComponent("p.html")
        let run = try ToolRun.run(["explore", "--area", "children", "--min-evidence", "inferred", "-o", out.path])
        #expect(run.status == 0, "\(run.stderr)")
        let html = try String(contentsOf: out, encoding: .utf8)
        #expect(html.contains("\"id\":\"CHILD-1\"") && !html.contains("\"id\":\"PROT-1\""))
    }

    @Test func misuseIsRefusedWithTheCommandsUsage() throws {
        let dir = try scratch()
        for args in [["explore"], ["explore", "-o", "x.svg"], ["explore", "-o", "-"], ["explore", "-o", "x.html", "--depth", "2"],
                     ["explore", "-o", "x.html", "--draw-limit", "0"], ["explore", "-o", "x.html", "--weighted"]] {
            let run = try ToolRun.run(args, currentDirectory: dir)
            #expect(run.status == 64, "\(args): \(run.stderr)")
            #expect(run.stderr.contains("graph-tool explore"), "\(args)")
        }
        let unknown = try ToolRun.run(["explore", "--focus", "no-such-node-anywhere", "-o", dir.appendingPathComponent("y.html").path])
        #expect(unknown.status == 1 && unknown.stderr.contains("no node matches"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path).isEmpty, "nothing written")
    }
}
