import Testing
import Graph

@Suite struct ExplanationTests {
    let explanation = Explanation(start: "girls", steps: [
        ExplanationStep(from: "girls", relation: .targets, to: "marriage", forward: false, evidence: .inferred),
        ExplanationStep(from: "marriage", relation: .amountsTo, to: "labour", forward: true, evidence: .aboutReport),
    ], strength: 0.25)

    @Test func textShowsEachStoredEdgesDirection() {
        #expect(explanation.text() == "girls <-[targets]- marriage -[amounts_to]-> labour")
        #expect(explanation.text(evidence: true) == "girls <-[targets]- (inferred) marriage -[amounts_to]-> (about-report) labour")
    }

    @Test func nodesAndWeakestEvidence() {
        #expect(explanation.nodes == ["girls", "marriage", "labour"])
        #expect(explanation.weakestEvidence == .inferred)
        #expect(Explanation(start: "a", steps: []).weakestEvidence == .report)
        let unknown = Explanation(start: "a", steps: [ExplanationStep(from: "a", relation: .linked, to: "b", forward: true, evidence: nil)])
        #expect(unknown.weakestEvidence == nil && unknown.text(evidence: true) == "a -[linked]-> b" && unknown.strength == nil)
    }
}
