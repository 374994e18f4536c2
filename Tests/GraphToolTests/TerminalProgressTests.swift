import Foundation
import Testing
import Graph
@testable import graph_tool

@Suite struct TerminalProgressTests {
    @Test func theCounterSaysHowMuchAndHowLong() {
        #expect(TerminalProgress.line("betweenness", done: 0, total: 200, elapsed: 0) == "betweenness: 0 of 200 searches (0 %)")
        #expect(TerminalProgress.line("betweenness", done: 50, total: 200, elapsed: 10) == "betweenness: 50 of 200 searches (25 %), about 30 s left")
        #expect(TerminalProgress.line("closeness", done: 10, total: 200, elapsed: 60) == "closeness: 10 of 200 searches (5 %), about 19 min left")
    }

    @Test func aLoadCountsMegabytes() {
        #expect(TerminalProgress.line("reading big.edges", done: 27_000_000, total: 54_000_000, elapsed: 3, unit: .bytes)
            == "reading big.edges: 27 of 54 MB (50 %), about 3 s left")
    }

    @Test func workThatCannotCountSaysItsTimeAndWhatIsLeftOfTheEstimate() {
        #expect(TerminalProgress.elapsedText(0.2, estimate: 14) == " (estimated 14 s)")
        #expect(TerminalProgress.elapsedText(0.2, estimate: nil) == "")
        #expect(TerminalProgress.elapsedText(3.2, estimate: 14) == " (4 s so far, about 11 s left)")
        #expect(TerminalProgress.elapsedText(20, estimate: 14) == " (20 s so far, longer than the 14 s estimated)")
        #expect(TerminalProgress.elapsedText(75, estimate: nil) == " (2 min so far)")
    }

    /// The layout estimate reproduces the measurements its doc comment quotes within 30 %.
    @Test func theLayoutEstimateFitsItsMeasurements() throws {
        let measured: [(LayoutEngine, Int, Double)] = [(.sfdp, 500, 0.21), (.sfdp, 1000, 0.59), (.sfdp, 2000, 1.5), (.sfdp, 4000, 5.5), (.sfdp, 8000, 11.6),
                                                      (.neato, 500, 1.05), (.neato, 1000, 4.0), (.neato, 2000, 13.7), (.dot, 200, 0.11), (.dot, 400, 0.28)]
        for (engine, nodes, seconds) in measured {
            let estimate = try #require(LayoutPolicy.estimatedSeconds(engine: engine, nodes: nodes, edges: 2 * nodes))
            #expect(abs(estimate - seconds) / seconds < 0.3, "\(engine) at \(nodes) nodes: \(estimate) s for \(seconds) s measured")
        }
        #expect(LayoutPolicy.estimatedSeconds(engine: .circo, nodes: 100, edges: 200) == nil)
    }

    @Test func nothingIsDrawnWhenStandardErrorIsNotATerminal() throws {
        // the tests read standard error through a pipe
        let run = try ToolRun.run(["centrality", "--measure", "betweenness", "--top", "1"])
        #expect(run.status == 0 && run.stderr.isEmpty)
    }

    @Test func aRenderAndALoadShowNothingOnAPipe() throws {
        let run = try ToolRun.run(["render", "--focus", "PR-04", "-T", "svg"])
        #expect(run.status == 0 && run.stderr.isEmpty && run.stdout.hasPrefix("<?xml"))
    }
}
