import Foundation
import Testing
import Graph

/// `--page`: the file is exactly the paper's size, the drawing is scaled down (never up) to fit inside the margins,
/// and the fit reports the smallest text that results.
@Suite struct PageLayoutTests {
    static let graph = try! BundledDataset.load()

    /// The PDF's page size in points, from its MediaBox.
    static func mediaBox(_ pdf: Data) -> (Double, Double)? {
        let text = String(decoding: pdf, as: UTF8.self)
        guard let r = text.range(of: #"MediaBox\s*\[\s*0\s+0\s+([0-9.]+)\s+([0-9.]+)\s*\]"#, options: .regularExpression) else { return nil }
        let numbers = text[r].split(whereSeparator: { !"0123456789.".contains($0) }).compactMap { Double($0) }
        return numbers.count >= 4 ? (numbers[2], numbers[3]) : nil
    }

    @Test(arguments: [(PageLayout.Size.a4, false, 595.0, 842.0), (.a4, true, 842, 595), (.a3, false, 842, 1191), (.letter, true, 792, 612)])
    func aPDFComesOutThePapersSize(_ c: (PageLayout.Size, Bool, Double, Double)) throws {
        var view = DiagramView()
        view.focus = "forced_marriage_to_fighters"
        let (fitted, fit) = try Diagram(of: Self.graph, view: view).fitted(to: PageLayout(c.0, landscape: c.1))
        let box = try #require(Self.mediaBox(try fitted.render(to: .pdf).data))
        #expect(abs(box.0 - c.2) <= 1.5 && abs(box.1 - c.3) <= 1.5, "\(c.0) landscape \(c.1): \(box)")
        #expect(fit.scale > 0 && fit.scale <= 1)
        let (dw, dh) = fit.page.drawable
        #expect(fit.naturalSize.width * fit.scale <= dw + 1e-6 && fit.naturalSize.height * fit.scale <= dh + 1e-6)
        #expect(abs(fit.smallestFontSize - fitted.smallestFontSize * fit.scale) < 1e-9)
    }

    @Test func aSmallDrawingIsNotEnlarged() throws {
        var graph = KnowledgeGraph()
        for id in ["a", "b"] { try graph.add(Node(id: NodeID(id), kind: .generic, label: id, provenance: .unspecified)) }
        try graph.add(Edge(source: "a", relation: .linked, target: "b", provenance: .unspecified))
        let (fitted, fit) = try Diagram(of: graph).fitted(to: PageLayout(.a3))
        #expect(fit.scale == 1 && fit.smallestFontSize == 10 && fit.isLegible)
        let box = try #require(Self.mediaBox(try fitted.render(to: .pdf).data))
        #expect(abs(box.0 - 842) <= 1.5 && abs(box.1 - 1191) <= 1.5)
    }

    /// The smallest text is what the drawing's own fonts say: the typed diagrams' legend uses 8 pt.
    @Test func theSmallestFontIsMeasuredFromTheDiagram() throws {
        #expect(try Diagram(of: Self.graph).smallestFontSize == 8)
    }
}

/// docs/rendering.md's table of page fits is what `--page` does on the bundled dataset.
@Suite struct PageFitDocTests {
    @Test func theDocumentedFitsAreTheMeasuredOnes() throws {
        let repository = TestResources.directory.deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let doc = try String(contentsOf: repository.appendingPathComponent("docs/rendering.md"), encoding: .utf8)
        let begin = try #require(doc.range(of: "<!-- page fits: begin -->\n"))
        let end = try #require(doc.range(of: "<!-- page fits: end -->"))
        let rows = doc[begin.upperBound..<end.lowerBound].split(separator: "\n").dropFirst(2)
        let graph = try BundledDataset.load()
        var checked = 0
        for row in rows {
            let cells = row.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
            guard cells.count == 3 else { continue }
            var views = [DiagramView()]
            switch cells[0] {
            case "the overview": break
            case let s where s.hasPrefix("area "): views[0].areas = [NodeID("rec_group_" + s.dropFirst(5))]
            case let s where s.hasPrefix("focus PR-06"): views[0].focus = "recruitment_use_of_children_in_hostilities"; views[0].recommendationsForFocus = 3
            case "the lowest of the 14 practices focused with 3 recommendations":
                views = Self.practiceFocusViews(graph)
                #expect(views.count == 14)
            default: Issue.record("unknown view '\(cells[0])'"); continue
            }
            for (cell, size) in zip(cells[1...2], [PageLayout.Size.a4, .a3]) {
                let fit = try views.map { view throws in
                    var paged = view
                    paged.page = PageLayout(size)
                    return try Diagram(of: graph, view: paged).fitted(to: PageLayout(size)).fit
                }.min { $0.smallestFontSize < $1.smallestFontSize }!
                // as `render --page` prints it: the size rounded down to a tenth
                let stated = "\(Int((fit.scale * 100).rounded())) % / \(String(format: "%.1f", (fit.smallestFontSize * 10 + 1e-9).rounded(.down) / 10)) pt"
                #expect(cell == stated, "\(cells[0]) on \(size): docs say \(cell), measured \(stated)")
                checked += 1
            }
        }
        #expect(checked == 16)
    }

    /// Every practice focused with its three most relevant recommendations.
    static func practiceFocusViews(_ graph: KnowledgeGraph) -> [DiagramView] {
        graph.nodes.filter { $0.kind == .practice }.map { practice in
            var view = DiagramView()
            view.focus = practice.id
            view.recommendationsForFocus = 3
            return view
        }
    }

    /// The guarantee docs/rendering.md states: on A4 and A3 portrait every area view and every practice focused with
    /// three recommendations comes out with no text below 6 pt.
    @Test(arguments: [PageLayout.Size.a4, .a3])
    func everyAreaAndPracticeViewIsLegibleInPortrait(_ size: PageLayout.Size) throws {
        let graph = try BundledDataset.load()
        var views = Self.practiceFocusViews(graph)
        for area in graph.nodes where area.kind == .area {
            var view = DiagramView()
            view.areas = [area.id]
            views.append(view)
        }
        #expect(views.count == 19)
        for var view in views {
            view.page = PageLayout(size)
            let fit = try Diagram(of: graph, view: view).fitted(to: PageLayout(size)).fit
            #expect(fit.isLegible, "\(view.focus.map(\.rawValue) ?? view.areas.map(\.rawValue).joined()): \(fit.smallestFontSize) pt")
        }
    }
}
