import GraphCore
import GraphFormats
import GraphQuery

/// The whole-graph summary's aggregation: each area joined to the practices its recommendations address.
extension DiagramBuilder {
    /// The summary's area edges: area → practice, one per practice that recommendations of the area address,
    /// labelled and thickened by how many do. Their IDs start with ``summaryEdgePrefix``.
    static func addAreaSummaryEdges(to dot: inout DOTGraph, graph: KnowledgeGraph, shown: Set<NodeID>) {
        for line in areaSummary(of: graph) where shown.contains(line.area.id) && shown.contains(line.practice.id) {
            let count = line.edges.count
            dot.edges.append(DOTGraph.Edge(source: line.area.id.rawValue, target: line.practice.id.rawValue, attributes: [
                "id": .text(line.id), "color": .text(DiagramStyle.color(of: .addresses)),
                "arrowhead": .text(DiagramStyle.arrowhead(of: .addresses)), "penwidth": .text(format(0.8 + 0.8 * Double(count))),
                "label": .text("\(count)"), "fontcolor": .text(DiagramStyle.color(of: .addresses)),
                "tooltip": .text("\(count) recommendation(s) of \(line.area.label) address \(line.practice.label)"),
            ]))
        }
    }

    /// One line of the summary: an area, a practice its recommendations address, and those `addresses` edges.
    package struct AreaSummaryLine {
        /// The area.
        let area: Node
        /// The practice.
        let practice: Node
        /// The positions (in `graph.edges`) of the `addresses` edges from the area's recommendations to the practice.
        let edges: [Int]
        /// The summary edge's id in the diagram (``summaryEdgePrefix``, the area, the practice).
        var id: String { "\(summaryEdgePrefix)\(area.id)_\(practice.id)" }
    }

    /// The summary's aggregation, the one rule the overview draws and the explorer's overview explains: for every
    /// area and every practice its recommendations address, the `addresses` edges that line counts; areas, then
    /// practices, in graph order.
    package static func areaSummary(of graph: KnowledgeGraph) -> [AreaSummaryLine] {
        var lines: [AreaSummaryLine] = []
        for area in graph.nodes where area.kind == .area {
            let members = Set(graph.edges.filter { $0.relation == .belongsTo && $0.target == area.id }.map(\.source))
            var byPractice: [NodeID: [Int]] = [:]
            for (i, edge) in graph.edges.enumerated() where edge.relation == .addresses && members.contains(edge.source) {
                byPractice[edge.target, default: []].append(i)
            }
            for practice in graph.nodes where practice.kind == .practice {
                if let edges = byPractice[practice.id] { lines.append(AreaSummaryLine(area: area, practice: practice, edges: edges)) }
            }
        }
        return lines
    }

    /// The ID prefix of the summary's area → practice edges.
    package static let summaryEdgePrefix = "summary_"
}
