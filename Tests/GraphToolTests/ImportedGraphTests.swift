import Foundation
import Testing

/// What `info` and `show` say about an imported graph: its shape (values as NetworkX 3.6.1 gives them for the same
/// files: nx.density, G.degree, number_of_selfloops), and no invented provenance.
@Suite struct ImportedGraphTests {
    private struct Info: Decodable {
        struct Structure: Decodable {
            var directed: Bool, parallelEdges: Int, selfLoops: Int, density: Double, degree: [String: Double]
            var nodeAttributes: [String: [String]], edgeAttributes: [String: [String]], withProvenance: Int
        }
        var structure: Structure
        var nodesByEvidence: [String: Int]
    }

    private func info(_ file: String) throws -> Info {
        let run = try ToolRun.run(["info", "--input", DirectionTests.formats.appendingPathComponent(file).path, "--format", "json"])
        #expect(run.status == 0, "\(run.stderr)")
        return try JSONDecoder().decode(Info.self, from: Data(run.stdout.utf8))
    }

    @Test func infoDescribesTheShapeOfAGraph() throws {
        let karate = try info("networkx_karate.graphml").structure
        #expect(!karate.directed && karate.parallelEdges == 0 && karate.selfLoops == 0)
        #expect(abs(karate.density - 0.13903743315508021) < 1e-15)   // nx.density(G)
        #expect(karate.degree == ["min": 1, "mean": 156.0 / 34.0, "max": 17])
        #expect(karate.nodeAttributes == ["age_years": ["int"], "club": ["string"], "name": ["string"], "officer": ["bool"], "score": ["double"]])
        #expect(karate.edgeAttributes == ["weight": ["double"]] && karate.withProvenance == 0)
        let multi = try info("networkx_multigraph.graphml").structure
        #expect(multi.parallelEdges == 3 && abs(multi.density - 0.9) < 1e-15 && multi.degree["max"] == 5)
        let directed = try info("networkx_directed.graphml").structure
        #expect(directed.directed && abs(directed.density - 0.3) < 1e-15)
        #expect(try info("networkx_karate.graphml").nodesByEvidence.values.allSatisfy { $0 == 0 }, "no provenance is counted where there is none")
    }

    @Test func showInventsNoProvenanceForAnImportedNode() throws {
        let file = DirectionTests.formats.appendingPathComponent("networkx_karate.graphml").path
        let table = try ToolRun.run(["show", "0", "--input", file])
        #expect(table.stdout.contains("evidence: none (an imported node: nothing is cited)") && !table.stdout.contains("inferred"))
        #expect(table.stdout.contains("neighbours (16):") && table.stdout.contains("weight"), "an undirected graph lists neighbours, with weights")
        let json = try ToolRun.run(["show", "0", "--input", file, "--format", "json"])
        let object = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as! [String: Any]
        #expect(object["evidence"] is NSNull)
        let first = (object["outgoing"] as! [[String: Any]]).first!
        #expect(first["evidence"] is NSNull && first["weight"] as? Double == 4)
    }
}
