import Foundation
import Testing
@testable import graph_tool

@Suite struct CentralityHeaderTests {
    @Test func coreNumbersAndTheSizeOfTheGraphAnalysed() throws {
        let core = try ToolRun.run(["centrality", "--measure", "core-number", "--format", "csv"])
        #expect(core.status == 0 && core.stdout.split(separator: "\n").count == 173)
        let themes = try ToolRun.run(["centrality", "--measure", "betweenness", "--kind", "theme", "--subgraph", "--top", "2"])
        #expect(themes.stdout.hasPrefix("betweenness on the undirected subgraph of theme nodes (17 nodes, 0 edges; relations read both ways; --directed keeps their directions)\nevery score is 0 on this graph"))
        let csv = try ToolRun.run(["centrality", "--measure", "betweenness", "--kind", "theme", "--subgraph", "--format", "csv"])
        #expect(csv.stderr.contains("every betweenness score is 0"))
    }

    @Test func sampledBetweennessSaysSoAndIsRefusedForOtherMeasures() throws {
        let run = try ToolRun.run(["centrality", "--measure", "betweenness", "--sample", "40", "--seed", "7", "--top", "1"])
        #expect(run.status == 0 && run.stdout.hasPrefix("betweenness (estimated from 40 sampled sources, seed 7) on the undirected graph"))
        let again = try ToolRun.run(["centrality", "--measure", "betweenness", "--sample", "40", "--seed", "7", "--top", "1"])
        #expect(run.stdout == again.stdout)
        let wrong = try ToolRun.run(["centrality", "--measure", "pagerank", "--sample", "40"])
        #expect(wrong.status == 64 && wrong.stderr.contains("--sample estimates betweenness only"))
    }
}
