import Foundation
import Testing
@testable import graph_tool

/// A node of a user's file keeps its attributes in `show`, as in the explorer's panel.
@Suite struct ShowAttributesTests {
    @Test func showListsAGraphMLNodesAttributes() throws {
        let file = ToolRun.repository.appendingPathComponent("Tests/GraphTests/Resources/formats/networkx_karate.graphml").path
        let table = try ToolRun.run(["show", "5", "--input", file])
        #expect(table.status == 0 && table.stdout.contains("attributes:\n  age_years: 25\n  club: Mr. Hi\n"), "\(table.stdout)")
        let json = try ToolRun.run(["show", "5", "--input", file, "--format", "json"])
        let object = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
        #expect((object?["attributes"] as? [String: String])?["club"] == "Mr. Hi")
    }
}
