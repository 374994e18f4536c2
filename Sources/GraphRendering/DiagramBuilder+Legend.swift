import GraphCore
import GraphFormats
import GraphQuery

extension DiagramBuilder {
    /// The legend as a cluster of real glyphs: one small node per kind shown, drawn as that kind is drawn; one short
    /// edge per relation shown, with its colour and arrowhead; one per evidence line style shown; and, with sizes,
    /// a small and a large node saying what size means. Legend nodes have IDs starting with ``legendID``, which no
    /// dataset ID can (IDs start with a letter or digit).
    static func addLegend(to dot: inout DOTGraph, kinds: [NodeKind], relations: [Relation], graph: KnowledgeGraph,
                          shown: Set<NodeID>, sizeMeaning: String?, summary: Bool, listed: [NodeKind] = [], noteSize: Int = 8) {
        var members: [String] = []
        func node(_ id: String, _ attributes: [String: DOTValue]) {
            dot.nodes.append(DOTGraph.Node(id: id, attributes: attributes))
            members.append(id)
        }
        func point(_ id: String) { node(id, ["shape": .text("point"), "width": .text("0.05"), "style": .text("invis"), "label": .text("")]) }
        for kind in kinds {
            let s = DiagramStyle.style(of: kind)
            let id = "\(legendID)_kind_\(kind.rawValue)"
            node(id, ["label": .text(kind.pluralName), "shape": .text(s.shape), "color": .text(s.border), "fillcolor": .text(s.fill),
                      "style": .text((["filled"] + (s.extraStyle.map { [$0] } ?? [])).joined(separator: ",")), "fontsize": .text("9"),
                      "margin": .text("0.04,0.02"), "height": .text("0.3")])
        }
        for relation in relations {
            let from = "\(legendID)_rel_\(relation.rawValue)_from", to = "\(legendID)_rel_\(relation.rawValue)_to"
            point(from); point(to)
            dot.edges.append(DOTGraph.Edge(source: from, target: to, attributes: [
                "color": .text(DiagramStyle.color(of: relation)), "arrowhead": .text(DiagramStyle.arrowhead(of: relation)),
                "penwidth": .text("1.4"), "label": .text(relation.rawValue.replacingOccurrences(of: "_", with: " ")), "fontsize": .text("9"),
                "minlen": .text("1"),
            ]))
        }
        if summary {
            let from = "\(legendID)_summary_from", to = "\(legendID)_summary_to"
            point(from); point(to)
            dot.edges.append(DOTGraph.Edge(source: from, target: to, attributes: [
                "color": .text(DiagramStyle.color(of: .addresses)), "arrowhead": .text(DiagramStyle.arrowhead(of: .addresses)),
                "penwidth": .text("2.4"), "label": .text("n recommendations of\nthe area address it"), "fontsize": .text("9"),
            ]))
        }
        let levels = Set(graph.edges.filter { shown.contains($0.source) && shown.contains($0.target) }.map(\.provenance.evidence))
        for level in EvidenceLevel.allCases where levels.contains(level) {
            let from = "\(legendID)_evidence_\(level.rawValue)_from", to = "\(legendID)_evidence_\(level.rawValue)_to"
            point(from); point(to)
            let line = DiagramStyle.line(for: level)
            dot.edges.append(DOTGraph.Edge(source: from, target: to, attributes: [
                "style": .text(line.style), "penwidth": .text(line.penwidth), "arrowhead": .text("none"), "color": .text("#333333"),
                "label": .text("evidence: \(level.rawValue)"), "fontsize": .text("9"),
            ]))
        }
        if graph.nodes.contains(where: { shown.contains($0.id) && $0.provenance.evidence == .inferred && $0.kind != .recommendation }) {
            node("\(legendID)_inferred_node", ["label": .text("dashed border: node\nevidence inferred"), "shape": .text("box"),
                                                "style": .text("dashed"), "fontsize": .text("9"), "height": .text("0.3")])
        }
        if let sizeMeaning {
            // two empty circles, small and large, and what their size means
            node("\(legendID)_size_low", ["label": .text(""), "shape": .text("circle"), "width": .text("0.25"), "fixedsize": .text("true"),
                                           "style": .text("solid")])
            node("\(legendID)_size_high", ["label": .text(""), "shape": .text("circle"), "width": .text("0.7"), "fixedsize": .text("true"),
                                            "style": .text("solid")])
            node("\(legendID)_size_note", ["label": .text("node size: \(sizeMeaning)\n(small low, large high)"), "shape": .text("plaintext"),
                                            "style": .text("solid"), "fontsize": .text("9")])
        }
        if !listed.isEmpty {
            let names = listed.map { $0.pluralName.replacingOccurrences(of: " (trafficking element)", with: "") }.joined(separator: ", ")
            node("\(legendID)_listed", ["label": .text(DOTWriter.wrapped("Listed inside the nodes they link to, with the link's evidence: " + names, width: 30)),
                                         "shape": .text("plaintext"), "style": .text("solid"), "fontsize": .text("\(noteSize)")])
        }
        if kinds.contains(.recommendation) {
            node("\(legendID)_note", ["label": .text("Recommendations are\nreconstructions (inferred)"), "shape": .text("plaintext"),
                                       "style": .text("solid"), "fontsize": .text("\(noteSize)")])
        }
        dot.subgraphs.append(DOTGraph.Subgraph(name: "cluster\(legendID)", attributes: [
            "label": .text("Legend"), "style": .text("rounded"), "color": .text("#BBBBBB"), "fontsize": .text("11"),
        ], nodeIDs: members))
    }
}
