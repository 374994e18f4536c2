import GraphCore
import GraphFormats
import GraphQuery

/// What a diagram of a knowledge graph shows: the whole graph (the default), some recommendation areas, or the
/// neighbourhood of one node, optionally with the recommendations most relevant to it; some kinds only; node sizes
/// from a centrality. Everything is by ID: resolve the names people type with `KnowledgeGraph.resolve(_:kinds:)`.
public struct DiagramView: Sendable {
    /// Draw the neighbourhood of this node (`nil`: the whole graph, or ``areas``).
    public var focus: NodeID?
    /// Hops around ``focus``.
    public var depth = 1
    /// With ``focus``: draw exactly the N recommendations most relevant to it (``/GraphQuery/RecommendationRanker``),
    /// each labelled with its rank (`#1 · PROT-2`), and the nodes on the best explanation path of each; the
    /// neighbourhood's other recommendations are left out.
    public var recommendationsForFocus: Int?
    /// Draw these recommendation areas: their recommendations and what those are directly linked to.
    public var areas: [NodeID] = []
    /// Keep only nodes of these kinds (`nil`: all).
    public var kinds: Set<NodeKind>?
    /// Scale nodes by this centrality, computed on the whole graph in the analysis view ``directed``/``weighted``.
    public var sizeBy: CentralityMeasure?
    /// For ``sizeBy``: keep edge directions.
    public var directed = false
    /// For ``sizeBy``: use edge weights.
    public var weighted = false
    /// A title above the diagram.
    public var title: String?
    /// Draw the legend.
    public var legend = true
    /// For graphs without kinds: fill nodes by the value of this attribute, or by Leiden community with
    /// `"community"` (seed 42), with a legend of the groups.
    public var colorBy: String?
    /// For graphs without kinds: keep only nodes whose attribute (or `label`) equals the value, case-insensitively,
    /// for every pair.
    public var filter: [String: String] = [:]
    /// For the whole graph: draw every node and edge (about 170 nodes on the bundled dataset) instead of the summary
    /// (groups, practices, forms and victim groups, with each recommendation area as one node joined to the practices
    /// its recommendations address, line width by how many).
    public var full = false
    /// Prepare the drawing for this page (``Diagram/fitted(to:renderer:)``): long ranks wrap so the drawing is not one
    /// endless column, spacing is tighter, and the legend gets columns of its own.
    public var page: PageLayout?
    /// SVG ids by position in the graph for every node and edge (the explorer finds its elements by them).
    package var elementIDs = false
    /// Draw only these nodes (with the edges among them), whatever else the view selects.
    package var only: Set<NodeID>?

    /// The whole graph, as a summary, with a legend.
    public init() {}

    /// Whether the view asks for anything beyond the whole graph.
    var selects: Bool { focus != nil || !areas.isEmpty || kinds != nil || sizeBy != nil || recommendationsForFocus != nil || colorBy != nil || !filter.isEmpty || only != nil }
    /// Whether it asks for what only a knowledge graph's kinds can answer.
    var needsKinds: Bool { !areas.isEmpty || kinds != nil || recommendationsForFocus != nil }
}

/// A diagram ready for Graphviz: its DOT text, what it holds, and the engine to lay it out with.
///
/// Knowledge graphs are drawn in the visual language of docs/rendering.md (shapes and colours say the kind, edge
/// colours the relation, line styles the evidence; recommendations in one box per area; a legend); graphs whose nodes
/// are all `generic` (read from other formats) are drawn plainly. The text is byte-identical for the same input.
public struct Diagram: Sendable {
    /// The DOT text handed to Graphviz.
    public let dot: String
    /// Nodes drawn, not counting the legend.
    public let nodeCount: Int
    /// Edges drawn, not counting the legend.
    public let edgeCount: Int
    /// The engine asked for, or ``LayoutPolicy``'s choice for this size.
    public let engine: LayoutEngine
    /// The smallest font size of any text drawn (node, edge and box labels), in points, before any scaling.
    public let smallestFontSize: Double
    /// Nodes of the view that a page writes inside the nodes they link to instead of drawing (``DiagramView/page``).
    public let listedNodeCount: Int
    /// Other arrangements of the same drawing for a page (``DiagramView/page``), which ``fitted(to:renderer:)`` measures
    /// beside this one.
    private var pageAlternatives: [Diagram] = []

    /// The diagram of `view` over `graph`, for `engine` (`nil`: ``LayoutPolicy`` chooses). Area boxes are left out
    /// when the engine cannot draw clusters.
    /// - Throws: ``DiagramError`` for a view that selects nothing, names a node that is not there, or asks a graph
    ///   without typed nodes for more than the whole graph; the ranker's and the centrality's errors, wrapped.
    public init(of graph: KnowledgeGraph, view: DiagramView = DiagramView(), engine: LayoutEngine? = nil) throws(DiagramError) {
        guard Self.drawsTyped(graph) else {
            guard !view.needsKinds else { throw .needsTypedNodes }
            let dot = try GenericDiagramBuilder.diagram(of: graph, try Self.genericRequest(for: view, in: graph))
            let (nodes, edges) = Self.counts(dot)
            self.init(dot: DOTWriter.write(dot), nodeCount: nodes, edgeCount: edges, engine: engine ?? LayoutPolicy.engine(nodes: nodes, edges: edges),
                      smallestFontSize: DiagramBuilder.smallestFontSize(in: dot))
            return
        }
        var request = try Self.request(for: view, in: graph)
        request.summary = !view.full && !view.selects
        request.clusterAreas = !request.summary && (engine?.drawsClusters ?? true)
        var (dot, listed) = try DiagramBuilder.build(of: graph, request)
        var (nodes, edges) = Self.counts(dot)
        let chosen = engine ?? LayoutPolicy.engine(nodes: nodes, edges: edges)
        if engine == nil && !chosen.drawsClusters && request.clusterAreas {
            request.clusterAreas = false
            (dot, listed) = try DiagramBuilder.build(of: graph, request)
            (nodes, edges) = Self.counts(dot)
        }
        self.init(dot: DOTWriter.write(dot), nodeCount: nodes, edgeCount: edges, engine: chosen, smallestFontSize: DiagramBuilder.smallestFontSize(in: dot),
                  listedNodeCount: listed)
        // a page tries other arrangements too (PageArrangement); fitted(to:) keeps whichever comes out largest
        if let page = view.page, chosen == .dot {
            for arrangement in PageArrangement.candidates(on: page, focused: view.focus != nil).dropFirst() {
                request.page = arrangement
                let other = try DiagramBuilder.diagram(of: graph, request)
                let text = DOTWriter.write(other)
                // arrangements that differ only where this view has nothing (no legend, no recommendations to move)
                // give the same text: laid out once
                guard text != self.dot && !pageAlternatives.contains(where: { $0.dot == text }) else { continue }
                pageAlternatives.append(Diagram(dot: text, nodeCount: nodes, edgeCount: edges, engine: chosen,
                                                smallestFontSize: DiagramBuilder.smallestFontSize(in: other), listedNodeCount: listed))
            }
        }
    }

    /// Nodes and edges drawn, not counting the legend's glyphs and the invisible edges that place things on a page.
    private static func counts(_ dot: DOTGraph) -> (nodes: Int, edges: Int) {
        (dot.nodes.filter { !$0.id.hasPrefix(DiagramBuilder.legendID) }.count,
         dot.edges.filter { !$0.source.hasPrefix(DiagramBuilder.legendID) && !$0.target.hasPrefix(DiagramBuilder.legendID) && $0.attributes["style"] != .text("invis") }.count)
    }

    /// Whether `graph` is drawn in the knowledge graph's visual language (it has a node of a kind other than
    /// `generic`) and so can answer a view that selects by focus, area, kind or size; otherwise it is drawn plainly.
    public static func drawsTyped(_ graph: KnowledgeGraph) -> Bool {
        graph.nodes.contains { $0.kind != .generic }
    }

    /// A plain diagram of any snapshot (an edge list, say): node names and edge weights only. Of `view` only the title
    /// applies.
    /// - Throws: ``DiagramError/needsTypedNodes`` when `view` asks for more than the whole graph with a title.
    public init(plain snapshot: GraphSnapshot, view: DiagramView = DiagramView(), engine: LayoutEngine? = nil) throws(DiagramError) {
        guard !view.selects else { throw .needsTypedNodes }
        let dot = DiagramBuilder.plainDiagram(of: snapshot, title: view.title)
        self.init(dot: DOTWriter.write(dot), nodeCount: dot.nodes.count, edgeCount: dot.edges.count,
                  engine: engine ?? LayoutPolicy.engine(nodes: dot.nodes.count, edges: dot.edges.count),
                  smallestFontSize: DiagramBuilder.smallestFontSize(in: dot))
    }

    private init(dot: String, nodeCount: Int, edgeCount: Int, engine: LayoutEngine, smallestFontSize: Double = 14, listedNodeCount: Int = 0) {
        self.listedNodeCount = listedNodeCount
        self.dot = dot
        self.nodeCount = nodeCount
        self.edgeCount = edgeCount
        self.engine = engine
        self.smallestFontSize = smallestFontSize
    }

    /// This diagram fitted on `page`: laid out once to measure it, then scaled down (never up) so it fits inside the
    /// margins, and padded so that it sits centred and the PDF (or PNG, SVG) comes out exactly the paper's size. The
    /// fit says the scale and the smallest text that results.
    /// - Throws: ``RenderError`` from the measuring layout.
    /// `renderer` makes the measuring layouts (``DiagramRenderer`` says why a caller may want them out of process).
    public func fitted(to page: PageLayout, renderer: DiagramRenderer = .inProcess) throws(RenderError) -> (diagram: Diagram, fit: PageFit) {
        let (dw, dh) = page.drawable
        var best: (diagram: Diagram, width: Double, height: Double, scale: Double)?
        for candidate in [self] + pageAlternatives {
            let (width, height) = try Self.drawingSize(of: candidate, renderer: renderer)
            let scale = min(1, dw / width, dh / height)
            if best == nil || scale > best!.scale + 1e-9 { best = (candidate, width, height, scale) }
        }
        return try best!.diagram.padded(to: page, width: best!.width, height: best!.height, scale: best!.scale, renderer: renderer)
    }

    /// This drawing, measured at `width` × `height` in, scaled by `scale` and padded to `page`.
    private func padded(to page: PageLayout, width: Double, height: Double, scale: Double, renderer: DiagramRenderer) throws(RenderError) -> (diagram: Diagram, fit: PageFit) {
        let (pw, ph) = page.paper
        // Graphviz scales the drawing *with* its pad to fit `size`: the pad is chosen, in unscaled inches, to make
        // drawing + pad exactly the paper at this scale, and `size` is the paper itself. The settings go last in the
        // graph body, so they win over the diagram's own graph attributes (its pad, say).
        func padded(_ w: Double, _ h: Double) throws(RenderError) -> Diagram {
            let padX = max(0, (pw / scale - w) / 2), padY = max(0, (ph / scale - h) / 2)
            let settings = "  graph [\"size\"=\"\(Self.inches(pw)),\(Self.inches(ph))\", \"pad\"=\"\(Self.inches(padX)),\(Self.inches(padY))\", \"margin\"=\"0\"];\n"
            guard let brace = dot.lastIndex(of: "}") else { throw .renderFailed(format: "dot", message: "the diagram has no body") }
            var text = dot
            text.insert(contentsOf: settings, at: brace)
            return Diagram(dot: text, nodeCount: nodeCount, edgeCount: edgeCount, engine: engine, smallestFontSize: smallestFontSize, listedNodeCount: listedNodeCount)
        }
        // Laid out again with the settings, the drawing can come out a little different in size (measured: 0.1 in on
        // 21 in); the pad is then computed once more from that layout's own size.
        let first = try padded(width, height)
        let (w2, h2) = try Self.drawingSize(of: first, renderer: renderer)
        let fit = PageFit(page: page, naturalSize: (width, height), scale: scale, smallestFontSize: smallestFontSize * scale)
        return (try padded(w2, h2), fit)
    }

    /// The width and height in inches of `diagram`'s drawing, from Graphviz's `plain` output (unscaled).
    private static func drawingSize(of diagram: Diagram, renderer: DiagramRenderer) throws(RenderError) -> (Double, Double) {
        let plain = String(decoding: try renderer.render(diagram, .plain), as: UTF8.self)
        let first = plain.split(separator: "\n", maxSplits: 1).first.map { $0.split(separator: " ") } ?? []
        guard first.count >= 4, let width = Double(first[2]), let height = Double(first[3]), width > 0, height > 0 else {
            throw .renderFailed(format: "plain", message: "the layout gave no drawing size to fit on the page")
        }
        return (width, height)
    }

    private static func inches(_ x: Double) -> String { String(format: "%.3f", x) }

    /// Lays the diagram out with its engine and renders it to `format`.
    /// - Throws: ``RenderError`` with Graphviz's message.
    public func render(to format: RenderFormat) throws(RenderError) -> RenderResult {
        try GraphvizRenderer.shared.render(dot: dot, engine: engine, format: format)
    }

    /// Node sizes for ``DiagramView/sizeBy``: the measure on the whole graph, in the view's analysis settings.
    private static func sizes(by measure: CentralityMeasure, of graph: KnowledgeGraph, view: DiagramView) throws(DiagramError) -> [NodeID: Double] {
        var centrality = CentralityRequest(measure: measure)
        centrality.weighted = view.weighted
        do {
            let ranked = try AnalysisGraph(graph, directed: view.directed).rankNodes(centrality)
            return Dictionary(uniqueKeysWithValues: ranked.map { ($0.id, $0.score) })
        } catch { throw .centrality(error) }
    }

    private static func genericRequest(for view: DiagramView, in graph: KnowledgeGraph) throws(DiagramError) -> GenericDiagramRequest {
        var request = GenericDiagramRequest()
        request.focus = view.focus
        request.depth = view.depth
        request.filter = view.filter
        request.legend = view.legend
        request.title = view.title
        request.elementIDs = view.elementIDs
        request.only = view.only
        if let measure = view.sizeBy {
            request.sizeBy = try Self.sizes(by: measure, of: graph, view: view)
            request.sizeMeaning = measure.rawValue
        }
        if let colorBy = view.colorBy {
            if colorBy == "community" {
                do {
                    let groups = try AnalysisGraph(graph).communities(weighted: view.weighted).groups
                    request.colorGroups = Dictionary(uniqueKeysWithValues: groups.enumerated().flatMap { i, g in g.map { ($0, String(i + 1)) } })
                    request.colorMeaning = "community"
                } catch { throw .centrality(error) }
            } else {
                guard graph.nodes.contains(where: { $0.attributes[colorBy] != nil }) else { throw .unknownAttribute(colorBy) }
                request.colorGroups = Dictionary(uniqueKeysWithValues: graph.nodes.compactMap { n in n.attributes[colorBy].map { (n.id, $0.description) } })
                request.colorMeaning = "\(colorBy) ="
            }
        }
        return request
    }

    private static func request(for view: DiagramView, in graph: KnowledgeGraph) throws(DiagramError) -> DiagramRequest {
        var request = DiagramRequest()
        request.depth = view.depth
        request.title = view.title
        request.legend = view.legend
        request.elementIDs = view.elementIDs
        request.only = view.only
        if let page = view.page { request.page = PageArrangement.candidates(on: page, focused: view.focus != nil)[0] }
        request.kinds = view.kinds
        request.areas = view.areas
        if let focus = view.focus {
            request.focus = focus
            request.highlighted = [focus]
            if let n = view.recommendationsForFocus {
                let ranked: [RankedRecommendation]
                do { ranked = try RecommendationRanker(graph: graph).rank(RecommendationQuery(nodes: [focus])) }
                catch { throw .recommendations(error) }
                var ranks: [NodeID: Int] = [:]
                for r in ranked.prefix(n) {
                    ranks[r.id] = r.rank
                    request.extraNodes.append(r.id)
                    if let best = r.explanations.first { request.extraNodes += best.nodes }
                }
                request.rankedRecommendations = ranks
            }
        }
        if let measure = view.sizeBy {
            request.sizeBy = try Self.sizes(by: measure, of: graph, view: view)
            request.sizeMeaning = measure.rawValue
        }
        return request
    }
}
