import ArgumentParser
import Graph

struct ComponentsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "components",
        abstract: "Connected components (weak by default; --strong on a directed graph)."
    )

    @Flag(name: .long, help: "Strongly connected components (implies --directed).") var strong = false
    @OptionGroup var graphInput: GraphInputOptions
    @OptionGroup var output: OutputOptions

    struct MemberRow: TabularRow {
        var id: String, kind: String, label: String, component: Int
        static let columns = ["id", "kind", "label", "component"]
        var cells: [String] { [id, kind, label, "\(component)"] }
    }

    struct ComponentJSON: Encodable { var component: Int, size: Int, members: [String] }
    struct ComponentsJSON: Encodable { var kind: String, count: Int, components: [ComponentJSON] }

    mutating func run() throws {
        if strong { graphInput.directed = true }
        let graph = try graphInput.load()
        let partition = strong ? graph.graph.stronglyConnectedComponents() : graph.graph.weaklyConnectedComponents()
        let s = graph.snapshot
        // Largest first, ties by smallest member ID.
        let blocks = partition.members.sorted { a, b in
            a.count != b.count ? a.count > b.count : s.ids[a.min()!] < s.ids[b.min()!]
        }.map { $0.sorted { s.ids[$0] < s.ids[$1] } }
        let name = strong ? "strongly connected" : (graph.graph.isDirected ? "weakly connected" : "connected")
        switch output.format {
        case .table:
            print("\(blocks.count) \(name) component(s)")
            var table = TextTable(["component", "size", "members"], numericColumns: [0, 1])
            for (i, block) in blocks.enumerated() {
                let shown = block.prefix(6).map { s.ids[$0].rawValue }.joined(separator: ", ")
                table.add(["\(i + 1)", "\(block.count)", block.count > 6 ? shown + ", …" : shown])
            }
            print(table.render())
        default:
            var rows: [MemberRow] = []
            for (i, block) in blocks.enumerated() {
                for v in block { rows.append(MemberRow(id: s.ids[v].rawValue, kind: s.kinds[v].rawValue, label: s.labels[v], component: i + 1)) }
            }
            let json = ComponentsJSON(kind: name, count: blocks.count, components: blocks.enumerated().map {
                ComponentJSON(component: $0.offset + 1, size: $0.element.count, members: $0.element.map { s.ids[$0].rawValue })
            })
            try emit(rows, format: output.format, json: json)
        }
    }
}
