import Foundation
import Testing
@testable import graph_tool

@Suite struct RecommendCommandTests {
    @Test func csvHasTheDocumentedColumns() throws {
        let run = try ToolRun.run(["recommend", "PR-04", "--top", "3", "--format", "csv"])
        #expect(run.status == 0, "\(run.stderr)")
        let lines = run.stdout.split(separator: "\n")
        #expect(lines[0] == "rank,id,area,score,evidence,label,explanation")
        #expect(lines.count == 4)
        #expect(lines[1].hasPrefix("1,PROT-4,protection,"))
        #expect(lines[1].contains("forced_marriage_to_fighters <-[addresses]- PROT-4"))
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
        let areas = Set(run.stdout.split(separator: "\n").dropFirst().map { $0.split(separator: ",")[2] })
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
        #expect(lines[0] == "query,rank,id,area,score,evidence,label,explanation")
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
