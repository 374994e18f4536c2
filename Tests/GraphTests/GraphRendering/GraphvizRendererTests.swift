import Foundation
import Testing
import Graph
@testable import GraphRendering

@Suite struct GraphvizRendererTests {
    let renderer = GraphvizRenderer.shared

    /// One label per character class that has broken DOT writers: quotes, backslashes (also trailing and before
    /// Graphviz escapes such as \N), DOT keywords, HTML-ish text, XML entities, and Unicode of several scripts.
    static let adversarialLabels = [
        "say \"hello\"", "back\\slash", "trailing\\", "\\N is not the name", "node", "edge", "graph", "digraph", "subgraph",
        "strict", "]; x -> y [color=red", "<b>not html</b>", "a & b < c > d", "&amp; stays", "Ünïcödé — “quotes” ✓",
        "日本語のラベル", "עברית", "emoji 🧭🚸", "combining e\u{301}", "{braces} [brackets] ;semi, comma=eq",
    ]

    @Test func adversarialLabelsRoundTripIntoSVGTextExactly() throws {
        var g = DOTGraph(directed: true)
        for (i, label) in Self.adversarialLabels.enumerated() {
            g.nodes.append(DOTGraph.Node(id: label, attributes: ["label": .text(label), "id": .text("n\(i)")]))
        }
        g.nodes.append(DOTGraph.Node(id: "multi", attributes: ["label": .text("first line\nsecond \"line\"\\"), "id": .text("multi")]))
        g.edges.append(DOTGraph.Edge(source: "node", target: "edge"))
        let result = try renderer.render(dot: DOTWriter.write(g), engine: .dot, format: .svg)
        let svg = try #require(SVGInspector.inspect(result.data), "SVG is not well-formed XML")
        #expect(svg.nodes.count == Self.adversarialLabels.count + 1, "an injected label created or lost nodes")
        for (i, label) in Self.adversarialLabels.enumerated() {
            let node = try #require(svg.nodes.first { $0.id == "n\(i)" })
            #expect(node.lines == [label], "label \(i) came back as \(node.lines)")
        }
        #expect(svg.nodes.first { $0.id == "multi" }?.lines == ["first line", "second \"line\"\\"])
    }

    @Test func pngAndPDFStartWithTheirMagicBytes() throws {
        let dot = "digraph { a -> b }"
        let png = try renderer.render(dot: dot, format: .png).data
        #expect(Array(png.prefix(8)) == [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
        let pdf = try renderer.render(dot: dot, format: .pdf).data
        #expect(String(decoding: pdf.prefix(5), as: UTF8.self) == "%PDF-")
        let laidOut = try renderer.render(dot: dot, format: .dot).data
        #expect(String(decoding: laidOut, as: UTF8.self).contains("pos="))
        let json = try renderer.render(dot: dot, format: .json).data
        #expect(try JSONSerialization.jsonObject(with: json) is [String: Any])
    }

    @Test(arguments: LayoutEngine.allCases) func everyEngineLaysOutTheFocusedView(_ engine: LayoutEngine) throws {
        let graph = try BundledDataset.load()
        var request = DiagramRequest()
        request.focus = "sexual_slavery_practice"
        request.clusterAreas = engine.drawsClusters
        let dot = DOTWriter.write(try DiagramBuilder.diagram(of: graph, request))
        let svg = try renderer.render(dot: dot, engine: engine, format: .svg)
        #expect(SVGInspector.inspect(svg.data) != nil)
    }

    @Test func graphvizErrorsSurfaceAsTypedErrors() throws {
        #expect(throws: RenderError.syntax(message: "syntax error in line 1 near '}'")) {
            try renderer.render(dot: "digraph { a -> }")
        }
        do { _ = try renderer.render(dot: "digraph { a }", engineName: "nosuch", formatName: "svg"); Issue.record("no error") } catch {
            guard case .unknownEngine(let name, let available) = error else { Issue.record("\(error)"); return }
            #expect(name == "nosuch" && available.contains("dot") && available.contains("neato"))
        }
        do { _ = try renderer.render(dot: "digraph { a }", engineName: "dot", formatName: "nosuch"); Issue.record("no error") } catch {
            guard case .unknownFormat(_, let available) = error else { Issue.record("\(error)"); return }
            #expect(available.contains("svg") && available.contains("png") && available.contains("pdf"))
        }
        // A good render right after a failure is clean: errors do not stick.
        let ok = try renderer.render(dot: "digraph { a -> b }")
        #expect(ok.warnings.isEmpty)
    }

    @Test func warningsAreReturnedNotPrinted() throws {
        let result = try renderer.render(dot: "digraph { a [shape=nosuchshape] }")
        #expect(result.warnings.contains { $0.contains("nosuchshape") })
    }

    @Test func sixteenConcurrentRendersSucceed() async throws {
        let graph = try BundledDataset.load()
        let practices = graph.nodes.filter { $0.kind == .practice }.map(\.id)
        let sizes = try await withThrowingTaskGroup(of: Int.self) { group in
            for i in 0..<16 {
                let focus = practices[i % practices.count]
                group.addTask {
                    var request = DiagramRequest()
                    request.focus = focus
                    let dot = DOTWriter.write(try DiagramBuilder.diagram(of: graph, request))
                    let format: RenderFormat = i % 2 == 0 ? .svg : .png
                    return try GraphvizRenderer.shared.render(dot: dot, engine: .dot, format: format).data.count
                }
            }
            var all: [Int] = []
            for try await size in group { all.append(size) }
            return all
        }
        #expect(sizes.count == 16 && sizes.allSatisfy { $0 > 1000 })
    }

    @Test func aDeepChainDoesNotOverflowTheStack() throws {
        let n = 3000
        let dot = "digraph {" + (0..<n).map { "n\($0) -> n\($0 + 1);" }.joined() + "}"
        let result = try renderer.render(dot: dot, engine: .dot, format: .plain)
        #expect(String(decoding: result.data, as: UTF8.self).hasPrefix("graph "))
    }
}
