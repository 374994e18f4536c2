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

    /// The summary in the JSON shape: counts keyed by kind, relation and evidence names.
    static func summarize(_ graph: KnowledgeGraph) -> Summary {
        let summary = graph.summary()
        // every kind, relation and level appears, with 0 when the graph has none: stable keys for programs
        func named<K: RawRepresentable<String> & CaseIterable>(_ counts: [K: Int]) -> [String: Int] {
            Dictionary(uniqueKeysWithValues: K.allCases.map { ($0.rawValue, counts[$0] ?? 0) })
        }
        return Summary(title: summary.title, nodes: summary.nodeCount, edges: summary.edgeCount, nodesByKind: named(summary.nodesByKind),
                       edgesByRelation: named(summary.edgesByRelation), nodesByEvidence: named(summary.nodesByEvidence),
                       edgesByEvidence: named(summary.edgesByEvidence), weakComponents: summary.componentCount,
                       largestComponent: summary.largestComponent, sources: summary.sourceCount)
    }
}
