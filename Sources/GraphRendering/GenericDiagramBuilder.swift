import GraphCore
import GraphFormats
import GraphQuery

/// What to draw of a graph without kinds (read from GraphML, GEXF, node-link JSON, DOT or an edge list).
package struct GenericDiagramRequest: Sendable {
    /// Draw the neighbourhood of this node.
    package var focus: NodeID?
    /// Hops around `focus`.
    package var depth = 1
    /// Keep only nodes whose attribute equals the value (case-insensitively), for every pair.
    package var filter: [String: String] = [:]
    /// Scores to scale node sizes by, by node ID, and what they are.
    package var sizeBy: [NodeID: Double]?
    package var sizeMeaning = "score"
    /// Fill nodes by group: a value per node (an attribute's value, or a community number), and what it is.
    package var colorGroups: [NodeID: String]?
    package var colorMeaning = ""
    package var legend = true
    package var title: String?
    /// As ``DiagramRequest/elementIDs``.
    package var elementIDs = false
    /// Draw only these nodes.
    package var only: Set<NodeID>?

    package init() {}
}

/// Draws graphs without kinds with their own styling: the node, edge and graph attributes Graphviz knows (shape,
/// colour, label, rank direction…), declared defaults, and clusters with their own labels and colours, as a DOT file
/// read in carries them (docs/rendering.md, "Your own graphs"). Nothing is invented: an edge has a label only when it
/// brought one. Deterministic: nodes, edges, clusters and legend entries are written in a fixed order.
package enum GenericDiagramBuilder {
    /// Node attributes passed through to Graphviz.
    static let nodeStyling: Set<String> = [
        "shape", "color", "fillcolor", "style", "fontcolor", "fontsize", "fontname", "penwidth", "width", "height", "fixedsize",
        "peripheries", "sides", "skew", "distortion", "orientation", "regular", "margin", "xlabel", "tooltip", "URL", "href",
        "target", "group", "gradientangle", "labelloc",
    ]
    /// Edge attributes passed through.
    static let edgeStyling: Set<String> = [
        "label", "color", "style", "arrowhead", "arrowtail", "arrowsize", "dir", "penwidth", "fontcolor", "fontsize", "fontname",
        "constraint", "minlen", "headlabel", "taillabel", "xlabel", "tooltip", "URL", "href", "lhead", "ltail", "samehead",
        "sametail", "decorate", "labelfontcolor", "labelfontsize",
    ]
    /// Graph attributes passed through (the root graph's and each cluster's).
    static let graphStyling: Set<String> = [
        "rankdir", "splines", "nodesep", "ranksep", "bgcolor", "label", "labelloc", "labeljust", "fontname", "fontsize",
        "fontcolor", "concentrate", "compound", "newrank", "ordering", "color", "fillcolor", "style", "pencolor", "penwidth",
        "peripheries", "margin", "pad", "rank", "clusterrank", "remincross", "mclimit", "searchsize", "outputorder",
        "size", "page", "ratio", "center", "dpi", "rotate", "landscape", "pagedir",
    ]

    /// Okabe–Ito, then lighter tints: eight colours that stay apart for common colour-vision deficiencies.
    static let palette = ["#E69F00", "#56B4E9", "#009E73", "#F0E442", "#0072B2", "#D55E00", "#CC79A7", "#999999",
                          "#F5CF80", "#AAD9F4", "#80CEB9", "#F7F1A0", "#80B8D8", "#EAAE80", "#E5BCD3", "#CCCCCC"]

    package static func diagram(of graph: KnowledgeGraph, _ request: GenericDiagramRequest) throws(DiagramError) -> DOTGraph {
        var keep = Set(graph.nodes.map(\.id))
        if let focus = request.focus {
            guard graph.contains(focus) else { throw .unknownNode(focus) }
            let view = AnalysisGraph(graph)
            keep = Set(view.graph.egoNetwork(of: view.snapshot.index(of: focus)!, depth: request.depth).map { view.snapshot.ids[$0.node] })
        }
        if !request.filter.isEmpty {
            keep = keep.filter { id in
                let node = graph.node(id)!
                return request.filter.allSatisfy { key, value in
                    (key == "label" ? node.label : node.attributes[key]?.description)?.lowercased() == value.lowercased()
                }
            }
        }
        if let only = request.only { keep.formIntersection(only) }
        let selected = graph.nodes.filter { keep.contains($0.id) }
        guard !selected.isEmpty else { throw .nothingToDraw }

        var dot = DOTGraph(directed: graph.isDirected)
        dot.name = graph.attributes["dot.name"]?.description ?? "G"
        dot.graphAttributes = ["fontname": .text("DejaVu Sans"), "start": .text("1"), "overlap": .text("prism")]
        for (k, v) in graph.attributes where graphStyling.contains(k) { dot.graphAttributes[k] = value(v) }
        if let title = request.title { dot.graphAttributes["label"] = .text(title); dot.graphAttributes["labelloc"] = .text("t") }
        dot.nodeDefaults = ["fontname": .text("DejaVu Sans"), "fontsize": .text("10")]
        dot.edgeDefaults = ["fontname": .text("DejaVu Sans"), "fontsize": .text("9")]
        for (k, v) in graph.attributes where k.hasPrefix("dot.node.") { dot.nodeDefaults[String(k.dropFirst("dot.node.".count))] = value(v) }
        for (k, v) in graph.attributes where k.hasPrefix("dot.edge.") { dot.edgeDefaults[String(k.dropFirst("dot.edge.".count))] = value(v) }

        let maxScore = request.sizeBy.map { s in selected.compactMap { s[$0.id] }.max() ?? 0 } ?? 0
        let groups = request.colorGroups.map { g in Array(Set(selected.compactMap { g[$0.id] })).sorted(by: naturalOrder) } ?? []
        let colorOf = Dictionary(uniqueKeysWithValues: groups.enumerated().map { ($1, palette[$0 % palette.count]) })
        for node in selected {
            var attributes: [String: DOTValue] = [:]
            for (k, v) in node.attributes where nodeStyling.contains(k) { attributes[k] = value(v) }
            if request.elementIDs { attributes["id"] = .text(DiagramBuilder.nodeElementID(graph.position(of: node.id)!)) }
            if case .html(let h)? = node.attributes["label"] { attributes["label"] = .html(h) } else { attributes["label"] = .exact(node.label) }
            if let group = request.colorGroups?[node.id], let color = colorOf[group] {
                attributes["fillcolor"] = .text(color)
                let style = node.attributes["style"]?.description ?? ""
                if !style.contains("filled") { attributes["style"] = .text(style.isEmpty ? "filled" : style + ",filled") }
            }
            if let scores = request.sizeBy, maxScore > 0 {
                let x = (scores[node.id] ?? 0) / maxScore
                attributes["fontsize"] = .text(DiagramBuilder.format(9 + 9 * x))
                attributes["width"] = .text(DiagramBuilder.format(0.6 + 1.6 * x))
                attributes["height"] = .text(DiagramBuilder.format(0.4 + 0.8 * x))
            }
            dot.nodes.append(DOTGraph.Node(id: node.id.rawValue, attributes: attributes))
        }
        for (index, edge) in graph.edges.enumerated() where keep.contains(edge.source) && keep.contains(edge.target) {
            var attributes: [String: DOTValue] = [:]
            for (k, v) in edge.attributes where edgeStyling.contains(k) { attributes[k] = value(v) }
            if request.elementIDs { attributes["id"] = .text(DiagramBuilder.edgeElementID(index)) }
            if let w = edge.weight, attributes["tooltip"] == nil { attributes["tooltip"] = .text("weight \(DiagramBuilder.format(w))") }
            dot.edges.append(DOTGraph.Edge(source: edge.source.rawValue, target: edge.target.rawValue, attributes: attributes))
        }
        // Subgraphs as the file had them (clusters with their labels and colours, nesting, rank constraints), holding
        // the nodes drawn; edges stay where the drawing put them.
        let tree: [DOTSubgraph]
        if case .string(let text)? = graph.attributes[DOTSubgraph.attribute], let parsed = try? DOTSubgraph.parse(text) { tree = parsed }
        else { tree = DOTSubgraph.implied(by: graph) }
        let drawn = Set(selected.map(\.id.rawValue))
        func styled(_ s: DOTSubgraph) -> DOTGraph.Subgraph? {
            let children = s.subgraphs.compactMap(styled)
            let nodes = s.nodes.filter(drawn.contains)
            guard !nodes.isEmpty || !children.isEmpty else { return nil }
            var attributes: [String: DOTValue] = [:]
            for (k, v) in s.attributes where graphStyling.contains(k) { attributes[k] = v.dotValue }
            return DOTGraph.Subgraph(name: s.name, attributes: attributes, nodeIDs: nodes, body: children.map { .subgraph($0) })
        }
        dot.subgraphs = tree.compactMap(styled)
        if request.legend && (!groups.isEmpty || (request.sizeBy != nil && maxScore > 0)) {
            addLegend(to: &dot, groups: groups.map { ($0, colorOf[$0]!) }, colorMeaning: request.colorMeaning,
                      sizeMeaning: request.sizeBy != nil && maxScore > 0 ? request.sizeMeaning : nil)
        }
        return dot
    }

    /// The legend of what the drawing adds to the graph's own styling: fill colour per group, node size.
    private static func addLegend(to dot: inout DOTGraph, groups: [(String, String)], colorMeaning: String, sizeMeaning: String?) {
        var ids: [String] = []
        for (i, (group, color)) in groups.enumerated() {
            let id = "\(DiagramBuilder.legendID)_group_\(i)"
            dot.nodes.append(DOTGraph.Node(id: id, attributes: [
                "label": .text("\(colorMeaning) \(group)"), "shape": .text("box"), "style": .text("rounded,filled"),
                "fillcolor": .text(color), "fontsize": .text("9"), "height": .text("0.3"),
            ]))
            ids.append(id)
        }
        if let sizeMeaning {
            for (suffix, width) in [("low", "0.25"), ("high", "0.7")] {
                let id = "\(DiagramBuilder.legendID)_size_\(suffix)"
                dot.nodes.append(DOTGraph.Node(id: id, attributes: ["label": .text(""), "shape": .text("circle"), "width": .text(width),
                                                                    "fixedsize": .text("true"), "style": .text("solid")]))
                ids.append(id)
            }
            let id = "\(DiagramBuilder.legendID)_size_note"
            dot.nodes.append(DOTGraph.Node(id: id, attributes: ["label": .text("node size: \(sizeMeaning)\n(small low, large high)"),
                                                                "shape": .text("plaintext"), "fontsize": .text("9")]))
            ids.append(id)
        }
        dot.subgraphs.append(DOTGraph.Subgraph(name: "cluster\(DiagramBuilder.legendID)", attributes: [
            "label": .text("Legend"), "style": .text("rounded"), "color": .text("#BBBBBB"), "fontsize": .text("11"),
        ], nodeIDs: ids))
    }

    /// An attribute value as Graphviz should read it: HTML-like labels as such, the rest exactly as written (so
    /// escString sequences such as `\n` keep their meaning).
    static func value(_ v: AttributeValue) -> DOTValue {
        if case .html(let h) = v { return .html(h) }
        return .exact(v.description)
    }

    /// Numbers in numeric order ("2" before "10"), the rest alphabetically.
    static func naturalOrder(_ a: String, _ b: String) -> Bool {
        switch (Int(a), Int(b)) {
        case let (x?, y?): x < y
        case (.some, nil): true
        case (nil, .some): false
        default: a < b
        }
    }
}
