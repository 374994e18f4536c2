import ArgumentParser
import Foundation
import Graph

struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Convert a graph between formats: dataset (.yaml), GraphML, GEXF, node-link JSON, DOT, edge list; or write an openCypher script (.cypher).",
        discussion: """
            With no --input, exports the bundled dataset. Kinds, relations, labels and provenance travel as attributes \
            (kind, relation, label, evidence, sources…), so dataset → GraphML/node-link → dataset is lossless; GEXF has no place \
            for graph-level data (the bibliography), and the export says so. \
            Edge lists keep only names, edges and weights; what they cannot hold is listed on stderr. The output is \
            written atomically. See docs/formats.md.
            """
    )

    @Option(name: [.customShort("o"), .long], help: ArgumentHelp("Where to write; '-' for standard output; a folder for -T tables (nodes.csv, edges.csv) and -T neo4j (neo4j-admin import files).", valueName: "file"), completion: .file())
    var output: String

    @Option(name: [.customShort("T"), .customLong("type")], help: "The file type to write (default: from the output file's extension). Not --format, which picks table, JSON or CSV in the commands that print results.")
    var format: GraphFileFormat?

    @Option(name: .customLong("gexf-version"), help: "The GEXF version to write: 1.3 (Gephi 0.10) or 1.2 (what NetworkX writes, and reads before 3.3). GEXF output only.")
    var gexfVersion: GEXFWriter.Version?

    @Option(name: .customLong("node-link-edges"), help: "The name of node-link JSON's edge list: edges (NetworkX 3.4 and later) or links (NetworkX before 3.4, d3.js, node_link_graph(data, edges=\"links\")). Node-link output only.")
    var nodeLinkEdges: NodeLinkWriter.EdgesKey?

    @Option(name: .long, help: ArgumentHelp("Export the neighbourhood of this node (ID, label or alias) instead of the whole graph.", valueName: "name"), completion: Completions.nodes)
    var focus: String?

    @Option(name: .long, help: "Hops around --focus.")
    var depth: Int = 1

    @Option(name: .long, help: "Export the recommendations of this area and what they are linked to (repeatable).")
    var area: [String] = []

    @Option(name: .long, help: "Keep only nodes of this kind (repeatable).")
    var kind: [NodeKind] = []

    @OptionGroup var graphInput: GraphInputOptions

    func validate() throws {
        if depth < 0 { throw ValidationError("--depth must be 0 or more") }
        if graphInput.undirected { throw ValidationError("an export keeps the graph's direction as it is: --undirected would change nothing") }
        if graphInput.directed || graphInput.weighted {
            let edgeList = [GraphFileFormat.edgeList, .edgeListCSV].contains(try? graphInput.format())
            if !edgeList { throw ValidationError("--directed and --weighted say how to read an edge list (--input FILE.edges); other formats carry both themselves") }
        }
        if focus != nil && !area.isEmpty { throw ValidationError("give either --focus or --area, not both") }
        let target = format ?? GraphFileFormat(fileExtension: URL(fileURLWithPath: output).pathExtension)
        if gexfVersion != nil && target != .gexf {
            throw ValidationError("--gexf-version applies to GEXF output only (-T gexf or an output file ending in .gexf)")
        }
        if nodeLinkEdges != nil && target != .nodeLink {
            throw ValidationError("--node-link-edges applies to node-link JSON output only (-T node-link or an output file ending in .json)")
        }
        if let format, format.isFolder, output == "-" { throw ValidationError("-T \(format.rawValue) writes a folder of files; give -o FOLDER") }
        if format == nil && (output == "-" || GraphFileFormat(fileExtension: URL(fileURLWithPath: output).pathExtension) == nil) {
            throw ValidationError("cannot tell the output format from '\(output)'; use -T (\(GraphFileFormat.allCases.map(\.rawValue).joined(separator: ", ")))")
        }
    }

    func run() throws {
        let target = format ?? GraphFileFormat(fileExtension: URL(fileURLWithPath: output).pathExtension)!
        let graph: KnowledgeGraph
        if let snapshot = try wholePlainGraph() {
            // names, edges and weights only: written from the snapshot when the format allows, else through the model
            if !target.isFolder, let written = SnapshotExport.write(snapshot, as: target, gexfVersion: gexfVersion ?? .v1_3, nodeLinkEdges: nodeLinkEdges ?? .edges) {
                try deliver(written, as: target, nodes: snapshot.graph.nodeCount, edges: snapshot.graph.edgeCount)
                return
            }
            graph = snapshot.knowledgeGraph()
        } else {
            let whole = try graphInput.loadKnowledgeGraph()
            // a part of the graph is marked as one (graph attribute 'subgraph'), so readers do not ask it for the
            // edges the rest of the graph holds
            graph = try whole.subgraph(focus: try focus.map { try whole.resolve($0).id }, depth: depth,
                                       areas: try area.map { try whole.resolve($0, kinds: [.area]).id }, kinds: kind.isEmpty ? nil : Set(kind))
        }
        if target.isFolder {
            let folder = URL(fileURLWithPath: output)
            for item in try GraphIO.write(graph, as: target, to: folder) { note("note: the \(target.rawValue) format does not keep \(item)") }
            note("wrote \(folder.path)/ (\(target.rawValue), \(graph.nodeCount) nodes, \(graph.edgeCount) edges)")
            return
        }
        let written = try GraphIO.write(graph, as: target, gexfVersion: gexfVersion ?? .v1_3, nodeLinkEdges: nodeLinkEdges ?? .edges)
        try deliver(written, as: target, nodes: graph.nodeCount, edges: graph.edgeCount)
    }

    /// The snapshot of a whole edge list, or of a whole GraphML, GEXF or DOT file of a plain graph (no --focus,
    /// --area, --kind or --min-evidence to apply), read without the model; nil for any other input.
    private func wholePlainGraph() throws -> GraphSnapshot? {
        guard let input = graphInput.input, focus == nil, area.isEmpty, kind.isEmpty, graphInput.minEvidence == .inferred,
              let format = try graphInput.format() else { return nil }
        if format == .edgeList || format == .edgeListCSV {
            return try graphInput.dataOptions.loadEdgeListSnapshot(input, format: format, options: .init(directed: graphInput.directed, weighted: graphInput.weighted))
        }
        return try graphInput.dataOptions.loadPlainSnapshot(input, format: format)
    }

    /// Writes the export to its file (atomically) or standard output, after the notes on what it could not keep.
    private func deliver(_ written: WrittenGraph, as target: GraphFileFormat, nodes: Int, edges: Int) throws {
        for item in written.notKept { note("note: the \(target.rawValue) format does not keep \(item)") }
        if output == "-" {
            try StandardOutput.write(written.data)
        } else {
            try AtomicFile.write(written.data, to: URL(fileURLWithPath: output))
            note("wrote \(URL(fileURLWithPath: output).path) (\(target.rawValue), \(nodes) nodes, \(edges) edges)")
        }
    }
}
