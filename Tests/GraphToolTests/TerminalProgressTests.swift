import Testing
@testable import graph_tool

@Suite struct TerminalProgressTests {
    @Test func theCounterSaysHowMuchAndHowLong() {
        #expect(TerminalProgress.line("betweenness", done: 0, total: 200, elapsed: 0) == "betweenness: 0 of 200 searches (0 %)")
        #expect(TerminalProgress.line("betweenness", done: 50, total: 200, elapsed: 10) == "betweenness: 50 of 200 searches (25 %), about 30 s left")
        #expect(TerminalProgress.line("closeness", done: 10, total: 200, elapsed: 60) == "closeness: 10 of 200 searches (5 %), about 19 min left")
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
