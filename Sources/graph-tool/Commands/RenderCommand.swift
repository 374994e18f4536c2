import ArgumentParser
import Foundation
import Graph


struct RenderCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render",
        abstract: "Draw a relationship diagram (SVG, PNG, PDF, DOT…) through Graphviz, in-process.",
        discussion: """
            Views: the whole knowledge graph (default), one or more recommendation areas (--area), or the \
            neighbourhood of a node (--focus ID --depth K), optionally with the top recommendations for it and the \
            nodes that explain them (--with-recommendations N). --kind keeps only some kinds; --size-by scales nodes \
            by a centrality. The default layout is dot (layered) up to \(LayoutPolicy.dotNodeLimit) nodes, neato \
            (force-directed) up to \(LayoutPolicy.sfdpNodeLimit) nodes, sfdp beyond. Shapes and colours say the kind, edge colours the relation, line styles the evidence \
            (bold report, solid about-report, dashed context, dotted inferred); a legend is included. Graphs read with \
            --input are drawn plainly. The output is written atomically: a failed render leaves no file. Large graphs \
            (over \(LayoutPolicy.sfdpNodeLimit) nodes or \(LayoutPolicy.sfdpEdgeLimit) edges) use sfdp \
            unless --engine is given (dot can take minutes on them); --timeout runs the layout in a child process and stops it \
            after that many seconds. See docs/rendering.md.
            """
    )

    @Option(name: [.customShort("o"), .long], help: ArgumentHelp("Where to write the diagram; '-' for standard output (the default when standard output is a pipe or a file, not a terminal).", valueName: "file"), completion: .file())
    var output: String?

    /// Where the diagram goes: the file, or '-' for standard output.
    var destination: String { output ?? "-" }

    @Option(name: [.customShort("T"), .customLong("type")], help: "The file type to write, as Graphviz's -T (default: from the output file's extension; svg for '-'). Not --format, which picks table, JSON or CSV in the commands that print results.")
    var format: RenderFormat?

    @Option(name: .long, help: "Layout engine (default: dot up to \(LayoutPolicy.dotNodeLimit) nodes, neato up to \(LayoutPolicy.sfdpNodeLimit), sfdp beyond).")
    var engine: LayoutEngine?

    @Option(name: .long, help: ArgumentHelp("Draw the neighbourhood of this node (ID, label or alias).", valueName: "name"), completion: Completions.nodes)
    var focus: String?

    @Option(name: .long, help: "Hops around --focus.")
    var depth: Int = 1

    @Option(name: .customLong("with-recommendations"), help: ArgumentHelp("With --focus: add the N most relevant recommendations and the nodes on their explanation paths.", valueName: "n"))
    var withRecommendations: Int?

    @Option(name: .long, help: "Draw this recommendation area (repeatable): prevention, protection, prosecution, partnerships, children.")
    var area: [String] = []

    @Option(name: .long, help: "Keep only nodes of this kind (repeatable).")
    var kind: [NodeKind] = []

    @Option(name: .customLong("size-by"), help: "Scale nodes by a centrality measure (computed on the whole graph).")
    var sizeBy: CentralityMeasure?

    @Option(name: .customLong("color-by"), help: ArgumentHelp("Graphs without kinds: fill nodes by this attribute's value, or 'community' (Leiden, seed 42).", valueName: "attribute"))
    var colorBy: String?

    @Option(name: .customLong("where"), help: ArgumentHelp("Graphs without kinds: keep only nodes whose attribute has this value (repeatable; case-insensitive).", valueName: "attribute=value"))
    var filter: [String] = []

    @Option(name: .long, help: "Fit the drawing on one page of this size (a4, a3, letter): scaled down to fit, centred, the file exactly the page's size.")
    var page: PageLayout.Size?

    @Flag(name: .long, help: "No progress line on standard error while Graphviz lays the drawing out (shown only on a terminal).")
    var quiet = false

    @Flag(name: .long, help: "With --page: landscape instead of portrait.")
    var landscape = false

    @Flag(name: .long, help: "Draw the whole graph node by node, not the summary (groups, practices, forms and victim groups, with the recommendation areas as single nodes).")
    var full = false

    @Option(name: .long, help: "A title above the diagram.")
    var title: String?

    @Flag(name: .customLong("no-legend"), help: "Leave out the legend.")
    var noLegend = false

    @Flag(name: .long, help: "Write the DOT text handed to Graphviz (no layout, no Graphviz call) instead of a picture.")
    var source = false

    @Option(name: .long, help: ArgumentHelp("Stop the layout after this many seconds (runs it in a child process).", valueName: "seconds"))
    var timeout: Double?

    @OptionGroup var graphInput: GraphInputOptions

    func validate() throws {
        if depth < 0 { throw ValidationError("--depth must be 0 or more") }
        for condition in filter where !condition.contains("=") || condition.hasPrefix("=") {
            throw ValidationError("--where takes attribute=value, not '\(condition)'")
        }
        if withRecommendations != nil && focus == nil { throw ValidationError("--with-recommendations needs --focus") }
        if let n = withRecommendations, n < 1 { throw ValidationError("--with-recommendations must be at least 1") }
        if focus != nil && !area.isEmpty { throw ValidationError("give either --focus or --area, not both") }
        if landscape && page == nil { throw ValidationError("--landscape needs --page") }
        if (graphInput.directed || graphInput.undirected || graphInput.weighted) && sizeBy == nil && ![GraphFileFormat.edgeList, .edgeListCSV].contains(try? graphInput.format()) {
            throw ValidationError("--directed, --undirected and --weighted change a drawing only through --size-by (the centrality's view) or when reading an edge list")
        }
        if output == nil && isatty(1) != 0 {
            throw ValidationError("give -o FILE (or --output FILE); a diagram goes to standard output only when that is a pipe or a file, or with -o -")
        }
        if let timeout, !(timeout > 0) { throw ValidationError("--timeout must be a positive number of seconds") }
        if destination != "-" && format == nil && !source && RenderFormat(fileExtension: URL(fileURLWithPath: destination).pathExtension) == nil {
            throw ValidationError("cannot tell the format from '\(destination)'; use -T (\(RenderFormat.allCases.map(\.rawValue).joined(separator: ", ")))")
        }
    }

    func run() throws {
        var diagram = try self.diagram()
        if let page {
            let (fitted, fit) = try diagram.fitted(to: PageLayout(page, landscape: landscape), renderer: RenderWorker.isolated)
            diagram = fitted
            let percent = Int((fit.scale * 100).rounded())
            // rounded down, so that text just below the legible size never reads "6.0 pt" beside the warning
            note("fits \(fit.page.name) at \(percent) % (smallest text \(String(format: "%.1f", (fit.smallestFontSize * 10 + 1e-9).rounded(.down) / 10)) pt)")
            if !fit.isLegible {
                let portrait = landscape ? " portrait (without --landscape)," : ""
                note("warning: text below \(Int(PageLayout.legibleFontSize)) pt is hard to read in print; try a larger --page,\(portrait) or a narrower view (--depth 0, --kind)")
            }
        }
        if source {
            if destination == "-" { try StandardOutput.write(diagram.dot) } else { try AtomicFile.write(Data(diagram.dot.utf8), to: URL(fileURLWithPath: destination)) }
            return
        }
        let renderFormat = format ?? (destination == "-" ? .svg : RenderFormat(fileExtension: URL(fileURLWithPath: destination).pathExtension)!)
        if let engine { for warning in LayoutPolicy.warnings(engine: engine, nodes: diagram.nodeCount, edges: diagram.edgeCount) { note("warning: \(warning)") } }
        if engine == nil && diagram.engine == .sfdp {
            note("note: \(diagram.nodeCount) nodes and \(diagram.edgeCount) edges: using the sfdp engine (dot can take minutes on graphs this size); pass --engine dot to insist")
        }
        let data: Data
        if let timeout {
            data = try RenderWorker.renderInChild(dot: diagram.dot, engine: diagram.engine, format: renderFormat, timeout: timeout)
        } else {
            let estimate = LayoutPolicy.estimatedSeconds(engine: diagram.engine, nodes: diagram.nodeCount, edges: diagram.edgeCount)
            let result = try TerminalProgress.during("laying out \(diagram.nodeCount) nodes and \(diagram.edgeCount) edges with \(diagram.engine.rawValue)…", enabled: !quiet, estimate: estimate) {
                try diagram.render(to: renderFormat)
            }
            for warning in result.warnings { note("graphviz warning: \(warning)") }
            data = result.data
        }
        if destination == "-" {
            try StandardOutput.write(data)
        } else {
            try AtomicFile.write(data, to: URL(fileURLWithPath: destination))
            let listed = diagram.listedNodeCount > 0 ? " (\(diagram.listedNodeCount) more listed inside them)" : ""
            note("wrote \(URL(fileURLWithPath: destination).path) (\(renderFormat.rawValue), \(diagram.nodeCount) nodes\(listed), \(diagram.edgeCount) edges, \(diagram.engine.rawValue) layout)")
        }
    }

    /// The requested view of the graph, as the library composes it.
    func diagram() throws -> Diagram {
        var view = DiagramView()
        view.depth = depth
        view.title = title
        view.legend = !noLegend
        view.kinds = kind.isEmpty ? nil : Set(kind)
        view.sizeBy = sizeBy
        view.weighted = graphInput.weighted
        view.recommendationsForFocus = withRecommendations
        view.full = full
        view.page = page.map { PageLayout($0, landscape: landscape) }
        view.colorBy = colorBy
        for condition in filter {
            let parts = condition.split(separator: "=", maxSplits: 1).map(String.init)
            view.filter[parts[0]] = parts[1]
        }
        let graph = try graphInput.loadKnowledgeGraph()
        view.directed = try graphInput.analysedDirected(graph)   // --size-by's centrality, in the view `centrality` uses
        let typed = Diagram.drawsTyped(graph)
        if !typed && (!area.isEmpty || !kind.isEmpty || withRecommendations != nil) {
            throw ValidationError("--area, --kind and --with-recommendations need a knowledge graph (typed nodes); this graph has none (--focus, --depth, --size-by, --color-by and --where work on any graph)")
        }
        if typed && (colorBy != nil || !filter.isEmpty) {
            throw ValidationError("--color-by and --where are for graphs without kinds; a knowledge graph is coloured by kind (use --kind and --area to select)")
        }
        view.focus = try focus.map { try graph.resolve($0).id }
        view.areas = try area.map { try graph.resolve($0, kinds: [.area]).id }
        return try Diagram(of: graph, view: view, engine: engine)
    }
}
