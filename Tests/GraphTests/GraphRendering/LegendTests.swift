import Foundation
import Testing
import Graph
@testable import GraphRendering

/// The legend is drawn with the diagram's own glyphs and lists exactly what the diagram shows; relations stay
/// apart in colour and in greyscale.
@Suite struct LegendTests {
    static let graph = try! BundledDataset.load()

    private func check(_ request: DiagramRequest) throws {
        let dot = try DiagramBuilder.diagram(of: Self.graph, request)
        let legendPrefix = DiagramBuilder.legendID
        let drawn = dot.nodes.filter { !$0.id.hasPrefix(legendPrefix) }
        let kindsShown = Set(drawn.compactMap { Self.graph.node(NodeID($0.id))?.kind })
        var legendKinds: Set<NodeKind> = []
        for node in dot.nodes where node.id.hasPrefix("\(legendPrefix)_kind_") {
            let kind = NodeKind(rawValue: String(node.id.dropFirst("\(legendPrefix)_kind_".count)))!
            legendKinds.insert(kind)
            let style = DiagramStyle.style(of: kind)
            #expect(node.attributes["shape"] == .text(style.shape) && node.attributes["fillcolor"] == .text(style.fill)
                        && node.attributes["color"] == .text(style.border), "\(kind) glyph")
        }
        #expect(legendKinds == kindsShown)

        // the summary's area → practice edges stand for many edges and have their own legend entry
        let drawnEdges = dot.edges.filter { !$0.source.hasPrefix(legendPrefix) && Self.graph.node(NodeID($0.source))?.kind != .area }
        var shownRelations: [String: (color: DOTValue?, arrow: DOTValue?)] = [:]
        for e in drawnEdges {
            let relation = Self.graph.edges.first { $0.source.rawValue == e.source && $0.target.rawValue == e.target }!.relation
            shownRelations[relation.rawValue] = (e.attributes["color"], e.attributes["arrowhead"])
        }
        var legendRelations: Set<String> = []
        for e in dot.edges where e.source.hasPrefix("\(legendPrefix)_rel_") {
            let name = String(e.source.dropFirst("\(legendPrefix)_rel_".count).dropLast("_from".count))
            legendRelations.insert(name)
            #expect(e.target == "\(legendPrefix)_rel_\(name)_to")
            #expect(e.attributes["color"] == shownRelations[name]?.color && e.attributes["arrowhead"] == shownRelations[name]?.arrow, "\(name)")
            #expect(e.attributes["label"] == .text(name.replacingOccurrences(of: "_", with: " ")))
        }
        #expect(legendRelations == Set(shownRelations.keys))
    }

    @Test func theFullDrawingsLegendListsItsKindsAndRelationsAsGlyphs() throws { try check(DiagramRequest()) }

    @Test func theSummaryLegendListsItsKindsRelationsAndAreaEdges() throws {
        var request = DiagramRequest()
        request.summary = true
        request.clusterAreas = false
        try check(request)
        let dot = try DiagramBuilder.diagram(of: Self.graph, request)
        #expect(dot.edges.contains { $0.source == "\(DiagramBuilder.legendID)_summary_from" })
        #expect(Set(dot.nodes.compactMap { Self.graph.node(NodeID($0.id))?.kind }) == [.terroristGroup, .practice, .form, .victimGroup, .area])
    }

    /// The summary's area edges count what they say: recommendations of the area addressing the practice.
    @Test func summaryAreaEdgesCountTheRecommendations() throws {
        var request = DiagramRequest()
        request.summary = true
        request.clusterAreas = false
        let dot = try DiagramBuilder.diagram(of: Self.graph, request)
        let summaryEdges = dot.edges.filter { $0.source.hasPrefix("rec_group_") }
        #expect(!summaryEdges.isEmpty)
        for e in summaryEdges {
            let members = Set(Self.graph.edges.filter { $0.relation == .belongsTo && $0.target.rawValue == e.source }.map(\.source))
            let n = Self.graph.edges.filter { $0.relation == .addresses && $0.target.rawValue == e.target && members.contains($0.source) }.count
            #expect(e.attributes["label"] == .text("\(n)") && n > 0)
        }
        // kidnapping for ransom: only PROS-4 (prosecution) addresses it
        #expect(summaryEdges.filter { $0.target == "kidnapping_for_ransom" }.map(\.source) == ["rec_group_prosecution"])
    }

    @Test func aFocusedLegendListsOnlyWhatTheFocusShows() throws {
        var request = DiagramRequest()
        request.focus = "kidnapping_for_ransom"
        try check(request)
        let dot = try DiagramBuilder.diagram(of: Self.graph, request)
        #expect(!dot.nodes.contains { $0.id == "\(DiagramBuilder.legendID)_kind_form" }, "the focus shows no form of exploitation")
    }

    @Test func sizesGetALegendEntry() throws {
        var view = DiagramView()
        view.kinds = [.theme]
        view.sizeBy = .degree
        let dot = try Diagram(of: Self.graph, view: view).dot
        #expect(dot.contains("node size: degree"))
        #expect(!(try Diagram(of: Self.graph).dot).contains("_legend_size_"))
    }

    /// Each relation has an arrowhead of its own, so any two differ in shape even where they share a colour or are
    /// printed in grey (`linked`, for plain graphs, never meets the domain relations).
    @Test func everyRelationIsDistinguishableInGreyscale() {
        let domain = Relation.allCases.filter { $0 != .linked }
        #expect(Set(domain.map(DiagramStyle.arrowhead(of:))).count == domain.count)
    }
}
