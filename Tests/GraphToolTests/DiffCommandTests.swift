import Foundation
import Testing
@testable import graph_tool

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
