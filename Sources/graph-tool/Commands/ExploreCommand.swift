import ArgumentParser
import Foundation
import Graph

struct ExploreCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explore",
        abstract: "Write the explorer: one self-contained HTML page to search, click through and filter the graph in a browser.",
        discussion: """
            The page holds everything it shows — the diagrams (laid out by Graphviz), every node with its evidence and \
            citations, the ranked recommendations for every practice with their explanation paths, the centralities — \
            and loads nothing from any server (its Content-Security-Policy forbids it), so it can be emailed and opened \
            offline. --kind, --area and --min-evidence choose what goes in; the page's own filters hide more. Graphs \
            with more than \(ExplorerDocument.defaultDrawLimit) nodes are drawn in part (--focus, else the nodes of highest \
            degree) with every node in the search and tables. The same input gives a byte-identical file. See docs/explorer.md.
            """
    )

    @Option(name: [.customShort("o"), .long], help: ArgumentHelp("Where to write the page (.html).", valueName: "file"), completion: .file(extensions: ["html"]))
    var output: String

    @Option(name: .long, help: ArgumentHelp("Draw only the neighbourhood of this node (ID, label or alias).", valueName: "name"), completion: Completions.nodes)
    var focus: String?

    @Option(name: .long, help: "Hops around --focus.")
    var depth: Int = 1

    @Option(name: .long, help: "Put in only the recommendations of this area and what they are linked to (repeatable).")
    var area: [String] = []

    @Option(name: .long, help: "Put in only nodes of this kind (repeatable).")
    var kind: [NodeKind] = []

    @Option(name: .customLong("draw-limit"), help: ArgumentHelp("Draw at most this many nodes (more are in the search and tables only).", valueName: "n"))
    var drawLimit: Int = ExplorerDocument.defaultDrawLimit

    @Option(name: .long, help: "The page's title (default: the graph's).")
    var title: String?

    @OptionGroup var graphInput: GraphInputOptions

    func validate() throws {
        if depth < 0 { throw ValidationError("--depth must be 0 or more") }
        if drawLimit < 1 { throw ValidationError("--draw-limit must be at least 1") }
        if focus == nil && depth != 1 { throw ValidationError("--depth needs --focus") }
        if graphInput.weighted { throw ValidationError("--weighted changes nothing in the explorer (its centralities are unweighted, as graph-tool centrality's default)") }
        if output == "-" { throw ValidationError("the explorer is a file to open in a browser: give -o FILE.html") }
        if URL(fileURLWithPath: output).pathExtension.lowercased() != "html" && URL(fileURLWithPath: output).pathExtension.lowercased() != "htm" {
            throw ValidationError("the explorer is an HTML page: give -o FILE.html, not '\(output)'")
        }
    }

    func run() throws {
        let whole = try graphInput.loadKnowledgeGraph()
        let graph: KnowledgeGraph
        if !area.isEmpty || !kind.isEmpty {
            graph = try whole.subgraph(areas: try area.map { try whole.resolve($0, kinds: [.area]).id }, kinds: kind.isEmpty ? nil : Set(kind))
        } else {
            graph = whole
        }
        var options = ExplorerOptions()
        options.title = title
        options.focus = try focus.map { try graph.resolve($0).id }
        options.depth = depth
        options.drawLimit = drawLimit
        options.directed = try graphInput.analysedDirected(graph)
        options.renderer = RenderWorker.isolated
        options.generator = "graph-tool explore" + (graphInput.input.map { " --input \(URL(fileURLWithPath: $0).lastPathComponent)" } ?? "")
        let document = try TerminalProgress.during("laying out the views and ranking the recommendations of \(graph.nodeCount) nodes…", enabled: true) {
            try ExplorerDocument(graph: graph, options: options)
        }
        let url = URL(fileURLWithPath: output)
        try AtomicFile.write(Data(document.html.utf8), to: url)
        if let drawn = document.drawnNote { note(drawn) }
        let kib = (document.html.utf8.count + 1023) / 1024
        note("wrote the explorer to \(url.path) (\(kib) KiB; views: \(document.viewTitles.joined(separator: ", "))); open it in a browser")
    }
}
