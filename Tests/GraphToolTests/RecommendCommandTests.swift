import Foundation
import Testing
@testable import graph_tool

@Suite struct RecommendCommandTests {
    @Test func csvHasTheDocumentedColumns() throws {
        let run = try ToolRun.run(["recommend", "PR-04", "--top", "3", "--format", "csv"])
        #expect(run.status == 0, "\(run.stderr)")
        let lines = run.stdout.split(separator: "\n")
        #expect(lines[0] == "rank,of,id,area,link,score,support,evidence,label,explanation")
        #expect(lines.count == 4)
        // PROS-1 and PROT-4 differ by 5e-5 (relative): a tie, both rank 1, listed by ID.
        #expect(lines[1].hasPrefix("1,28,PROS-1,prosecution,direct,") && lines[2].hasPrefix("1,28,PROT-4,protection,direct,"))
        #expect(lines[2].contains("forced_marriage_to_fighters <-[addresses]- PROT-4"))
        // the sentences the table prints go to standard error
        #expect(run.stderr.contains("28 of 29 linked, showing 3 of 28"))
    }

    @Test func tableSeparatesDirectFromIndirectAndSaysNOfM() throws {
        let run = try ToolRun.run(["recommend", "PR-04", "--top", "9"])
        #expect(run.status == 0)
        #expect(run.stdout.contains("Recommendations for Forced marriage to fighters [forced_marriage_to_fighters]: 28 of 29 linked, showing 9 of 28; 6 address it directly"))
        let direct = try #require(run.stdout.range(of: "Addressed directly (6):"))
        let indirect = try #require(run.stdout.range(of: "Reached only through other nodes (3 of 22):"))
        #expect(direct.upperBound < indirect.lowerBound)
        #expect(run.stdout.contains("  =1  PROS-1") && run.stdout.contains("  =1  PROT-4"))
    }

    @Test func aQueryNothingAddressesDirectlySaysSo() throws {
        // no recommendation is joined to orphaned children by an edge
        let run = try ToolRun.run(["recommend", "orphaned_children", "--top", "3"])
        #expect(run.status == 0)
        #expect(run.stdout.contains("0 address it directly"))
        #expect(run.stdout.contains("No recommendation addresses Orphaned children directly; the 28 listed are reached only through other nodes"))
        #expect(!run.stdout.contains("Addressed directly ("))
    }

    @Test func otherNodesTheQueryTextNamesAreReported() throws {
        let run = try ToolRun.run(["recommend", "forced marriage", "--top", "1", "--format", "json"])
        #expect(run.status == 0)
        let object = try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as! [String: Any]
        #expect(object["query"] as? [String] == ["forced_marriage"])
        let also = (object["alsoMatches"] as! [[String: Any]]).map { $0["id"] as! String }
        #expect(also == ["forced_marriage_to_fighters"])
        #expect((object["linked"] as? Int) == 27 && (object["of"] as? Int) == 29 && (object["shown"] as? Int) == 1)
        let table = try ToolRun.run(["recommend", "forced marriage", "--top", "1"])
        #expect(table.stdout.contains("also: 'forced marriage' names forced_marriage_to_fighters (practice, Forced marriage to fighters)"))
        // an exact ID names what it names
        let exact = try ToolRun.run(["recommend", "forced_marriage", "--top", "1"])
        #expect(!exact.stdout.contains("also:"))
    }

    @Test func anEmptyRankingUnderMinEvidenceIsExplained() throws {
        let run = try ToolRun.run(["recommend", "PR-04", "--min-evidence", "context"])
        #expect(run.status == 0)
        #expect(run.stdout.contains("0 of 29 linked"))
        #expect(run.stdout.contains("no edge at a recommendation has evidence 'context' or stronger: all 365 are 'inferred'"))
        let json = try ToolRun.run(["recommend", "PR-04", "--min-evidence", "context", "--format", "json"])
        let object = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as! [String: Any]
        #expect((object["emptyReason"] as? String)?.contains("all 365 are 'inferred'") == true)
    }

    @Test func theReconstructionCaveatComesFromTheData() throws {
        let bundled = try ToolRun.run(["recommend", "PR-04", "--top", "2"])
        #expect(bundled.stdout.contains("(every recommendation listed has evidence 'inferred'"))
        // the same dataset with every recommendation edited to `report`, as data/README.md describes
        let text = try String(contentsOf: ToolRun.repository.appendingPathComponent("data/osce-2021.yaml"), encoding: .utf8)
        let edited = text.split(separator: "\n", omittingEmptySubsequences: false).map { line -> String in
                line.contains("kind: recommendation,") ? line.replacingOccurrences(of: "evidence: inferred", with: "evidence: report") : String(line)
            }.joined(separator: "\n")
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("caveat-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("edited.yaml")
        try edited.write(to: file, atomically: true, encoding: .utf8)
        let run = try ToolRun.run(["recommend", "PR-04", "--top", "2", "--data", file.path])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(!run.stdout.contains("evidence 'inferred'"))
    }

    @Test func jsonCarriesFullPathsAndIsDeterministic() throws {
        let a = try ToolRun.run(["recommend", "forced marriage to fighters", "girls", "online grooming", "--format", "json"])
        let b = try ToolRun.run(["recommend", "forced marriage to fighters", "girls", "online grooming", "--format", "json"])
        #expect(a.status == 0 && a.stdout == b.stdout)
        let object = try JSONSerialization.jsonObject(with: Data(a.stdout.utf8)) as! [String: Any]
        #expect(object["query"] as? [String] == ["forced_marriage_to_fighters", "girls", "deceptive_recruitment_of_women_and_girls"])
        let recs = object["recommendations"] as! [[String: Any]]
        let steps = (recs[0]["explanations"] as! [[String: Any]])[0]["steps"] as! [[String: Any]]
        #expect(!steps.isEmpty && steps.allSatisfy { $0["evidence"] != nil && $0["relation"] != nil && $0["sources"] != nil })
    }

    @Test func areaAndEvidenceOptions() throws {
        let run = try ToolRun.run(["recommend", "sexual slavery", "--area", "children", "--area", "prosecution", "--format", "csv"])
        #expect(run.status == 0)
        let areas = Set(run.stdout.split(separator: "\n").dropFirst().map { $0.split(separator: ",")[3] })
        #expect(areas.isSubset(of: ["children", "prosecution"]) && !areas.isEmpty)
        let strict = try ToolRun.run(["recommend", "PR-02", "--min-evidence", "report", "--format", "csv"])
        #expect(strict.status == 0 && strict.stdout.split(separator: "\n").count == 1)
    }

    @Test func explainPrintsPathsInWords() throws {
        let run = try ToolRun.run(["recommend", "PR-13", "--top", "2", "--explain"])
        #expect(run.status == 0 && run.stdout.contains("why: exploitation_of_displaced_and_camp_populations <-[addresses]- PREV-3"))
    }

    @Test func forEachPracticeCoversAllFourteen() throws {
        let run = try ToolRun.run(["recommend", "--for-each-practice", "--top", "2", "--format", "csv"])
        #expect(run.status == 0)
        let lines = run.stdout.split(separator: "\n")
        #expect(lines[0] == "query,rank,of,id,area,link,score,support,evidence,label,explanation")
        #expect(Set(lines.dropFirst().map { $0.split(separator: ",")[0] }).count == 14)
    }

    @Test func unknownOrAmbiguousNamesFail() throws {
        let unknown = try ToolRun.run(["recommend", "grooming online"])
        #expect(unknown.status != 0 && unknown.stderr.contains("did you mean"))
        let none = try ToolRun.run(["recommend"])
        #expect(none.status != 0 && none.stderr.contains("at least one query node"))
        let wrongKind = try ToolRun.run(["recommend", "PROT-1"])
        #expect(wrongKind.status != 0 && wrongKind.stderr.contains("is a recommendation"))
        let badArea = try ToolRun.run(["recommend", "PR-01", "--area", "nowhere"])
        #expect(badArea.status != 0 && badArea.stderr.contains("no node matches 'nowhere'"))
    }
}
