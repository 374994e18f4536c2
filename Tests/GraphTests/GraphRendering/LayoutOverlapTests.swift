import Foundation
import Testing
import Graph

/// Every default view, laid out by Graphviz, measured from its own `plain` output: no two node boxes overlap, and no
/// edge label sits inside a node box.
@Suite struct LayoutOverlapTests {
    struct Box { var name: String; var x, y, w, h: Double }

    /// Node boxes and edge-label positions from Graphviz's `plain` output (inches).
    static func measure(_ plain: String) -> (nodes: [Box], labels: [(String, Double, Double)]) {
        var nodes: [Box] = [], labels: [(String, Double, Double)] = []
        for line in plain.split(separator: "\n") {
            let t = tokens(String(line))
            if t.first == "node", t.count >= 6, let x = Double(t[2]), let y = Double(t[3]), let w = Double(t[4]), let h = Double(t[5]) {
                nodes.append(Box(name: t[1], x: x, y: y, w: w, h: h))
            } else if t.first == "edge", t.count >= 4, let n = Int(t[3]) {
                // edge tail head n x1 y1 … xn yn [label xl yl] style color
                let rest = Array(t.dropFirst(4 + 2 * n))
                if rest.count >= 5, let xl = Double(rest[1]), let yl = Double(rest[2]) { labels.append(("\(t[1])->\(t[2])", xl, yl)) }
            }
        }
        return (nodes, labels)
    }

    /// Whitespace-separated tokens; a double-quoted token keeps its spaces.
    static func tokens(_ line: String) -> [String] {
        var out: [String] = [], current = "", quoted = false, escaped = false
        for ch in line {
            if quoted {
                if escaped { current.append(ch); escaped = false } else if ch == "\\" { escaped = true } else if ch == "\"" { quoted = false } else { current.append(ch) }
            } else if ch == "\"" { quoted = true } else if ch == " " { if !current.isEmpty { out.append(current); current = "" } } else { current.append(ch) }
        }
        if !current.isEmpty { out.append(current) }
        return out
    }

    static func problems(_ diagram: Diagram) throws -> [String] {
        problems(plain: String(decoding: try diagram.render(to: .plain).data, as: UTF8.self))
    }

    static func problems(plain: String) -> [String] {
        let (nodes, labels) = measure(plain)
        var found: [String] = []
        let slack = 0.01   // inches: boxes that merely touch are fine
        for i in nodes.indices {
            for j in nodes.indices where j > i {
                let a = nodes[i], b = nodes[j]
                if abs(a.x - b.x) < (a.w + b.w) / 2 - slack && abs(a.y - b.y) < (a.h + b.h) / 2 - slack {
                    found.append("\(a.name) overlaps \(b.name)")
                }
            }
        }
        for (edge, x, y) in labels {
            for n in nodes where abs(n.x - x) < n.w / 2 - slack && abs(n.y - y) < n.h / 2 - slack { found.append("label of \(edge) inside \(n.name)") }
        }
        return found
    }

    static let graph = try! BundledDataset.load()

    @Test func theOverviewAndTheFullDrawingHaveNoOverlaps() throws {
        #expect(try Self.problems(Diagram(of: Self.graph)) == [])
        var full = DiagramView()
        full.full = true
        #expect(try Self.problems(Diagram(of: Self.graph, view: full)) == [])
    }

    @Test(arguments: ["rec_group_prevention", "rec_group_protection", "rec_group_prosecution", "rec_group_partnerships", "rec_group_children"])
    func everyAreaViewHasNoOverlaps(_ area: String) throws {
        var view = DiagramView()
        view.areas = [NodeID(area)]
        #expect(try Self.problems(Diagram(of: Self.graph, view: view)) == [])
    }

    @Test func everyPracticeFocusedWithThreeRecommendationsHasNoOverlaps() throws {
        for practice in Self.graph.nodes where practice.kind == .practice {
            var view = DiagramView()
            view.focus = practice.id
            view.recommendationsForFocus = 3
            #expect(try Self.problems(Diagram(of: Self.graph, view: view)) == [], "\(practice.id)")
        }
    }

    @Test func theMeasureFindsAnOverlapWhenThereIsOne() throws {
        // two nodes on top of each other and a label inside both: the check must see all three
        let plain = """
            graph 1 2 2
            node a 1 1 0.75 0.5 a solid ellipse black lightgrey
            node "b c" 1.2 1.1 0.75 0.5 "b c" solid ellipse black lightgrey
            edge a "b c" 4 1 1 1 1 1.2 1.1 1.2 1.1 lbl 1.0 1.0 solid black
            stop
            """
        let (nodes, labels) = Self.measure(plain)
        #expect(nodes.map(\.name) == ["a", "b c"] && labels.count == 1)
        #expect(Self.problems(plain: plain) == ["a overlaps b c", "label of a->b c inside a", "label of a->b c inside b c"])
        // and a view measured for real has every node of its layout
        let overview = try Diagram(of: Self.graph)
        let real = String(decoding: try overview.render(to: .plain).data, as: UTF8.self)
        let legendGlyphs = overview.dot.split(separator: "\n").filter { $0.hasPrefix("  \"_legend") && !$0.contains("->") }.count
        #expect(Self.measure(real).nodes.count == overview.nodeCount + legendGlyphs && overview.nodeCount >= 50 && legendGlyphs > 10)
    }
}
