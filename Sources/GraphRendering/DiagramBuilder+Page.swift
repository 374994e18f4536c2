import GraphCore
import GraphFormats
import GraphQuery

/// Preparing a diagram for a page: ranks wrapped, the legend after the drawing.
extension DiagramBuilder {
    /// Wraps long ranks: nodes are layered by longest path over the edges (as dot's ranks are at least that), and in
    /// a layer holding more than `cap` nodes the (cap+1)-th and later, in node order, have their incoming edges
    /// lengthened (`minlen`) so they move to the following layers, `cap` per layer; layers are processed left to right,
    /// so what a move pushes along is wrapped in turn. Sources (nodes without incoming edges) stay in the first layer.
    /// Returns each node's layer after wrapping.
    @discardableResult
    static func wrapRanks(_ dot: inout DOTGraph, cap: Int) -> [String: Int] {
        let ids = dot.nodes.map(\.id)
        let index = Dictionary(uniqueKeysWithValues: ids.enumerated().map { ($1, $0) })
        var incoming = [[Int]](repeating: [], count: ids.count)
        for (e, edge) in dot.edges.enumerated() where edge.attributes["constraint"] != .text("false") {
            guard let s = index[edge.source], let t = index[edge.target], s != t else { continue }
            incoming[t].append(e)
        }
        var minlen = [Int](repeating: 1, count: dot.edges.count)
        func layers() -> [Int] {
            // longest path, iterated to a fixed point (cycles are cut at ids.count passes)
            var layer = [Int](repeating: 0, count: ids.count)
            for _ in 0..<ids.count {
                var changed = false
                for v in ids.indices {
                    for e in incoming[v] {
                        let u = index[dot.edges[e].source]!
                        if layer[u] + minlen[e] > layer[v] && layer[u] + minlen[e] <= ids.count { layer[v] = layer[u] + minlen[e]; changed = true }
                    }
                }
                if !changed { break }
            }
            return layer
        }
        // sources beyond the cap move down a layer behind an earlier source (an invisible edge), so a first layer of
        // many groups and recommendations wraps too
        let sources = ids.indices.filter { incoming[$0].isEmpty }
        if sources.count > cap {
            for (i, v) in sources.enumerated() where i >= cap {
                dot.edges.append(DOTGraph.Edge(source: ids[sources[i - cap]], target: ids[v], attributes: ["style": .text("invis")]))
                incoming[v].append(dot.edges.count - 1)
                minlen.append(1)
            }
        }
        var level = 1
        while true {
            let layer = layers()
            guard let top = layer.max(), level <= top else { break }
            let members = ids.indices.filter { layer[$0] == level && !incoming[$0].isEmpty && !sources.contains($0) }
            if members.count > cap {
                for (i, v) in members.enumerated() where i >= cap {
                    for e in incoming[v] { minlen[e] += i / cap }
                }
            }
            level += 1
        }
        for e in dot.edges.indices where minlen[e] > 1 { dot.edges[e].attributes["minlen"] = .text("\(minlen[e])") }
        return Dictionary(uniqueKeysWithValues: zip(ids, layers()))
    }

    /// Puts about half of the recommendations `ids` on the other side of what they address: their edges are written
    /// the other way round with `dir=back` (the arrow still at the addressed node), so dot ranks them after it. The
    /// column of cards that made an area page as tall as all its recommendations is then half as tall. Cards go, in
    /// node order, to the side whose estimated height (label lines) is smaller, the first side on a tie.
    /// With `all`, every one of them goes to the other side.
    /// `anchor` (the focus) holds the middle rank in place when no recommendation stays on the first side.
    static func mirrorRecommendations(_ dot: inout DOTGraph, ids: Set<String>, all: Bool = false, anchor: String? = nil) {
        var heights = (left: 0, right: 0)
        var right: Set<String> = []
        for node in dot.nodes where ids.contains(node.id) {
            let lines = labelLines(node.attributes["label"])
            if all || heights.right < heights.left { right.insert(node.id); heights.right += lines } else { heights.left += lines }
        }
        let hadIncoming = Set(dot.edges.map(\.target))
        for i in dot.edges.indices where right.contains(dot.edges[i].source) {
            let edge = dot.edges[i]
            var attributes = edge.attributes
            attributes["dir"] = .text("back")
            attributes["arrowtail"] = attributes["arrowhead"]
            dot.edges[i] = DOTGraph.Edge(source: edge.target, target: edge.source, attributes: attributes)
        }
        // a node only mirrored cards linked to would now start the drawing (a source, in the first rank, with its
        // card in the middle): an invisible edge from the first node of the first rank keeps it in the middle
        let incoming = Set(dot.edges.map(\.target))
        guard let anchor = anchor ?? dot.nodes.first(where: { ids.contains($0.id) && !right.contains($0.id) })?.id else { return }
        for node in dot.nodes where hadIncoming.contains(node.id) && !incoming.contains(node.id) && !right.contains(node.id) && node.id != anchor {
            dot.edges.append(DOTGraph.Edge(source: anchor, target: node.id, attributes: ["style": .text("invis")]))
        }
    }

    /// How many lines of text a label holds: its line breaks and, for an HTML-like label, its table rows.
    static func labelLines(_ label: DOTValue?) -> Int {
        switch label {
        case .html(let s)?: s.components(separatedBy: "<BR/>").count + s.components(separatedBy: "<TR>").count - 2
        case .text(let s)?, .exact(let s)?: s.split(separator: "\n", omittingEmptySubsequences: false).count
        case nil: 1
        }
    }

    /// Lays the legend out in rows across the drawing's `ranks` layers, above it: each glyph (a kind's node, a
    /// relation's or evidence's two-node edge, a note) follows the previous one in the next layer through an invisible
    /// edge, and a row that would run past the drawing's last layer starts again in the first. The legend then costs a
    /// few rows of height instead of a column of its own. Dot puts the unconnected legend box before the drawing in
    /// every layer, that is above it in a left-to-right diagram.
    static func placeLegendInRows(_ dot: inout DOTGraph, ranks: Int) {
        let glyphs = dot.nodes.map(\.id).filter { $0.hasPrefix(legendID) && !$0.hasSuffix("_to") }
        let columns = max(2, ranks)
        var used = 0
        var previous: String?
        for g in glyphs {
            let first = g, last = g.hasSuffix("_from") ? String(g.dropLast(5)) + "_to" : g
            let width = first == last ? 1 : 2
            if let p = previous, used + width <= columns {
                dot.edges.append(DOTGraph.Edge(source: p, target: first, attributes: ["style": .text("invis")]))
                used += width
            } else {
                used = width
            }
            previous = last
        }
    }

    /// Puts the legend in ranks of its own after the drawing: invisible edges from a node of the drawing's last
    /// layer to every legend glyph, in rows of at most `cap` glyphs (a kind's node, a relation's or evidence's edge, a
    /// note), each row in the ranks after the previous one's — one rank for nodes, two for a row holding an edge.
    /// `layers` is the drawing's layering (``wrapRanks(_:cap:)``); the anchor is the first node of its last layer.
    static func placeLegendAfter(_ dot: inout DOTGraph, mainNodes: [String], layers: [String: Int], cap: Int) {
        let deepest = mainNodes.compactMap { layers[$0] }.max() ?? 0
        guard let anchor = mainNodes.first(where: { layers[$0] == deepest }) else { return }
        let glyphs = dot.nodes.map(\.id).filter { $0.hasPrefix(legendID) && !$0.hasSuffix("_to") }
        var offset = 0, inRow = 0, rowHeight = 1
        for g in glyphs {
            let height = g.hasSuffix("_from") ? 2 : 1
            // an edge glyph starts a row of its own after node glyphs, so rows of kinds stay one rank tall
            if inRow == cap || (height != rowHeight && inRow > 0) { offset += rowHeight; inRow = 0 }
            if inRow == 0 { rowHeight = height }
            dot.edges.append(DOTGraph.Edge(source: anchor, target: g, attributes: ["style": .text("invis"), "minlen": .text("\(1 + offset)")]))
            inRow += 1
        }
    }
}

/// On a page, the supporting nodes of a view — who acts, with which instruments, on which themes, and a practice's
/// trafficking acts and means — are written as lists inside the nodes they link to instead of being drawn: an area
/// view holds 40–60 nodes and 100–180 edges, most of them these, and drawn as nodes they cannot fit a sheet at a size
/// anyone can read (measured: 31–50 % on A4). A listed node keeps every link the view draws to a node that is still
/// drawn, as a line of that node's card, "involves (inferred): Prosecutors · Psychologists", grouped by relation and
/// the link's evidence level (said once, "(all links: inferred)", when every line has the same); links between two
/// listed nodes are left out, and the legend says which kinds are listed.
struct ListedNodes {
    /// The size of the list text, in points, and of the legend's notes on a page: the page's smallest text.
    static let fontSize = 9
    /// List lines wrap at this many characters.
    static let wrapWidth = 40
    /// A card's own label wraps at this many characters (its 10 pt text about as wide as the lists' lines).
    static let titleWidth = 32
    /// The kinds a page lists rather than draws.
    static let kinds: Set<NodeKind> = [.act, .means, .actor, .instrument, .theme]

    /// One line of a card: the relation (outgoing from the card's node, or incoming), the link's evidence, the labels.
    struct Line {
        let phrase: String
        let evidence: EvidenceLevel
        var labels: [String]
    }

    /// The nodes listed instead of drawn.
    let listed: Set<NodeID>
    /// Each drawn node's lines, in relation order, then evidence order, labels in graph order.
    let lines: [NodeID: [Line]]
    /// The kinds listed, in kind order.
    let listedKinds: [NodeKind]

    /// Lists the supporting nodes of `selected` that link to a card holder: a recommendation or a node of `focus`
    /// (which is always drawn). Only edges `considering` accepts are listed.
    init(graph: KnowledgeGraph, selected: [Node], focus: Set<NodeID>, considering: (Edge) -> Bool) {
        let shown = Set(selected.map(\.id))
        let candidates = Set(selected.filter { Self.kinds.contains($0.kind) && !focus.contains($0.id) }.map(\.id))
        let holders = Set(selected.filter { $0.kind == .recommendation || focus.contains($0.id) }.map(\.id))
        // a candidate is listed exactly when some edge links it to a holder: one pass finds both
        var listed: Set<NodeID> = []
        var grouped: [NodeID: [Int: Line]] = [:]
        for edge in graph.edges where shown.contains(edge.source) && shown.contains(edge.target) && edge.source != edge.target && considering(edge) {
            let drawn: NodeID, other: NodeID, outgoing: Bool
            switch (candidates.contains(edge.source), candidates.contains(edge.target)) {
            case (false, true) where holders.contains(edge.source): (drawn, other, outgoing) = (edge.source, edge.target, true)
            case (true, false) where holders.contains(edge.target): (drawn, other, outgoing) = (edge.target, edge.source, false)
            default: continue
            }
            guard let node = graph.node(other) else { continue }
            listed.insert(other)
            let phrase = Self.phrase(edge.relation, outgoing: outgoing)
            let key = Relation.allCases.firstIndex(of: edge.relation)! * 100 + (outgoing ? 0 : 10) + EvidenceLevel.allCases.firstIndex(of: edge.provenance.evidence)!
            if grouped[drawn]?[key] == nil {
                grouped[drawn, default: [:]][key] = Line(phrase: phrase, evidence: edge.provenance.evidence, labels: [])
            }
            if !grouped[drawn]![key]!.labels.contains(node.label) { grouped[drawn]![key]!.labels.append(node.label) }
        }
        self.listed = listed
        self.lines = grouped.mapValues { lines in lines.keys.sorted().map { lines[$0]! } }
        self.listedKinds = NodeKind.allCases.filter { kind in selected.contains { $0.kind == kind && listed.contains($0.id) } }
    }

    /// "involves", "draws on"; incoming (the listed node is the source) "covered by", "concerned by".
    static func phrase(_ relation: Relation, outgoing: Bool) -> String {
        let words = relation.rawValue.replacingOccurrences(of: "_", with: " ")
        guard !outgoing else { return words }
        switch relation {
        case .covers: return "covered by"
        case .concerns: return "concerned by"
        default: return "\(words) (from)"
        }
    }

    /// The HTML-like label of a drawn node with lines: its own label (lines separated by "\n") at the node's size,
    /// then each line at `listSize` points, left-aligned and wrapped at `width` characters.
    static func card(label: String, lines: [Line], listSize: Int, width: Int) -> String {
        func escaped(_ text: String) -> String { text.split(separator: "\n", omittingEmptySubsequences: false).map { DOTWriter.htmlEscaped(String($0)) }.joined(separator: "<BR/>") }
        var rows = ["<TR><TD>\(escaped(label))</TD></TR>"]
        func row(_ text: String) {
            rows.append("<TR><TD ALIGN=\"LEFT\" BALIGN=\"LEFT\"><FONT POINT-SIZE=\"\(listSize)\">\(escaped(DOTWriter.wrapped(text, width: width)))</FONT></TD></TR>")
        }
        // one evidence level for every line (a recommendation's links are all inferred) is said once, at the end
        let levels = Set(lines.map(\.evidence))
        for line in lines {
            row("\(line.phrase)\(levels.count == 1 ? "" : " (\(line.evidence.rawValue))"): " + line.labels.joined(separator: " · "))
        }
        if levels.count == 1, let level = levels.first { row(lines.count == 1 ? "(link: \(level.rawValue))" : "(all links: \(level.rawValue))") }
        return "<TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"0\" CELLPADDING=\"1\">" + rows.joined() + "</TABLE>"
    }
}
