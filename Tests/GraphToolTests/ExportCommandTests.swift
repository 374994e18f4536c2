import Foundation
import Testing
@testable import graph_tool

@Suite struct ExportCommandTests {
    private func scratch() throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("export-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return dir
    }

    @Test func bundledDatasetThroughEveryFormatAndBack() throws {
        let dir = try scratch()
        let original = dir.appendingPathComponent("original.yaml")
        #expect(try ToolRun.run(["export", "--output", original.path]).status == 0)
        for ext in ["graphml", "json", "gv"] {
            let file = dir.appendingPathComponent("d.\(ext)"), back = dir.appendingPathComponent("back-\(ext).yaml")
            let out = try ToolRun.run(["export", "--output", file.path])
            #expect(out.status == 0 && out.stderr.contains("wrote"), "\(out.stderr)")
            let again = try ToolRun.run(["export", "--input", file.path, "--output", back.path])
            #expect(again.status == 0, "\(again.stderr)")
            #expect(try Data(contentsOf: back) == Data(contentsOf: original), "\(ext) round trip changed the dataset")
        }
        // GEXF has no place for the bibliography: the export says so, and going back to the dataset format, which
        // requires every cited source, fails naming them instead of writing a dataset with dangling citations
        let gexf = dir.appendingPathComponent("d.gexf")
        let toGEXF = try ToolRun.run(["export", "--output", gexf.path])
        #expect(toGEXF.status == 0 && toGEXF.stderr.contains("does not keep graph attributes bibliography"), "\(toGEXF.stderr)")
        let fromGEXF = try ToolRun.run(["export", "--input", gexf.path, "--output", dir.appendingPathComponent("back-gexf.yaml").path])
        #expect(fromGEXF.status == 1 && fromGEXF.stderr.contains("which is not in the bibliography"), "\(fromGEXF.stderr)")
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("back-gexf.yaml").path))
        // every command reads any format
        let recommend = try ToolRun.run(["recommend", "PR-04", "--input", dir.appendingPathComponent("d.gexf").path, "--top", "1", "--format", "csv"])
        #expect(recommend.status == 0 && recommend.stdout.contains("1,28,PROS-1,"))
        let validate = try ToolRun.run(["validate", dir.appendingPathComponent("d.graphml").path])
        #expect(validate.status == 0)
    }

    @Test func tablesAndNeo4jFilesAreFolders() throws {
        let dir = try scratch()
        let tables = dir.appendingPathComponent("tables")
        let out = try ToolRun.run(["export", "-T", "tables", "-o", tables.path])
        #expect(out.status == 0 && out.stderr.contains("(tables, 172 nodes, 671 edges)") && out.stderr.contains("does not keep graph data bibliography"), "\(out.stderr)")
        #expect(try String(contentsOf: tables.appendingPathComponent("nodes.csv"), encoding: .utf8).hasPrefix("Id,Label,"))
        // a folder is read as its tables, by any command
        let info = try ToolRun.run(["info", "--input", tables.path, "--format", "json"])
        #expect(info.status == 0 && info.stdout.contains("\"nodes\" : 172"), "\(info.stderr)")
        let centrality = try ToolRun.run(["centrality", "--input", tables.path, "--top", "1", "--format", "csv"])
        let bundled = try ToolRun.run(["centrality", "--top", "1", "--format", "csv"])
        #expect(centrality.stdout == bundled.stdout)
        // a bad row: file, line, column, exit 1, no usage text
        try Data("Id,Label\na,A,extra\n".utf8).write(to: tables.appendingPathComponent("nodes.csv"))
        let bad = try ToolRun.run(["info", "--input", tables.path])
        #expect(bad.status == 1 && bad.stderr.contains("nodes.csv:2:5:") && !bad.stderr.contains("Usage"), "\(bad.stderr)")
        let neo4j = dir.appendingPathComponent("neo4j")
        #expect(try ToolRun.run(["export", "-T", "neo4j", "-o", neo4j.path]).status == 0)
        #expect(try String(contentsOf: neo4j.appendingPathComponent("import-command.txt"), encoding: .utf8).hasPrefix("neo4j-admin database import full"))
        let stdout = try ToolRun.run(["export", "-T", "tables", "-o", "-"])
        #expect(stdout.status == 64 && stdout.stderr.contains("writes a folder"))
    }

    @Test func nodeLinkJSONNamesItsEdgeListEitherWay() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("export-links-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let bundled = try JSONSerialization.jsonObject(with: Data(try ToolRun.run(["info", "--format", "json"]).stdout.utf8)) as! [String: Any]
        for (option, key) in [([String](), "edges"), (["--node-link-edges", "links"], "links"), (["--node-link-edges", "EDGES"], "edges")] {
            let out = dir.appendingPathComponent("g-\(key)-\(option.count).json")
            let run = try ToolRun.run(["export", "-o", out.path] + option)
            #expect(run.status == 0, "\(run.stderr)")
            let object = try JSONSerialization.jsonObject(with: Data(contentsOf: out)) as! [String: Any]
            #expect(object[key] is [Any] && object[key == "edges" ? "links" : "edges"] == nil)
            // and it reads back whole
            let back = try ToolRun.run(["info", "--input", out.path, "--format", "json"])
            let counts = try JSONSerialization.jsonObject(with: Data(back.stdout.utf8)) as! [String: Any]
            #expect(counts["edges"] as? Int == bundled["edges"] as? Int && counts["nodes"] as? Int == bundled["nodes"] as? Int)
        }
        let misuse = try ToolRun.run(["export", "-o", dir.appendingPathComponent("g.graphml").path, "--node-link-edges", "links"])
        #expect(misuse.status == 64 && misuse.stderr.contains("--node-link-edges applies to node-link JSON output only"))
    }

    @Test func edgeListExportSaysWhatItDrops() throws {
        let run = try ToolRun.run(["export", "--output", "-", "-T", "edgelist"])
        #expect(run.status == 0 && run.stdout.hasPrefix("# 172 nodes, 671 edges, directed"))
        #expect(run.stderr.contains("does not keep kinds, labels, provenance"))
    }

    @Test func badInputWritesNothing() throws {
        let dir = try scratch()
        let bad = dir.appendingPathComponent("bad.graphml")
        try Data("<graphml><graph><node id='a'/><edge source='a' target='b'/></graph></graphml>".utf8).write(to: bad)
        let out = dir.appendingPathComponent("out.json")
        let run = try ToolRun.run(["export", "--input", bad.path, "--output", out.path])
        #expect(run.status != 0 && run.stderr.contains("\(bad.path):1") && run.stderr.contains("undeclared node 'b'"))
        #expect(!FileManager.default.fileExists(atPath: out.path))
        let unknown = try ToolRun.run(["export", "--output", dir.appendingPathComponent("x.unknown").path])
        #expect(unknown.status != 0 && unknown.stderr.contains("use -T"))
        // a file that is there but whose extension says nothing: the extension is the problem
        let unnamed = dir.appendingPathComponent("x.unknown")
        try Data("a b\n".utf8).write(to: unnamed)
        let noFormat = try ToolRun.run(["info", "--input", unnamed.path])
        #expect(noFormat.status == 64 && noFormat.stderr.contains("--input-format"))
        // one that is not there is missing, whatever its name
        let missing = try ToolRun.run(["info", "--input", dir.appendingPathComponent("y.unknown").path])
        #expect(missing.status == 1 && missing.stderr.contains("no such file"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted() == ["bad.graphml", "x.unknown"])
    }

    @Test func analysisAndRenderingTakeOtherFormats() throws {
        let dir = try scratch()
        let gml = dir.appendingPathComponent("k.graphml")
        try Data("""
            <graphml xmlns="http://graphml.graphdrawing.org/xmlns"><key id="w" for="edge" attr.name="weight" attr.type="double"/>
            <graph edgedefault="undirected"><node id="a"/><node id="b"/><node id="c"/>
            <edge source="a" target="b"><data key="w">1</data></edge><edge source="b" target="c"><data key="w">5</data></edge>
            <edge source="a" target="c"><data key="w">10</data></edge></graph></graphml>
            """.utf8).write(to: gml)
        let path = try ToolRun.run(["path", "a", "c", "--input", gml.path, "--weighted", "--format", "csv"])
        #expect(path.status == 0 && path.stdout.contains("1,1,b,"))
        let render = try ToolRun.run(["render", "--input", gml.path, "--output", "-"])
        #expect(render.status == 0 && render.stdout.contains("<title>a</title>"))
    }
}
