import Foundation
import Testing
import Graph
import GraphFormats
@testable import GraphRendering

/// What a page draws: acts, means, actors, instruments and themes listed inside the nodes they link to, an area's
/// recommendation links only, and the legend saying so.
@Suite struct PageViewTests {
    static let graph = try! BundledDataset.load()
    static let listedKinds: Set<NodeKind> = [.act, .means, .actor, .instrument, .theme]

    static func view(area: NodeID? = nil, focus: NodeID? = nil, page: Bool) -> DiagramView {
        var view = DiagramView()
        if let area { view.areas = [area] }
        view.focus = focus
        if focus != nil { view.recommendationsForFocus = 3 }
        if page { view.page = PageLayout(.a4) }
        return view
    }

    /// Whether the DOT text declares a node with this ID (a node statement, not an edge end).
    static func declares(_ dot: String, _ id: NodeID) -> Bool {
        dot.split(separator: "\n").contains { $0.hasPrefix("  \"\(id.rawValue)\" [") }
    }

    @Test func anAreaPageListsWhatItsRecommendationsInvolveInsideThem() throws {
        let area: NodeID = "rec_group_protection"
        let paged = try Diagram(of: Self.graph, view: Self.view(area: area, page: true)).dot
        let plain = try Diagram(of: Self.graph, view: Self.view(area: area, page: false)).dot
        let recommendations = Self.graph.edges.filter { $0.relation == .belongsTo && $0.target == area }.map(\.source)
        #expect(recommendations.count == 7)
        var checked = 0
        for rec in recommendations {
            let line = try #require(paged.split(separator: "\n").first { $0.hasPrefix("  \"\(rec.rawValue)\" [") })
            for edge in Self.graph.edges(from: rec) {
                let target = try #require(Self.graph.node(edge.target))
                guard Self.listedKinds.contains(target.kind) else { continue }
                // drawn as a node without a page, listed in the card with a page
                #expect(Self.declares(plain, target.id))
                #expect(!Self.declares(paged, target.id), "\(target.id) is drawn on the page")
                let html = DOTWriter.htmlEscaped(target.label)
                #expect(line.replacingOccurrences(of: "<BR/>", with: " ").contains(html), "\(rec) does not list \(target.id)")
                checked += 1
            }
            #expect(line.contains("involves: ") && line.contains("(all links: inferred)"))
        }
        #expect(checked > 40)
        // no edge of the page ends at a listed node, and none runs between two nodes neither of which is a
        // recommendation (a practice's victims belong to the practice's own view)
        let recIDs = Set(recommendations.map(\.rawValue))
        for line in paged.split(separator: "\n") where line.contains("\" -> \"") && !line.contains("_legend") {
            let ends = line.split(separator: "\"").enumerated().filter { $0.offset % 2 == 1 }.map { String($0.element) }.prefix(2)
            #expect(ends.contains { recIDs.contains($0) }, "\(line)")
        }
        #expect(paged.contains("Listed inside the nodes they"))
        #expect(!plain.contains("Listed inside the nodes they"))
    }

    @Test func theFocusIsDrawnEvenWhenOfAListedKind() throws {
        var view = DiagramView()
        view.focus = "law_enforcement"
        view.page = PageLayout(.a4)
        let dot = try Diagram(of: Self.graph, view: view).dot
        #expect(Self.declares(dot, "law_enforcement"))
        #expect(dot.contains("\" -> \"law_enforcement\""))
    }

    @Test func aPracticePageListsItsActsAndMeansInItsOwnNode() throws {
        let focus: NodeID = "abduction_mass_kidnapping"
        let dot = try Diagram(of: Self.graph, view: Self.view(focus: focus, page: true)).dot
        let line = try #require(dot.split(separator: "\n").first { $0.hasPrefix("  \"\(focus.rawValue)\" [") })
        let acts = Self.graph.edges(from: focus).filter { $0.relation == .comprises }.compactMap { Self.graph.node($0.target) }
        #expect(!acts.isEmpty)
        for act in acts {
            #expect(!Self.declares(dot, act.id))
            #expect(line.replacingOccurrences(of: "<BR/>", with: " ").contains(DOTWriter.htmlEscaped(act.label)))
        }
    }

    /// The smallest text counts what an HTML-like label sets with POINT-SIZE (a card's lists).
    @Test func theSmallestTextCountsAnHTMLLabelsSizes() throws {
        var dot = DOTGraph(directed: true)
        dot.nodeDefaults = ["fontsize": .text("10")]
        dot.nodes = [DOTGraph.Node(id: "a", attributes: ["label": .html(ListedNodes.card(label: "A", lines: [ListedNodes.Line(phrase: "involves", evidence: .inferred, labels: ["B"])], listSize: 7, width: 40))])]
        #expect(DiagramBuilder.smallestFontSize(in: dot) == 7)
        dot.nodes = [DOTGraph.Node(id: "a", attributes: ["label": .text("A")])]
        #expect(DiagramBuilder.smallestFontSize(in: dot) == 10)
        let diagram = try Diagram(of: Self.graph, view: Self.view(area: "rec_group_protection", page: true))
        #expect(diagram.dot.contains("POINT-SIZE=\"\(ListedNodes.fontSize)\""))
        #expect(diagram.smallestFontSize == Double(ListedNodes.fontSize))
    }

    /// One area on a page: its recommendations on both sides of what they address, every addressed node between them
    /// (none pushed to the first rank), the area's name as the title.
    @Test(arguments: ["rec_group_prevention", "rec_group_protection", "rec_group_prosecution", "rec_group_partnerships", "rec_group_children"] as [NodeID])
    func anAreaPageMirrorsHalfItsRecommendations(_ area: NodeID) throws {
        let diagram = try Diagram(of: Self.graph, view: Self.view(area: area, page: true))
        #expect(diagram.dot.split(separator: "\n").contains { $0.contains("\"dir\"=\"back\"") })
        #expect(diagram.dot.contains("\"label\"=\"\(Self.graph.node(area)!.label)\""))
        #expect(!diagram.dot.contains("subgraph \"cluster_\(area.rawValue)\""))
        // Graphviz's own ranks: every card in the first or the last, everything it addresses in between
        let plain = String(decoding: try diagram.render(to: .plain).data, as: UTF8.self)
        var x: [String: Double] = [:]
        for line in plain.split(separator: "\n") where line.hasPrefix("node ") {
            let f = line.split(separator: " ")
            x[String(f[1]).trimmingCharacters(in: CharacterSet(charactersIn: "\""))] = Double(f[2])
        }
        let members = Set(Self.graph.edges.filter { $0.relation == .belongsTo && $0.target == area }.map(\.source.rawValue))
        let cards = x.filter { members.contains($0.key) }.map(\.value)
        let between = x.filter { !members.contains($0.key) && !$0.key.hasPrefix("_legend") }.map(\.value)
        #expect(cards.count == members.count && between.count >= 5)
        #expect(between.allSatisfy { $0 > cards.min()! && $0 < cards.max()! }, "\(area): an addressed node outside the cards")
    }
}

