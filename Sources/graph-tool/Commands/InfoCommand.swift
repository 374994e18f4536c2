import ArgumentParser
import Foundation
import Graph

struct InfoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "info",
        abstract: "Describe a graph: direction, parallel edges, self-loops, density, degrees, attribute keys, components; nodes by kind, edges by relation and both by evidence level."
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
        var structure: Structure
    }

    struct Structure: Encodable {
        var directed: Bool
        var parallelEdges: Int
        var selfLoops: Int
        var density: Double
        var degree: [String: Double]
        var nodeAttributes: [String: [String]]
        var edgeAttributes: [String: [String]]
        var withProvenance: Int
    }

    func run() throws {
        let summary = Self.summarize(try Self.summary(of: dataOptions))
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
            let s = summary.structure
            csv.add(["structure", "directed", "\(s.directed)"])
            csv.add(["structure", "parallel_edges", "\(s.parallelEdges)"])
            csv.add(["structure", "self_loops", "\(s.selfLoops)"])
            csv.add(["structure", "density", "\(s.density)"])
            for key in ["min", "mean", "max"] { csv.add(["degree", key, formatScore(s.degree[key]!)]) }
            for (k, t) in s.nodeAttributes.sorted(by: { $0.key < $1.key }) { csv.add(["node_attribute", k, t.joined(separator: "|")]) }
            for (k, t) in s.edgeAttributes.sorted(by: { $0.key < $1.key }) { csv.add(["edge_attribute", k, t.joined(separator: "|")]) }
            print(csv.render())
        case .table:
            if let title = summary.title { print(title) }
            print("\(summary.nodes) nodes, \(summary.edges) edges, \(summary.sources) sources; "
                  + "\(summary.weakComponents) connected component(s), the largest with \(summary.largestComponent) nodes\n")
            let s = summary.structure
            print("\(s.directed ? (s.withProvenance > 0 ? "directed as stored (analysed undirected: relations are read both ways)" : "directed") : "undirected"), \(s.parallelEdges == 0 ? "no parallel edges" : "\(s.parallelEdges) parallel edge(s): a multigraph"), "
                  + "\(s.selfLoops) self-loop(s), density \(formatScore(s.density)); degree min \(Int(s.degree["min"]!)), mean \(formatScore(s.degree["mean"]!)), max \(Int(s.degree["max"]!))")
            func keys(_ attributes: [String: [String]]) -> String {
                attributes.isEmpty ? "none" : attributes.keys.sorted().map { "\($0) (\(attributes[$0]!.joined(separator: "|")))" }.joined(separator: ", ")
            }
            print("node attributes: \(keys(s.nodeAttributes))")
            print("edge attributes: \(keys(s.edgeAttributes))\n")
            guard s.withProvenance > 0 else {
                print("no kinds, relations or provenance: an imported graph (its nodes are generic, its edges 'linked', and nothing is cited)")
                return
            }
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

    /// What the graph of `data` holds: an edge list, or a GraphML, GEXF or DOT file of a plain graph, from its
    /// snapshot alone (a million edges in a fraction of the time and memory the model would take), any other graph
    /// from the model.
    static func summary(of data: DataOptions) throws -> GraphSummary {
        // a missing file or an unknown extension is for load() to report, as for any other format
        guard let input = data.input, FileManager.default.fileExists(atPath: input), let format = try? data.format() else {
            return try data.load().summary()
        }
        if format == .edgeList || format == .edgeListCSV { return GraphSummary(edgeList: try data.loadEdgeListSnapshot(input, format: format)) }
        if let plain = try data.loadPlainSnapshot(input, format: format) { return GraphSummary(edgeList: plain) }
        return try data.load().summary()
    }

    /// The summary in the JSON shape: counts keyed by kind, relation and evidence names.
    static func summarize(_ summary: GraphSummary) -> Summary {
        // every kind, relation and level appears, with 0 when the graph has none: stable keys for programs
        func named<K: RawRepresentable<String> & CaseIterable>(_ counts: [K: Int]) -> [String: Int] {
            Dictionary(uniqueKeysWithValues: K.allCases.map { ($0.rawValue, counts[$0] ?? 0) })
        }
        return Summary(title: summary.title, nodes: summary.nodeCount, edges: summary.edgeCount, nodesByKind: named(summary.nodesByKind),
                       edgesByRelation: named(summary.edgesByRelation), nodesByEvidence: named(summary.nodesByEvidence),
                       edgesByEvidence: named(summary.edgesByEvidence), weakComponents: summary.componentCount,
                       largestComponent: summary.largestComponent, sources: summary.sourceCount,
                       structure: Structure(directed: summary.structure.isDirected, parallelEdges: summary.structure.parallelEdges,
                                            selfLoops: summary.structure.selfLoops, density: summary.structure.density,
                                            degree: ["min": Double(summary.structure.minDegree), "mean": summary.structure.meanDegree,
                                                     "max": Double(summary.structure.maxDegree)],
                                            nodeAttributes: summary.structure.nodeAttributes, edgeAttributes: summary.structure.edgeAttributes,
                                            withProvenance: summary.structure.withProvenance))
    }
}
