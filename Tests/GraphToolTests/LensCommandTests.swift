import Foundation
import Testing
@testable import graph_tool

/// `graph-tool lens` and `graph-tool matrix` end to end, and docs/lens.md against the command it quotes.
@Suite struct LensCommandTests {
    @Test func lensKnownAnswerThroughTheCLI() throws {
        let run = try ToolRun.run(["lens", "kidnapping for ransom", "--format", "json"])
        #expect(run.status == 0, "\(run.stderr)")
        let object = try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as! [String: Any]
        let practice = (object["practices"] as! [[String: Any]])[0]
        #expect(practice["id"] as? String == "kidnapping_for_ransom")
        #expect((practice["acts"] as! [[String: Any]]).map { $0["id"] as! String } == ["harbouring"])
        #expect((practice["means"] as! [[String: Any]]).map { $0["id"] as! String } == ["abduction"])
        #expect((practice["purposes"] as! [[String: Any]]).isEmpty)
        #expect(practice["missingElements"] as? [String] == ["purpose"])
        let verdict = (practice["verdicts"] as! [[String: Any]])[0]
        #expect(verdict["victimGroup"] as? String == "yazidis" && verdict["holds"] as? Bool == false && verdict["missing"] as? [String] == ["purpose"])
    }

    /// The other two hand-written answers of the library tests, through the CLI: several victim groups, and a
    /// practice missing act and means.
    @Test func severalVictimGroupsAndMissingElementsThroughTheCLI() throws {
        let run = try ToolRun.run(["lens", "abduction_mass_kidnapping", "trafficking_as_terror_tactic", "--format", "json"])
        #expect(run.status == 0)
        let practices = (try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as! [String: Any])["practices"] as! [[String: Any]]
        let abduction = practices[0]["verdicts"] as! [[String: Any]]
        #expect(abduction.map { $0["victimGroup"] as! String } == ["women_and_girls", "girls", "children", "religious_ethnic_minorities", "yazidis"])
        #expect(abduction.map { $0["child"] as! Bool } == [false, true, true, false, false])
        #expect(abduction.allSatisfy { $0["holds"] as? Bool == true && $0["onlyInferred"] as? Bool == true })
        #expect(practices[1]["missingElements"] as? [String] == ["act", "means"])
        #expect((practices[1]["verdicts"] as! [[String: Any]]).allSatisfy { $0["holds"] as? Bool == false && $0["weakestEvidence"] is NSNull })
    }

    @Test func lensCSVHasOneRowPerPracticeAndVictimGroup() throws {
        let run = try ToolRun.run(["lens", "child soldiers", "--format", "csv"])
        #expect(run.status == 0)
        let lines = run.stdout.split(separator: "\n")
        #expect(lines[0] == "practice,victim_group,child,holds,missing,weakest_evidence,acts,means,purposes,sources")
        #expect(lines.count == 7)
        #expect(lines[1].hasPrefix("recruitment_use_of_children_in_hostilities,children,yes,yes,,inferred,"))
        #expect(lines.contains { $0.hasPrefix("recruitment_use_of_children_in_hostilities,youth,no,yes,,inferred,") })
        let strict = try ToolRun.run(["lens", "child soldiers", "--min-evidence", "context"])
        #expect(strict.stdout.contains("Only edges at evidence 'context' or stronger are counted."))
        #expect(strict.stdout.contains("missing element(s): act, means, purpose"))
    }

    @Test func aDatasetWithoutTheLensGetsAClearMessage() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("lens-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("tiny.yaml")
        try """
            format: intersection-graph/1
            sources: {S1: {title: A source, url: "https://example.org"}}
            nodes:
              - {id: g, kind: terrorist_group, label: Group, evidence: context, sources: [S1]}
              - {id: p, kind: practice, label: Practice, evidence: context, sources: [S1]}
              - {id: v, kind: victim_group, label: Victims, evidence: context, sources: [S1]}
            edges:
              - {from: g, evidence: context, sources: [S1], employs: [p]}
              - {from: p, evidence: context, sources: [S1], targets: [v]}
            """.write(to: file, atomically: true, encoding: .utf8)
        let run = try ToolRun.run(["lens", "--data", file.path])
        #expect(run.status == 1)
        #expect(run.stderr.contains("does not declare the trafficking lens (missing graph attributes: lens.act, lens.means, lens.purpose, lens.target, lens.children)"))
    }

    @Test func matrixCellsAndHeatMap() throws {
        let csv = try ToolRun.run(["matrix", "--format", "csv"])
        #expect(csv.status == 0)
        let lines = csv.stdout.split(separator: "\n")
        #expect(lines[0] == "row,column,count,weakest_evidence,connecting")
        #expect(lines.contains("daesh_isil,removal_of_organs,1,inferred,organ_removal_alleged"))
        #expect(!lines.contains { $0.hasPrefix("al_qaida_affiliates,") })
        let areas = try ToolRun.run(["matrix", "--rows", "practice", "--cols", "area", "--via", "recommendation", "--format", "csv"])
        #expect(areas.stdout.contains("kidnapping_for_ransom,rec_group_prosecution,1,inferred,PROS-4"))

        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("matrix-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let a = dir.appendingPathComponent("a.svg"), b = dir.appendingPathComponent("b.svg"), png = dir.appendingPathComponent("m.png")
        for file in [a, b, png] { #expect(try ToolRun.run(["matrix", "--output", file.path]).status == 0) }
        let svg = try String(contentsOf: a, encoding: .utf8)
        #expect(svg.contains("<svg") && svg.contains("8 · I") && svg.contains("Removal of organs"))
        #expect(try Data(contentsOf: a) == Data(contentsOf: b), "the heat map is deterministic")
        #expect(try Data(contentsOf: png).prefix(4) == Data([0x89, 0x50, 0x4E, 0x47]))
        let bad = try ToolRun.run(["matrix", "--via", "nothing"])
        #expect(bad.status == 64 && bad.stderr.contains("--via 'nothing' is not a kind"))
    }

    /// docs/lens.md quotes `graph-tool lens` on the bundled dataset between markers; the quote must be the output.
    @Test func theLensDocQuotesTheCommandAsItIs() throws {
        let doc = try String(contentsOf: ToolRun.repository.appendingPathComponent("docs/lens.md"), encoding: .utf8)
        let begin = try #require(doc.range(of: "<!-- graph-tool lens: begin -->\n```text\n"))
        let end = try #require(doc.range(of: "```\n<!-- graph-tool lens: end -->"))
        let quoted = String(doc[begin.upperBound..<end.lowerBound])
        let run = try ToolRun.run(["lens"])
        #expect(run.status == 0)
        #expect(quoted == run.stdout, "docs/lens.md is out of date: paste the output of `graph-tool lens` between its markers")
    }
}
