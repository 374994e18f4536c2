import ArgumentParser
import Graph

struct CommunitiesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "communities",
        abstract: "Louvain communities with their modularity (seeded: the same seed gives the same partition).",
        discussion: "Runs on the undirected view of the graph. Communities are numbered largest first."
    )

    @Option(name: .long, help: "Random seed for the node order.") var seed: UInt64 = 42
    @Option(name: .long, help: "Modularity resolution γ (>1: smaller communities; <1: larger).") var resolution: Double = 1
    @OptionGroup var graphInput: GraphInputOptions
    @OptionGroup var output: OutputOptions

    func validate() throws {
        if !(resolution > 0 && resolution.isFinite) { throw ValidationError("--resolution must be a positive number") }
    }

    struct MemberRow: TabularRow {
        var id: String, kind: String, label: String, community: Int
        static let columns = ["id", "kind", "label", "community"]
        var cells: [String] { [id, kind, label, "\(community)"] }
    }

    struct CommunityJSON: Encodable { var community: Int, size: Int, members: [String] }
    struct CommunitiesJSON: Encodable { var modularity: Double, resolution: Double, seed: UInt64, count: Int, communities: [CommunityJSON] }

    func run() throws {
        let graph = try graphInput.load()
        guard graph.graph.nodeCount > 0 else { throw AlgorithmError.emptyGraph }
        let result = graph.graph.louvainCommunities(resolution: resolution, weighted: graphInput.weighted, seed: seed)
        let s = graph.snapshot
        let blocks = result.partition.members.map { $0.sorted { s.ids[$0] < s.ids[$1] } }.sorted { a, b in
            a.count != b.count ? a.count > b.count : s.ids[a[0]] < s.ids[b[0]]
        }
        switch output.format {
        case .table:
            print("\(blocks.count) communities, modularity \(formatScore(result.modularity)) (seed \(seed), resolution \(resolution))")
            var table = TextTable(["community", "size", "members"], numericColumns: [0, 1])
            for (i, block) in blocks.enumerated() {
                let shown = block.prefix(6).map { s.ids[$0].rawValue }.joined(separator: ", ")
                table.add(["\(i + 1)", "\(block.count)", block.count > 6 ? shown + ", …" : shown])
            }
            print(table.render())
        default:
            var rows: [MemberRow] = []
            for (i, block) in blocks.enumerated() {
                for v in block { rows.append(MemberRow(id: s.ids[v].rawValue, kind: s.kinds[v].rawValue, label: s.labels[v], community: i + 1)) }
            }
            let json = CommunitiesJSON(modularity: result.modularity, resolution: resolution, seed: seed, count: blocks.count,
                                       communities: blocks.enumerated().map { CommunityJSON(community: $0.offset + 1, size: $0.element.count, members: $0.element.map { s.ids[$0].rawValue }) })
            try emit(rows, format: output.format, json: json)
        }
    }
}
