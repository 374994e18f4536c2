import Foundation
import Testing
import Graph
@testable import GraphRendering

/// Golden DOT files for the bundled diagrams. Regenerate after an intended change with
/// `UPDATE_GOLDEN=1 swift test --filter DiagramBuilderTests` and review the diff.
@Suite struct DiagramBuilderTests {
    let graph: KnowledgeGraph
    init() throws { graph = try BundledDataset.load() }

    static let goldenDirectory = TestResources.directory.appendingPathComponent("golden")

    private func checkGolden(_ name: String, _ text: String) throws {
        let url = Self.goldenDirectory.appendingPathComponent(name)
        if ProcessInfo.processInfo.environment["UPDATE_GOLDEN"] == "1" {
            try text.write(to: url, atomically: true, encoding: .utf8)
            return
        }
        let golden = try String(contentsOf: url, encoding: .utf8)
        #expect(text == golden, "\(name) differs from its golden file; if intended, regenerate with UPDATE_GOLDEN=1")
    }

    @Test func overviewMatchesItsGoldenFile() throws {
        let dot = DOTWriter.write(try DiagramBuilder.diagram(of: graph))
        try checkGolden("overview.gv", dot)
        #expect(dot == DOTWriter.write(try DiagramBuilder.diagram(of: try BundledDataset.load())))
    }

    @Test func focusedViewMatchesItsGoldenFile() throws {
        var request = DiagramRequest()
        request.focus = "forced_marriage_to_fighters"
        request.highlighted = ["forced_marriage_to_fighters"]
        try checkGolden("focus-forced-marriage.gv", DOTWriter.write(try DiagramBuilder.diagram(of: graph, request)))
    }

    @Test func overviewSVGParsesAndContainsEveryNode() throws {
        var request = DiagramRequest()
        request.clusterAreas = false
        let dot = DOTWriter.write(try DiagramBuilder.diagram(of: graph, request))
        let svg = try GraphvizRenderer.shared.render(dot: dot, engine: .neato, format: .svg)
        let inspector = try #require(SVGInspector.inspect(svg.data))
        let ids = Set(inspector.nodes.map(\.id))
        for node in graph.nodes { #expect(ids.contains(node.id.rawValue), "\(node.id) missing from the SVG") }
    }

    @Test func viewsSelectWhatTheyPromise() throws {
        var area = DiagramRequest()
        area.areas = ["rec_group_children"]
        let children = try DiagramBuilder.diagram(of: graph, area)
        let recs = children.nodes.filter { $0.id.contains("-") && graph.node(NodeID($0.id))?.kind == .recommendation }.map(\.id)
        #expect(Set(recs) == Set((1...7).map { "CHILD-\($0)" }))
        let areaBoxes = children.subgraphs.filter { $0.name?.hasPrefix("cluster_rec_group") == true }
        #expect(areaBoxes.count == 1 && areaBoxes[0].nodeIDs.count == 7)

        var kinds = DiagramRequest()
        kinds.kinds = [.practice, .form]
        kinds.legend = false
        let pf = try DiagramBuilder.diagram(of: graph, kinds)
        #expect(pf.nodes.count == 23 && pf.edges.allSatisfy { [.practice, .form].contains(graph.node(NodeID($0.source))!.kind) })
        #expect(pf.edges.count == graph.edges.filter { $0.relation == .amountsTo || ($0.relation == .subtypeOf && graph.node($0.source)!.kind == .form) }.count)

        var focus = DiagramRequest()
        focus.focus = "organ_removal_alleged"
        focus.depth = 0
        focus.extraNodes = ["PROS-3"]
        focus.legend = false
        #expect(Set(try DiagramBuilder.diagram(of: graph, focus).nodes.map(\.id)) == ["organ_removal_alleged", "PROS-3"])

        var sized = DiagramRequest()
        sized.kinds = [.theme]
        sized.sizeBy = ["prevention": 2, "victim_identification": 1]
        let themes = try DiagramBuilder.diagram(of: graph, sized)
        let width = { (id: String) in themes.nodes.first { $0.id == id }?.attributes["width"] }
        #expect(width("prevention") == .text("2.2") && width("victim_identification") == .text("1.4"))
    }

    @Test func edgeStylesShowEvidence() throws {
        let dot = try DiagramBuilder.diagram(of: graph)
        let inferred = dot.edges.first { $0.source == "PROT-4" }!
        #expect(inferred.attributes["style"] == .text("dotted"))
        let context = dot.edges.first { $0.source == "daesh_isil" }!
        #expect(context.attributes["style"] == .text("dashed"))
        // The bundled dataset has no report-level edge (data/README.md says why), so one is made here.
        var edited = graph
        try edited.add(Edge(source: "sexual_slavery_practice", relation: .concerns, target: "child_vulnerability_child_rights",
                            provenance: Provenance(evidence: .report, citations: [Citation(sourceKey: "S1")])))
        let report = try DiagramBuilder.diagram(of: edited).edges.first { $0.source == "sexual_slavery_practice" && $0.target == "child_vulnerability_child_rights" }!
        #expect(report.attributes["style"] == .text("solid") && report.attributes["penwidth"] == .text("2.4"))
    }

    @Test func badViewsFailCleanly() {
        var r = DiagramRequest()
        r.focus = "nope"
        #expect(throws: DiagramError.unknownNode("nope")) { try DiagramBuilder.diagram(of: graph, r) }
        r = DiagramRequest()
        r.areas = ["children"]
        #expect(throws: DiagramError.notAnArea("children")) { try DiagramBuilder.diagram(of: graph, r) }
        r = DiagramRequest()
        r.kinds = [.generic]
        #expect(throws: DiagramError.nothingToDraw) { try DiagramBuilder.diagram(of: graph, r) }
    }
}
