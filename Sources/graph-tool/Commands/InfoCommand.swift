import ArgumentParser
import Graph

struct InfoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "info",
        abstract: "Count nodes by kind, edges by relation, both by evidence level, and connected components."
    )

    @OptionGroup var dataOptions: DataOptions
    @OptionGroup var output: OutputOptions

    struct Summary: Encodable {
        var title: String?
        var nodes: Int
        var edges: Int
        var nodesByKind: [String: Int]
        var edgesByRelation: [String: Int]
        var nodesByEvidence: [String: Int]
        var edgesByEvidence: [String: Int]
        var weakComponents: Int
        var largestComponent: Int
        var sources: Int
    }

    func run() throws {
        let graph = try dataOptions.load()
        let summary = Self.summarize(graph)
        switch output.format {
        case .json:
            print(try JSONOutput.render(summary))
        case .csv:
            var csv = CSVTable(["section", "key", "count"])
            csv.add(["total", "nodes", "\(summary.nodes)"])
            csv.add(["total", "edges", "\(summary.edges)"])
            csv.add(["total", "sources", "\(summary.sources)"])
            for kind in NodeKind.allCases { if let n = summary.nodesByKind[kind.rawValue] { csv.add(["nodes_by_kind", kind.rawValue, "\(n)"]) } }
            for rel in Relation.allCases { if let n = summary.edgesByRelation[rel.rawValue] { csv.add(["edges_by_relation", rel.rawValue, "\(n)"]) } }
            for level in EvidenceLevel.allCases {
                csv.add(["nodes_by_evidence", level.rawValue, "\(summary.nodesByEvidence[level.rawValue] ?? 0)"])
            }
            for level in EvidenceLevel.allCases {
                csv.add(["edges_by_evidence", level.rawValue, "\(summary.edgesByEvidence[level.rawValue] ?? 0)"])
            }
            csv.add(["components", "weak", "\(summary.weakComponents)"])
            csv.add(["components", "largest", "\(summary.largestComponent)"])
            print(csv.render())
        case .table:
            if let title = summary.title { print(title) }
            print("\(summary.nodes) nodes, \(summary.edges) edges, \(summary.sources) sources; "
                  + "\(summary.weakComponents) connected component(s), the largest with \(summary.largestComponent) nodes\n")
            var kinds = TextTable(["kind", "nodes"], numericColumns: [1])
            for kind in NodeKind.allCases { if let n = summary.nodesByKind[kind.rawValue] { kinds.add([kind.rawValue, "\(n)"]) } }
            print(kinds.render() + "\n")
            var relations = TextTable(["relation", "edges"], numericColumns: [1])
            for rel in Relation.allCases { if let n = summary.edgesByRelation[rel.rawValue] { relations.add([rel.rawValue, "\(n)"]) } }
            print(relations.render() + "\n")
            var evidence = TextTable(["evidence", "nodes", "edges"], numericColumns: [1, 2])
            for level in EvidenceLevel.allCases {
                evidence.add([level.rawValue, "\(summary.nodesByEvidence[level.rawValue] ?? 0)", "\(summary.edgesByEvidence[level.rawValue] ?? 0)"])
            }
            print(evidence.render())
        }
    }

    static func summarize(_ graph: KnowledgeGraph) -> Summary {
        var byKind: [String: Int] = [:], byRelation: [String: Int] = [:], nodeEvidence: [String: Int] = [:], edgeEvidence: [String: Int] = [:]
        for node in graph.nodes {
            byKind[node.kind.rawValue, default: 0] += 1
            nodeEvidence[node.provenance.evidence.rawValue, default: 0] += 1
        }
        for edge in graph.edges {
            byRelation[edge.relation.rawValue, default: 0] += 1
            edgeEvidence[edge.provenance.evidence.rawValue, default: 0] += 1
        }
        let components = graph.snapshot().graph.weaklyConnectedComponents()
        let largest = components.members.map(\.count).max() ?? 0
        return Summary(title: graph.title, nodes: graph.nodeCount, edges: graph.edgeCount, nodesByKind: byKind,
                       edgesByRelation: byRelation, nodesByEvidence: nodeEvidence, edgesByEvidence: edgeEvidence,
                       weakComponents: components.blockCount, largestComponent: largest, sources: graph.sourceKeys.count)
    }
}
