import GraphCore
import GraphFormats
import GraphQuery
/// What part of the knowledge graph a diagram shows and how.
package struct DiagramRequest: Sendable {
    /// Show the neighbourhood of this node (`nil`: the whole graph, or the areas below).
    package var focus: NodeID?
    /// Hops around `focus`.
    package var depth = 1
    /// Show these recommendation areas: their recommendations and what those are directly linked to.
    package var areas: [NodeID] = []
    /// Keep only nodes of these kinds (`nil`: all).
    package var kinds: Set<NodeKind>?
    /// Extra nodes to include (e.g. recommendations for the focus and the nodes on their explanation paths).
    package var extraNodes: [NodeID] = []
    /// Nodes to highlight (drawn with a thick border), e.g. the focus.
    package var highlighted: Set<NodeID> = []
    /// Ranked recommendations (rank 1 first): when set, these are the only recommendations drawn, each labelled with
    /// its rank; other recommendations of the neighbourhood are left out.
    package var rankedRecommendations: [NodeID: Int]?
    /// Scores to scale node sizes by (e.g. a centrality), by node ID.
    package var sizeBy: [NodeID: Double]?
    /// What the sizes mean, for the legend ("betweenness").
    package var sizeMeaning = "score"
    /// Draw recommendations inside one box per area instead of drawing area nodes.
    package var clusterAreas = true
    /// The whole-graph summary: terrorist groups, practices, forms and victim groups with their edges, and each area
    /// as one node joined to the practices its recommendations address (line width and label: how many).
    package var summary = false
    package var legend = true
    package var title: String?
    /// Label width in characters before wrapping.
    package var wrapWidth = 22
    /// For a page: how the drawing is arranged (``PageArrangement``: direction, rank wrapping, where the legend goes,
    /// which recommendations come after what they address), with tighter spacing, 9 pt text, and acts, means, actors,
    /// instruments and themes listed inside the nodes they link to (``ListedNodes``) instead of drawn.
    package var page: PageArrangement?
    /// Give every node and edge an SVG id from its position in the graph (``DiagramBuilder/nodeElementID(_:)``,
    /// ``DiagramBuilder/edgeElementID(_:)``), so a page can find the element of a node or edge of the graph; the
    /// default keeps node IDs as ids and edges without.
    package var elementIDs = false
    /// Draw only these nodes, whatever else selects.
    package var only: Set<NodeID>?

    package init() {}
}

/// Where a page puts the legend.
package enum LegendPlacement: CaseIterable, Sendable {
    /// In layers of its own after the drawing (to its right, left to right).
    case after
    /// In rows above the drawing, across its layers.
    case inRows
}

/// Errors in choosing what to draw.
public enum DiagramError: Error, Equatable, CustomStringConvertible {
    /// The focus or an extra node is not in the graph.
    case unknownNode(NodeID)
    /// An area of the view is not a recommendation area.
    case notAnArea(NodeID)
    /// The view selects no node.
    case nothingToDraw
    /// The view selects areas, kinds or recommendations, and the graph has no typed nodes to select by.
    case needsTypedNodes
    /// `colorBy` names an attribute no node has.
    case unknownAttribute(String)
    /// Ranking the recommendations for the focus failed.
    case recommendations(RecommendationError)
    /// The centrality for node sizes failed.
    case centrality(AlgorithmError)

    public var description: String {
        switch self {
        case .unknownNode(let id): "unknown node '\(id)'"
        case .notAnArea(let id): "'\(id)' is not a recommendation area"
        case .nothingToDraw: "the selection is empty: no node matches the requested view"
        case .needsTypedNodes: "areas, kinds and recommendations need a knowledge graph (typed nodes); this graph has none (a focus, sizes, colours and filters work on any graph)"
        case .unknownAttribute(let name): "no node has an attribute '\(name)' to colour by (or use 'community')"
        case .recommendations(let e): e.description
        case .centrality(let e): e.description
        }
    }
}

/// Builds styled ``DOTGraph`` diagrams from a knowledge graph (or plain ones from any snapshot).
package enum DiagramBuilder {
    /// The DOT name of the legend node (not a valid dataset ID, so it cannot collide with one).
    package static let legendID = "_legend"

    /// A styled diagram of the part of `graph` that `request` selects. Node order follows the dataset; edges follow
    /// the dataset; so the DOT text is byte-identical for the same input.
    package static func diagram(of graph: KnowledgeGraph, _ request: DiagramRequest = DiagramRequest()) throws(DiagramError) -> DOTGraph {
        try build(of: graph, request).dot
    }

    /// ``diagram(of:_:)`` and how many nodes of the view a page lists inside others (``ListedNodes``) instead of drawing.
    package static func build(of graph: KnowledgeGraph, _ request: DiagramRequest) throws(DiagramError) -> (dot: DOTGraph, listed: Int) {
        let selected = try select(graph, request)
        guard !selected.isEmpty else { throw .nothingToDraw }
        var dot = DOTGraph(directed: true)
        dot.name = "intersection"
        dot.graphAttributes = [
            "rankdir": .text("LR"), "fontname": .text("DejaVu Sans"), "fontsize": .text("11"), "nodesep": .text("0.25"),
            "ranksep": .text("0.9"), "newrank": .text("true"), "bgcolor": .text("white"), "pad": .text("0.3"),
            // force-directed engines start from a seeded random layout, so the picture is the same every time
            "start": .text("1"), "overlap": .text("prism"), "sep": .text("+4"),
        ]
        if request.page?.topToBottom == true { dot.graphAttributes["rankdir"] = .text("TB") }
        if let title = request.title {
            dot.graphAttributes["label"] = .text(title)
            dot.graphAttributes["labelloc"] = .text("t")
            dot.graphAttributes["fontsize"] = .text("16")
        }
        dot.nodeDefaults = ["fontname": .text("DejaVu Sans"), "fontsize": .text(request.page == nil ? "10" : "9"), "style": .text("filled"), "margin": .text("0.08,0.04")]
        dot.edgeDefaults = ["fontname": .text("DejaVu Sans"), "fontsize": .text("8"), "arrowsize": .text("0.7")]

        // an area on a page: the recommendations' own links only; the links among what they address (a practice's
        // victims, the instruments covering it) belong to the focused and full views
        let recommendationLinksOnly = request.page != nil && !request.areas.isEmpty
        func considered(_ edge: Edge) -> Bool { !recommendationLinksOnly || graph.node(edge.source)?.kind == .recommendation }
        // one area on a page: its recommendations on both sides of what they address (mirrorRecommendations), the
        // area's name as the title instead of a box that could not hold both sides
        let mirrored = recommendationLinksOnly && request.areas.count == 1 && request.clusterAreas
        // a focused page names each recommendation's area in its card instead of boxing it: boxes side by side made
        // the page's width
        let areasInCards = request.page != nil && request.areas.isEmpty && request.clusterAreas
        if mirrored, let area = graph.node(request.areas[0]) {
            dot.graphAttributes["label"] = .text((request.title.map { $0 + "\n" } ?? "") + area.label)
            dot.graphAttributes["labelloc"] = .text("t")
            dot.graphAttributes["fontsize"] = .text("14")
        }
        let lists = request.page != nil ? ListedNodes(graph: graph, selected: selected, focus: request.highlighted, considering: considered) : nil
        let drawn = selected.filter { !(lists?.listed.contains($0.id) ?? false) }
        let maxScore = request.sizeBy.map { scores in drawn.compactMap { scores[$0.id] }.max() ?? 0 } ?? 0
        var kindsShown: [NodeKind] = []
        for node in drawn {
            if !kindsShown.contains(node.kind) { kindsShown.append(node.kind) }
            let s = DiagramStyle.style(of: node.kind)
            let cardLines = lists?.lines[node.id] ?? []
            // a card's title is as wide as its lists, so it takes two or three lines instead of five
            var label = DOTWriter.wrapped(node.label, width: cardLines.isEmpty ? request.wrapWidth : ListedNodes.titleWidth)
            if node.kind == .recommendation {
                let rank = request.rankedRecommendations?[node.id].map { "#\($0) · " } ?? ""
                let area = areasInCards ? graph.edges(from: node.id).first { $0.relation == .belongsTo }.flatMap { graph.node($0.target)?.aliases.first }.map { " (\($0))" } ?? "" : ""
                label = rank + node.id.rawValue + area + "\n" + label
            }
            var styles = ["filled"] + (s.extraStyle.map { [$0] } ?? [])
            var attributes: [String: DOTValue] = [
                "label": cardLines.isEmpty ? .text(label) : .html(ListedNodes.card(label: label, lines: cardLines, listSize: ListedNodes.fontSize, width: ListedNodes.wrapWidth)), "shape": .text(s.shape), "color": .text(s.border), "fillcolor": .text(s.fill),
                "tooltip": .text("\(node.id.rawValue) (\(node.kind.rawValue); evidence: \(node.provenance.evidence.rawValue))"),
                "id": .text(request.elementIDs ? nodeElementID(graph.position(of: node.id)!) : node.id.rawValue),
            ]
            if request.highlighted.contains(node.id) { attributes["penwidth"] = .text("3"); styles.append("bold") }
            if node.provenance.evidence == .inferred && node.kind != .recommendation { styles.append("dashed") }
            attributes["style"] = .text(Array(Set(styles)).sorted().joined(separator: ","))
            if let scores = request.sizeBy, maxScore > 0 {
                let x = (scores[node.id] ?? 0) / maxScore
                attributes["fontsize"] = .text(format(9 + 9 * x))
                attributes["width"] = .text(format(0.6 + 1.6 * x))
                attributes["height"] = .text(format(0.4 + 0.8 * x))
            }
            dot.nodes.append(DOTGraph.Node(id: node.id.rawValue, attributes: attributes))
        }
        let shown = Set(drawn.map(\.id))
        var relationsShown: [Relation] = []
        for (index, edge) in graph.edges.enumerated() where shown.contains(edge.source) && shown.contains(edge.target) && considered(edge) {
            if request.clusterAreas && edge.relation == .belongsTo { continue }
            // the summary leaves out the narrower-than links, which cross the whole picture to 'children'
            if request.summary && edge.relation == .subtypeOf { continue }
            if !relationsShown.contains(edge.relation) { relationsShown.append(edge.relation) }
            let line = DiagramStyle.line(for: edge.provenance.evidence)
            var attributes: [String: DOTValue] = [
                "color": .text(DiagramStyle.color(of: edge.relation)), "style": .text(line.style), "penwidth": .text(line.penwidth),
                "arrowhead": .text(DiagramStyle.arrowhead(of: edge.relation)),
                "tooltip": .text("\(edge.source.rawValue) \(edge.relation.rawValue) \(edge.target.rawValue) (evidence: \(edge.provenance.evidence.rawValue); \(edge.provenance.citations.map(\.description).joined(separator: ", ")))"),
            ]
            if request.elementIDs { attributes["id"] = .text(edgeElementID(index)) }
            // on a page a narrower-than link does not push the wider group a rank further on (a rank of its own for
            // 'children' cost a column): it runs within the rank
            if request.page != nil && edge.relation == .subtypeOf { attributes["constraint"] = .text("false") }
            dot.edges.append(DOTGraph.Edge(source: edge.source.rawValue, target: edge.target.rawValue, attributes: attributes))
        }
        if request.summary {
            addAreaSummaryEdges(to: &dot, graph: graph, shown: shown)
            let areas = graph.nodes.filter { $0.kind == .area && shown.contains($0.id) }.map(\.id.rawValue)
            let count = graph.nodes.filter { $0.kind == .recommendation }.count
            if !areas.isEmpty { dot.subgraphs.append(DOTGraph.Subgraph(name: "cluster_summary_areas", attributes: [
                "label": .text("Recommendation areas (\(count) recommendations)"), "style": .text("rounded,filled"), "fillcolor": .text("#F4F9FD"),
                "color": .text("#0072B2"), "fontcolor": .text("#0072B2"), "fontsize": .text("11"),
            ], nodeIDs: areas)) }
        }
        if mirrored || (areasInCards && request.page?.mirrorFocused == true) {
            mirrorRecommendations(&dot, ids: Set(drawn.filter { $0.kind == .recommendation }.map(\.id.rawValue)), all: !mirrored,
                                  anchor: mirrored ? nil : request.focus?.rawValue)
        }
        if request.clusterAreas && !mirrored && !areasInCards {
            for area in graph.nodes where area.kind == .area {
                let members = graph.edges.filter { $0.relation == .belongsTo && $0.target == area.id && shown.contains($0.source) }.map(\.source.rawValue)
                guard !members.isEmpty else { continue }
                dot.subgraphs.append(DOTGraph.Subgraph(name: "cluster_" + area.id.rawValue, attributes: [
                    "label": .text(DOTWriter.wrapped(area.label, width: request.page == nil ? 40 : 28)), "style": .text("rounded,filled"), "fillcolor": .text("#F4F9FD"),
                    "color": .text("#0072B2"), "fontcolor": .text("#0072B2"), "fontsize": .text("11"),
                ], nodeIDs: members))
            }
        }
        var layers: [String: Int] = [:]
        if let page = request.page {
            dot.graphAttributes["ranksep"] = .text("0.45")
            dot.graphAttributes["nodesep"] = .text("0.12")
            layers = wrapRanks(&dot, cap: page.rankCap)
        }
        let mainNodes = dot.nodes.map(\.id)
        if request.legend {
            addLegend(to: &dot, kinds: kindsShown.sorted(), relations: relationsShown.sorted(), graph: graph, shown: shown,
                      sizeMeaning: request.sizeBy == nil || maxScore == 0 ? nil : request.sizeMeaning, summary: request.summary,
                      listed: lists?.listedKinds ?? [], noteSize: request.page == nil ? 8 : ListedNodes.fontSize)
            if let page = request.page {
                switch page.legendPlacement {
                case .after: placeLegendAfter(&dot, mainNodes: mainNodes, layers: layers, cap: page.legendCap)
                case .inRows: placeLegendInRows(&dot, ranks: (layers.values.max() ?? 0) + 1)
                }
            }
        }
        return (dot, lists?.listed.count ?? 0)
    }

    /// A plain diagram of any snapshot (graphs read with --input): labels only, no kinds or evidence.
    package static func plainDiagram(of snapshot: GraphSnapshot, title: String? = nil) -> DOTGraph {
        let g = snapshot.graph
        var dot = DOTGraph(directed: g.isDirected)
        dot.graphAttributes = ["fontname": .text("DejaVu Sans"), "start": .text("1"), "overlap": .text("prism")]
        if let title { dot.graphAttributes["label"] = .text(title); dot.graphAttributes["labelloc"] = .text("t") }
        dot.nodeDefaults = ["fontname": .text("DejaVu Sans"), "fontsize": .text("10")]
        for v in 0..<g.nodeCount {
            dot.nodes.append(DOTGraph.Node(id: snapshot.ids[v].rawValue, attributes: ["label": .text(snapshot.labels[v])]))
        }
        for e in 0..<g.edgeCount {
            var attributes: [String: DOTValue] = [:]
            if g.hasWeights { attributes["label"] = .text(format(g.weight(ofEdge: e))) }
            dot.edges.append(DOTGraph.Edge(source: snapshot.ids[Int(g.edgeSources[e])].rawValue,
                                           target: snapshot.ids[Int(g.edgeTargets[e])].rawValue, attributes: attributes))
        }
        return dot
    }

    /// The SVG id of the graph's node at `index` with ``DiagramRequest/elementIDs``: `node:` and the index, which no
    /// Graphviz-made id (`node1`, `edge1`, `clust1`, `graph0`) and no legend glyph can be.
    package static func nodeElementID(_ index: Int) -> String { "node:\(index)" }
    /// The SVG id of the graph's edge at `index` with ``DiagramRequest/elementIDs``.
    package static func edgeElementID(_ index: Int) -> String { "edge:\(index)" }

    // MARK: - Selection

    static func select(_ graph: KnowledgeGraph, _ request: DiagramRequest) throws(DiagramError) -> [Node] {
        var keep: Set<NodeID>
        if let focus = request.focus {
            guard graph.contains(focus) else { throw .unknownNode(focus) }
            let view = AnalysisGraph(graph)
            let center = view.snapshot.index(of: focus)!
            keep = Set(view.graph.egoNetwork(of: center, depth: request.depth).map { view.snapshot.ids[$0.node] })
        } else if !request.areas.isEmpty {
            keep = []
            for area in request.areas {
                guard let node = graph.node(area) else { throw .unknownNode(area) }
                guard node.kind == .area else { throw .notAnArea(area) }
                let recs = graph.edges.filter { $0.relation == .belongsTo && $0.target == area }.map(\.source)
                keep.insert(area)
                for rec in recs {
                    keep.insert(rec)
                    for e in graph.edges(from: rec) where graph.node(e.target)?.kind != .area { keep.insert(e.target) }
                }
            }
        } else if request.summary {
            let core: Set<NodeKind> = [.terroristGroup, .practice, .form, .victimGroup, .area]
            keep = Set(graph.nodes.filter { core.contains($0.kind) }.map(\.id))
        } else {
            keep = Set(graph.nodes.map(\.id))
        }
        for id in request.extraNodes {
            guard graph.contains(id) else { throw .unknownNode(id) }
            keep.insert(id)
        }
        if let ranked = request.rankedRecommendations {
            keep = keep.filter { graph.node($0)!.kind != .recommendation || ranked[$0] != nil }
        }
        if let kinds = request.kinds { keep = keep.filter { kinds.contains(graph.node($0)!.kind) } }
        if let only = request.only { keep.formIntersection(only) }
        // Areas are drawn as boxes around their recommendations when clustering.
        return graph.nodes.filter { keep.contains($0.id) && !(request.clusterAreas && $0.kind == .area) }
    }

    /// The smallest font size of any text `dot` draws: node labels, edge labels, box labels and the title, each
    /// from its own `fontsize`, else the declared default, else Graphviz's 14 pt. Empty labels draw no text.
    package static func smallestFontSize(in dot: DOTGraph) -> Double {
        func size(_ v: DOTValue?) -> Double? {
            guard let v else { return nil }
            switch v { case .text(let s), .exact(let s), .html(let s): return Double(s) }
        }
        func hasText(_ v: DOTValue?) -> Bool {
            guard let v else { return false }
            switch v { case .text(let s), .exact(let s), .html(let s): return !s.isEmpty }
        }
        let graphSize = size(dot.graphAttributes["fontsize"]) ?? 14
        var sizes: [Double] = []
        for node in dot.nodes where (node.attributes["label"].map(hasText) ?? true) && node.attributes["style"] != .text("invis") {
            sizes.append(size(node.attributes["fontsize"]) ?? size(dot.nodeDefaults["fontsize"]) ?? 14)
            // an HTML-like label sets sizes of its own (a page's cards: their lists)
            if case .html(let html)? = node.attributes["label"] { sizes += pointSizes(in: html) }
        }
        for edge in dot.edges where hasText(edge.attributes["label"]) {
            sizes.append(size(edge.attributes["fontsize"]) ?? size(dot.edgeDefaults["fontsize"]) ?? 14)
        }
        for cluster in dot.subgraphs where hasText(cluster.attributes["label"]) { sizes.append(size(cluster.attributes["fontsize"]) ?? graphSize) }
        if hasText(dot.graphAttributes["label"]) { sizes.append(graphSize) }
        return sizes.min() ?? graphSize
    }

    /// The `POINT-SIZE` values of the `FONT` elements of an HTML-like label.
    static func pointSizes(in html: String) -> [Double] {
        html.components(separatedBy: "POINT-SIZE=\"").dropFirst().compactMap { Double($0.prefix { $0 != "\"" }) }
    }

    static func format(_ x: Double) -> String {
        let rounded = (x * 1000).rounded() / 1000
        return rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
    }
}
