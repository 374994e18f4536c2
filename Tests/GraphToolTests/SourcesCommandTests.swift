import Foundation
import Testing
@testable import graph_tool

/// `graph-tool sources` and the citations `show` prints: every claim leads to a source a reader can open.
@Suite struct SourcesCommandTests {
    @Test func theBibliographyListsEverySourceWithItsCitations() throws {
        let run = try ToolRun.run(["sources", "--format", "json"])
        #expect(run.status == 0, "\(run.stderr)")
        let all = try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as! [[String: Any]]
        #expect(all.count == 39)
        let fs = try #require(all.first { $0["key"] as? String == "FS" })
        #expect(fs["path"] as? String == "data/sources/osce-2021-fact-sheet.md")
        #expect(FileManager.default.fileExists(atPath: ToolRun.repository.appendingPathComponent(fs["path"] as! String).path))
        #expect(all.allSatisfy { ($0["citingNodes"] as! Int) + ($0["citingEdges"] as! Int) > 0 })
    }

    @Test func oneSourceListsWhatCitesIt() throws {
        let run = try ToolRun.run(["sources", "S40"])
        #expect(run.status == 0)
        #expect(run.stdout.hasPrefix("S40: Supplementary Convention on the Abolition of Slavery"))
        #expect(run.stdout.contains("url: https://www.ohchr.org/"))
        let line = run.stdout.split(separator: "\n").first { $0.contains("forced_marriage subtype_of slavery_or_similar_practices") }
        #expect(line.map { $0.hasPrefix("edge") && $0.contains("art. 1(c)") && $0.hasSuffix("context") } == true)
        let unknown = try ToolRun.run(["sources", "S99"])
        #expect(unknown.status == 1 && unknown.stderr.contains("no source with key 'S99'") && unknown.stderr.contains("did you mean"))
    }

    @Test func showPrintsEachCitationWithItsSourceAndAddress() throws {
        let run = try ToolRun.run(["show", "women_and_girls"])
        #expect(run.status == 0)
        #expect(run.stdout.contains("  FS §5: Project fact sheet on the OSCE 2021 paper"))
        #expect(run.stdout.contains("file: data/sources/osce-2021-fact-sheet.md"))
        #expect(run.stdout.contains("  S9: UN Security Council resolution 2331 (2016). UN Security Council. 2016. https://www.un.org/en/ga/search/view_doc.asp?symbol=S/RES/2331(2016)"))
        let json = try ToolRun.run(["show", "women_and_girls", "--format", "json"])
        let object = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as! [String: Any]
        let sources = object["sources"] as! [[String: Any]]
        #expect(sources.first { $0["key"] as? String == "FS" }?["path"] as? String == "data/sources/osce-2021-fact-sheet.md")
    }

    @Test func validateChecksThatSourceFilesExist() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("sources-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let copy = dir.appendingPathComponent("osce.yaml")
        try FileManager.default.copyItem(at: ToolRun.repository.appendingPathComponent("data/osce-2021.yaml"), to: copy)
        let missing = try ToolRun.run(["validate", copy.path])
        #expect(missing.status == 1 && missing.stdout.contains("field 'sources.FS.path': no file at"))
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("sources"), withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: ToolRun.repository.appendingPathComponent("data/sources/osce-2021-fact-sheet.md"),
                                         to: dir.appendingPathComponent("sources/osce-2021-fact-sheet.md"))
        let present = try ToolRun.run(["validate", copy.path])
        #expect(present.status == 0, "\(present.stdout)")
    }
}
