import ArgumentParser
import Graph

struct SourcesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sources",
        abstract: "List the bibliography with how often each source is cited, or, given a KEY, everything that cites it.",
        discussion: "A source's address is its URL, or a file shipped with the dataset (shown relative to the current folder when the dataset was read from a file, else as written)."
    )

    @Argument(help: ArgumentHelp("A source key (S9, FS): list the nodes and edges citing it.", valueName: "key"), completion: Completions.sources)
    var key: String?

    @OptionGroup var dataOptions: DataOptions
    @OptionGroup var output: OutputOptions

    struct SourceView: Encodable {
        var key: String, title: String
        @NullWhenAbsent var author: String?
        @NullWhenAbsent var year: Int?
        @NullWhenAbsent var url: String?
        @NullWhenAbsent var path: String?
        @NullWhenAbsent var note: String?
        var citingNodes: Int, citingEdges: Int
    }

    struct RecordView: Encodable {
        var record: String, id: String
        @NullWhenAbsent var locator: String?
        var evidence: String
    }

    struct UsageView: Encodable {
        var source: SourceView
        var citedBy: [RecordView]
    }

    func run() throws {
        let graph = try dataOptions.load()
        let folder = dataOptions.sourceFolder
        func view(_ u: SourceUsage) -> SourceView {
            SourceView(key: u.source.key, title: u.source.title, author: u.source.author, year: u.source.year, url: u.source.url,
                       path: u.source.path.map { DataOptions.display(path: $0, in: folder) }, note: u.source.note,
                       citingNodes: u.nodeCount, citingEdges: u.edgeCount)
        }
        guard let key else {
            let all = graph.sourceUsage().map(view)
            switch output.format {
            case .json: print(try JSONOutput.render(all))
            case .csv:
                var csv = CSVTable(["key", "nodes", "edges", "title", "author", "year", "address", "note"])
                for s in all { csv.add([s.key, "\(s.citingNodes)", "\(s.citingEdges)", s.title, s.author ?? "", s.year.map(String.init) ?? "", s.url ?? s.path ?? "", s.note ?? ""]) }
                print(csv.render())
            case .table:
                print("\(all.count) sources; `graph-tool sources KEY` lists what cites one.\n")
                var table = TextTable(["key", "nodes", "edges", "title", "address"], numericColumns: [1, 2])
                for s in all { table.add([s.key, "\(s.citingNodes)", "\(s.citingEdges)", s.title, s.url ?? s.path.map { "file: \($0)" } ?? "(none)"]) }
                print(table.render())
            }
            return
        }
        guard let usage = graph.sourceUsage(of: key) else {
            let hint = NameSuggestions.closest(to: key, among: graph.sourceKeys).map { "; did you mean \($0.joined(separator: ", "))?" } ?? ""
            throw HintedError("no source with key '\(key)' in the bibliography\(hint)")
        }
        let records = usage.records.map { r in
            RecordView(record: r.node != nil ? "node" : "edge",
                       id: r.node.map(\.id.rawValue) ?? "\(r.edge!.source) \(r.edge!.relation.rawValue) \(r.edge!.target)",
                       locator: r.citation.locator, evidence: r.evidence.rawValue)
        }
        let source = view(usage)
        switch output.format {
        case .json: print(try JSONOutput.render(UsageView(source: source, citedBy: records)))
        case .csv:
            var csv = CSVTable(["record", "id", "locator", "evidence"])
            for r in records { csv.add([r.record, r.id, r.locator ?? "", r.evidence]) }
            print(csv.render())
        case .table:
            print("\(source.key): \(source.title)")
            for (name, value) in [("author", source.author), ("year", source.year.map(String.init)), ("url", source.url),
                                  ("file", source.path), ("note", source.note)] {
                if let value { print("  \(name): \(value)") }
            }
            print("\ncited by \(source.citingNodes) node(s) and \(source.citingEdges) edge(s):")
            var table = TextTable(["record", "id", "locator", "evidence"])
            for r in records { table.add([r.record, r.id, r.locator ?? "", r.evidence]) }
            print(table.render())
        }
    }
}
