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
    /// Draw recommendations inside one box per area instead of drawing area nodes.
    package var clusterAreas = true
    package var legend = true
    package var title: String?
    /// Label width in characters before wrapping.
    package var wrapWidth = 22

    package init() {}
}

/// Errors in choosing what to draw.
public enum DiagramError: Error, Equatable, CustomStringConvertible {
    /// The focus or an extra node is not in the graph.
    case unknownNode(NodeID)
    /// An area of the view is not a recommendation area.
    case notAnArea(NodeID)
    /// The view selects no node.
    case nothingToDraw
    /// The view selects a focus, areas, kinds or sizes, and the graph has no typed nodes to select by.
    case needsTypedNodes
    /// Ranking the recommendations for the focus failed.
    case recommendations(RecommendationError)
    /// The centrality for node sizes failed.
    case centrality(AlgorithmError)

    public var description: String {
        switch self {
        case .unknownNode(let id): "unknown node '\(id)'"
        case .notAnArea(let id): "'\(id)' is not a recommendation area"
        case .nothingToDraw: "the selection is empty: no node matches the requested view"
        case .needsTypedNodes: "a focus, areas, kinds or node sizes need a knowledge graph (typed nodes); this graph can only be drawn whole"
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
        if let title = request.title {
            dot.graphAttributes["label"] = .text(title)
            dot.graphAttributes["labelloc"] = .text("t")
            dot.graphAttributes["fontsize"] = .text("16")
        }
        dot.nodeDefaults = ["fontname": .text("DejaVu Sans"), "fontsize": .text("10"), "style": .text("filled"), "margin": .text("0.08,0.04")]
        dot.edgeDefaults = ["fontname": .text("DejaVu Sans"), "fontsize": .text("8"), "arrowsize": .text("0.7")]

        let maxScore = request.sizeBy.map { scores in selected.compactMap { scores[$0.id] }.max() ?? 0 } ?? 0
        var kindsShown: [NodeKind] = []
        for node in selected {
            if !kindsShown.contains(node.kind) { kindsShown.append(node.kind) }
            let s = DiagramStyle.style(of: node.kind)
            var label = DOTWriter.wrapped(node.label, width: request.wrapWidth)
            if node.kind == .recommendation {
                let rank = request.rankedRecommendations?[node.id].map { "#\($0) · " } ?? ""
                label = rank + node.id.rawValue + "\n" + label
            }
            var styles = ["filled"] + (s.extraStyle.map { [$0] } ?? [])
            var attributes: [String: DOTValue] = [
                "label": .text(label), "shape": .text(s.shape), "color": .text(s.border), "fillcolor": .text(s.fill),
                "tooltip": .text("\(node.id.rawValue) (\(node.kind.rawValue); evidence: \(node.provenance.evidence.rawValue))"),
                "id": .text(node.id.rawValue),
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
        let shown = Set(selected.map(\.id))
        var relationsShown: [Relation] = []
        for edge in graph.edges where shown.contains(edge.source) && shown.contains(edge.target) {
            if request.clusterAreas && edge.relation == .belongsTo { continue }
            if !relationsShown.contains(edge.relation) { relationsShown.append(edge.relation) }
            let line = DiagramStyle.line(for: edge.provenance.evidence)
            dot.edges.append(DOTGraph.Edge(source: edge.source.rawValue, target: edge.target.rawValue, attributes: [
                "color": .text(DiagramStyle.color(of: edge.relation)), "style": .text(line.style), "penwidth": .text(line.penwidth),
                "arrowhead": .text(DiagramStyle.arrowhead(of: edge.relation)),
                "tooltip": .text("\(edge.source.rawValue) \(edge.relation.rawValue) \(edge.target.rawValue) (evidence: \(edge.provenance.evidence.rawValue); \(edge.provenance.citations.map(\.description).joined(separator: ", ")))"),
            ]))
        }
        if request.clusterAreas {
            for area in graph.nodes where area.kind == .area {
                let members = graph.edges.filter { $0.relation == .belongsTo && $0.target == area.id && shown.contains($0.source) }.map(\.source.rawValue)
                guard !members.isEmpty else { continue }
                dot.clusters.append(DOTGraph.Cluster(name: "cluster_" + area.id.rawValue, attributes: [
                    "label": .text(DOTWriter.wrapped(area.label, width: 40)), "style": .text("rounded,filled"), "fillcolor": .text("#F4F9FD"),
                    "color": .text("#0072B2"), "fontcolor": .text("#0072B2"), "fontsize": .text("11"),
                ], nodeIDs: members))
            }
        }
        if request.legend { addLegend(to: &dot, kinds: kindsShown.sorted(), relations: relationsShown.sorted(), graph: graph, shown: shown) }
        return dot
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
            if g.hasWeights { attributes["label"] = .text(format(g.edgeWeights[e])) }
            dot.edges.append(DOTGraph.Edge(source: snapshot.ids[Int(g.edgeSources[e])].rawValue,
                                           target: snapshot.ids[Int(g.edgeTargets[e])].rawValue, attributes: attributes))
        }
        return dot
    }

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
        // Areas are drawn as boxes around their recommendations when clustering.
        return graph.nodes.filter { keep.contains($0.id) && !(request.clusterAreas && $0.kind == .area) }
    }

    // MARK: - Legend

    private static func addLegend(to dot: inout DOTGraph, kinds: [NodeKind], relations: [Relation], graph: KnowledgeGraph, shown: Set<NodeID>) {
        var rows = "<TR><TD COLSPAN=\"2\"><B>Legend</B></TD></TR>"
        for kind in kinds {
            let s = DiagramStyle.style(of: kind)
            rows += "<TR><TD BGCOLOR=\"\(s.fill)\" BORDER=\"1\" COLOR=\"\(s.border)\">\(DOTWriter.htmlEscaped(s.shape))</TD><TD ALIGN=\"LEFT\">\(DOTWriter.htmlEscaped(kind.pluralName))</TD></TR>"
        }
        for relation in relations {
            rows += "<TR><TD><FONT COLOR=\"\(DiagramStyle.color(of: relation))\">&#8212;&#8212;&#9658;</FONT></TD><TD ALIGN=\"LEFT\">\(DOTWriter.htmlEscaped(relation.rawValue.replacingOccurrences(of: "_", with: " ")))</TD></TR>"
        }
        let levels = Set(graph.edges.filter { shown.contains($0.source) && shown.contains($0.target) }.map(\.provenance.evidence))
        for level in EvidenceLevel.allCases where levels.contains(level) {
            rows += "<TR><TD>\(DiagramStyle.lineName(for: level))</TD><TD ALIGN=\"LEFT\">evidence: \(level.rawValue)</TD></TR>"
        }
        rows += "<TR><TD>dashed border</TD><TD ALIGN=\"LEFT\">node evidence: inferred</TD></TR>"
        if kinds.contains(.recommendation) {
            rows += "<TR><TD COLSPAN=\"2\"><FONT POINT-SIZE=\"8\">Recommendations are reconstructions (inferred)</FONT></TD></TR>"
        }
        dot.nodes.append(DOTGraph.Node(id: legendID, attributes: [
            "shape": .text("plaintext"), "style": .text("solid"), "fontsize": .text("9"),
            "label": .html("<TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"2\" CELLPADDING=\"3\">\(rows)</TABLE>"),
        ]))
    }

    static func format(_ x: Double) -> String {
        let rounded = (x * 1000).rounded() / 1000
        return rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
    }
}
