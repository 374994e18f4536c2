import ArgumentParser
import Foundation
import Graph

extension LayoutEngine: ExpressibleByArgument {}
extension RenderFormat: ExpressibleByArgument {}

struct RenderCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render",
        abstract: "Draw a relationship diagram (SVG, PNG, PDF, DOT…) through Graphviz, in-process.",
        discussion: """
            Views: the whole knowledge graph (default), one or more recommendation areas (--area), or the \
            neighbourhood of a node (--focus ID --depth K), optionally with the top recommendations for it and the \
            nodes that explain them (--with-recommendations N). --kind keeps only some kinds; --size-by scales nodes \
            by a centrality. The default layout is dot (layered) up to \(RenderCommand.dotNodeLimit) nodes, neato \
            (force-directed) up to \(RenderCommand.sfdpThreshold.nodes) nodes, sfdp beyond. Shapes and colours say the kind, edge colours the relation, line styles the evidence \
            (bold report, solid about-report, dashed context, dotted inferred); a legend is included. Graphs read with \
            --input are drawn plainly. The output is written atomically: a failed render leaves no file. Large graphs \
            (over \(RenderCommand.sfdpThreshold.nodes) nodes or \(RenderCommand.sfdpThreshold.edges) edges) use sfdp \
            unless --engine is given (dot can take minutes on them); --timeout runs the layout in a child process and stops it \
            after that many seconds. See docs/rendering.md.
            """
    )

    static let sfdpThreshold = (nodes: 800, edges: 2500)
    /// Up to this many nodes the layered dot layout reads well; above it, ranks get so wide that a force-directed
    /// layout (fdp) gives a far more readable picture.
    static let dotNodeLimit = 80

    /// The engine used when --engine is not given: dot (layered) for small views; neato (stress majorisation, whose
    /// seeded layout is byte-identical run to run, unlike fdp's) up to the sfdp threshold; sfdp beyond.
    static func defaultEngine(nodes: Int, edges: Int) -> LayoutEngine {
        if nodes > sfdpThreshold.nodes || edges > sfdpThreshold.edges { return .sfdp }
        return nodes > dotNodeLimit ? .neato : .dot
    }

    @Option(name: .long, help: ArgumentHelp("Where to write the diagram; '-' for standard output.", valueName: "file"))
    var output: String

    @Option(name: .long, help: "Output format (default: from the output file's extension; svg for '-').")
    var format: RenderFormat?

    @Option(name: .long, help: "Layout engine (default: dot up to 80 nodes, neato up to 800, sfdp beyond).")
    var engine: LayoutEngine?

    @Option(name: .long, help: ArgumentHelp("Draw the neighbourhood of this node (ID, label or alias).", valueName: "name"))
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
        if withRecommendations != nil && focus == nil { throw ValidationError("--with-recommendations needs --focus") }
        if let n = withRecommendations, n < 1 { throw ValidationError("--with-recommendations must be at least 1") }
        if focus != nil && !area.isEmpty { throw ValidationError("give either --focus or --area, not both") }
        if let timeout, !(timeout > 0) { throw ValidationError("--timeout must be a positive number of seconds") }
        if output != "-" && format == nil && !source && RenderFormat(fileExtension: URL(fileURLWithPath: output).pathExtension) == nil {
            throw ValidationError("cannot tell the format from '\(output)'; use --format (\(RenderFormat.allCases.map(\.rawValue).joined(separator: ", ")))")
        }
    }

    func run() throws {
        // Build once to count, then again without area boxes if the engine cannot draw clusters.
        var (dot, nodeCount, edgeCount) = try buildDOT(clusterAreas: engine?.drawsClusters ?? true)
        if source {
            if output == "-" { try StandardOutput.write(dot) } else { try AtomicFile.write(Data(dot.utf8), to: URL(fileURLWithPath: output)) }
            return
        }
        let renderFormat = format ?? (output == "-" ? .svg : RenderFormat(fileExtension: URL(fileURLWithPath: output).pathExtension)!)
        let chosen = engine ?? Self.defaultEngine(nodes: nodeCount, edges: edgeCount)
        if engine == nil && chosen == .sfdp {
            note("note: \(nodeCount) nodes and \(edgeCount) edges: using the sfdp engine (dot can take minutes on graphs this size); pass --engine dot to insist")
        }
        if engine == nil && !chosen.drawsClusters { (dot, nodeCount, edgeCount) = try buildDOT(clusterAreas: false) }
        let data: Data
        if let timeout {
            data = try RenderWorker.renderInChild(dot: dot, engine: chosen, format: renderFormat, timeout: timeout)
        } else {
            let result = try GraphvizRenderer.shared.render(dot: dot, engine: chosen, format: renderFormat)
            for warning in result.warnings { note("graphviz warning: \(warning)") }
            data = result.data
        }
        if output == "-" {
            try StandardOutput.write(data)
        } else {
            try AtomicFile.write(data, to: URL(fileURLWithPath: output))
            note("wrote \(URL(fileURLWithPath: output).path) (\(renderFormat.rawValue), \(nodeCount) nodes, \(edgeCount) edges, \(chosen.rawValue) layout)")
        }
    }

    /// The DOT text of the requested view, with its node and edge counts.
    func buildDOT(clusterAreas: Bool) throws -> (String, Int, Int) {
        guard graphInput.input != nil else { return try knowledgeDOT(try graphInput.dataOptions.load(), clusterAreas: clusterAreas) }
        let snapshot: GraphSnapshot
        if try graphInput.format() == .edgeList {
            snapshot = try graphInput.load().snapshot
        } else {
            let knowledge = try graphInput.loadKnowledgeGraph()
            if knowledge.nodes.contains(where: { $0.kind != .generic }) { return try knowledgeDOT(knowledge, clusterAreas: clusterAreas) }
            snapshot = knowledge.snapshot()
        }
        if focus != nil || !area.isEmpty || !kind.isEmpty || sizeBy != nil {
            throw ValidationError("--focus, --area, --kind and --size-by need a knowledge graph (typed nodes); this graph is drawn whole")
        }
        let diagram = DiagramBuilder.plainDiagram(of: snapshot, title: title)
        return (DOTWriter.write(diagram), diagram.nodes.count, diagram.edges.count)
    }

    private func knowledgeDOT(_ knowledge: KnowledgeGraph, clusterAreas: Bool) throws -> (String, Int, Int) {
        var request = DiagramRequest()
        request.clusterAreas = clusterAreas
        request.depth = depth
        request.title = title
        request.legend = !noLegend
        if !kind.isEmpty { request.kinds = Set(kind) }
        if let focus {
            let node = try knowledge.resolve(focus)
            request.focus = node.id
            request.highlighted = [node.id]
            if let n = withRecommendations {
                let ranked = try RecommendationRanker(graph: knowledge).rank(RecommendationQuery(nodes: [node.id])).prefix(n)
                for r in ranked {
                    request.extraNodes.append(r.id)
                    if let best = r.explanations.first { request.extraNodes += best.nodes }
                }
            }
        }
        request.areas = try area.map { try knowledge.resolve($0, kinds: [.area]).id }
        if let sizeBy {
            let view = AnalysisGraph(knowledge, directed: graphInput.directed)
            var c = CentralityRequest(measure: sizeBy)
            c.weighted = graphInput.weighted
            let ranked = try view.rankNodes(c)
            request.sizeBy = Dictionary(uniqueKeysWithValues: ranked.map { ($0.id, $0.score) })
        }
        let diagram = try DiagramBuilder.diagram(of: knowledge, request)
        return (DOTWriter.write(diagram), diagram.nodes.filter { $0.id != DiagramBuilder.legendID }.count, diagram.edges.count)
    }
}
