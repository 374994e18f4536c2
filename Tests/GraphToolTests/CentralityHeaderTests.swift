import Foundation
import Testing
@testable import graph_tool

@Suite struct CentralityHeaderTests {
    @Test func coreNumbersAndTheSizeOfTheGraphAnalysed() throws {
        let core = try ToolRun.run(["centrality", "--measure", "core-number", "--format", "csv"])
        #expect(core.status == 0 && core.stdout.split(separator: "\n").count == 173)
        let themes = try ToolRun.run(["centrality", "--measure", "betweenness", "--kind", "theme", "--subgraph", "--top", "2"])
        #expect(themes.stdout.hasPrefix("betweenness on the undirected subgraph of theme nodes (17 nodes, 0 edges)\nevery score is 0 on this graph"))
        let csv = try ToolRun.run(["centrality", "--measure", "betweenness", "--kind", "theme", "--subgraph", "--format", "csv"])
        #expect(csv.stderr.contains("every betweenness score is 0"))
    }
}
