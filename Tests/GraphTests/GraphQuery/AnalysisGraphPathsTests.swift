import Foundation
import Testing
import Graph

@Suite struct AnalysisGraphPathsTests {
    @Test func everyShortestPathWithItsStepsExplained() throws {
        let view = AnalysisGraph(try QueryFixtures.knowledge())
        let s = view.snapshot
        let answer = try view.shortestPaths(from: s.index(of: "girls")!, to: s.index(of: "group")!, limit: 10)
        #expect(answer.from == "girls" && answer.to == "group" && answer.length == 2)
        #expect(answer.paths.map { $0.text(evidence: true) } == [
            "girls <-[targets]- (context) abduction <-[employs]- (report) group",
            "girls <-[targets]- (inferred) marriage <-[employs]- (context) group",
        ])
        #expect(answer.paths[0].steps[1].citations == [Citation(sourceKey: "S1")] && answer.paths[0].strength == nil)
        #expect(try view.shortestPaths(from: s.index(of: "girls")!, to: s.index(of: "group")!).paths.count == 1)
    }

    @Test func noPathIsAnEmptyAnswer() throws {
        let view = AnalysisGraph(try QueryFixtures.knowledge())
        let answer = try view.shortestPaths(from: view.snapshot.index(of: "theme")!, to: view.snapshot.index(of: "group")!)
        #expect(answer.length == nil && answer.paths.isEmpty)
    }

    @Test func edgeListPathsAreLinkedStepsWithoutEvidence() throws {
        let text = "a b 1\nb c 1\na c 5\n"
        let view = AnalysisGraph(snapshot: try EdgeListReader.readSnapshot(data: Data(text.utf8), file: "w.edges", options: .init(weighted: true)))
        let answer = try view.shortestPaths(from: 0, to: 2, weighted: true)
        #expect(answer.length == 2 && answer.paths.map { $0.text(evidence: true) } == ["a -[linked]-> b -[linked]-> c"])
        #expect(answer.paths[0].weakestEvidence == nil)
        #expect(try view.shortestPaths(from: 0, to: 2).paths.map { $0.nodes } == [["a", "c"]])
    }
}
