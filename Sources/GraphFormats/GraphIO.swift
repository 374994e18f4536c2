import Foundation
import GraphCore

/// The graph file formats the library reads and writes.
public enum GraphFileFormat: String, CaseIterable, Sendable {
    /// A supported format: the native dataset (YAML), GraphML, GEXF, node-link JSON, DOT or an edge list; an
    /// openCypher script (written only: ``isReadable``); and two folders of CSV tables (``isFolder``): spreadsheet
    /// tables in Gephi's columns (``GraphTables``) and Neo4j's bulk-import files (``Neo4jImportWriter``, written only).
    case dataset, graphml, gexf, nodeLink = "node-link", dot, edgeList = "edgelist", edgeListCSV = "edgelist-csv", cypher, tables, neo4j

    /// Whether the library reads the format (a Cypher script and Neo4j's import files are ways into a graph
    /// database, not graph files to read back).
    public var isReadable: Bool { self != .cypher && self != .neo4j }

    /// Whether the format is a folder of files rather than one file.
    public var isFolder: Bool { self == .tables || self == .neo4j }

    /// The formats the library reads.
    public static var readable: [GraphFileFormat] { allCases.filter(\.isReadable) }

    /// The file extensions that ask for the format (without the dot), the usual one first.
    public var fileExtensions: [String] {
        switch self {
        case .dataset: ["yaml", "yml"]
        case .graphml: ["graphml", "xml"]
        case .gexf: ["gexf"]
        case .nodeLink: ["json"]
        case .dot: ["gv", "dot"]
        case .edgeList: ["edges", "edgelist", "txt"]
        case .edgeListCSV: ["csv"]
        case .cypher: ["cypher", "cql"]
        case .tables, .neo4j: []
        }
    }

    /// The format a file name asks for (see ``fileExtensions``), case-insensitively, or `nil`.
    public init?(fileExtension ext: String) {
        let lowered = ext.lowercased()
        guard let format = Self.allCases.first(where: { $0.fileExtensions.contains(lowered) }) else { return nil }
        self = format
    }
}

/// Reading and writing any supported format as a ``/GraphCore/KnowledgeGraph``.
public enum GraphIO {
    /// Reads a graph file in `format` (default: from the extension), within `limits` (see ``ReadLimits``); `edgeList`
    /// says whether an edge list is directed and weighted (the other formats say so themselves).
    /// - Throws: ``GraphInputError`` naming the file, line and reason.
    public static func read(contentsOf url: URL, displayName: String? = nil, format: GraphFileFormat? = nil,
                            edgeList: EdgeListReader.Options = EdgeListReader.Options(), limits: ReadLimits = .default) throws(GraphInputError) -> KnowledgeGraph {
        let name = displayName ?? url.path
        var isDirectory: ObjCBool = false
        if format == nil || format == .tables, FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), isDirectory.boolValue {
            return try GraphTables.read(folder: url, displayName: name)
        }
        guard let format = format ?? GraphFileFormat(fileExtension: url.pathExtension) else {
            let known = GraphFileFormat.readable.flatMap { $0.fileExtensions.map { "." + $0 } }.joined(separator: ", ")
            throw GraphInputError(file: name, message: "cannot tell the format from the file name; known extensions: \(known)")
        }
        return try read(data: TextInput.readData(at: url, displayName: name), file: name, format: format, edgeList: edgeList, limits: limits)
    }

    /// Reads a graph in `format` from bytes in memory; `file` names them in errors.
    /// - Throws: ``GraphInputError`` naming the file, line and reason.
    public static func read(data: Data, file: String, format: GraphFileFormat, edgeList: EdgeListReader.Options = EdgeListReader.Options(),
                            limits: ReadLimits = .default) throws(GraphInputError) -> KnowledgeGraph {
        switch format {
        case .dataset: return try DatasetReader.read(data: data, file: file)
        case .graphml: return try GraphMLReader.read(data: data, file: file)
        case .gexf: return try GEXFReader.read(data: data, file: file)
        case .nodeLink: return try NodeLinkReader.read(data: data, file: file)
        case .dot: return try DOTReader.read(data: data, file: file, limits: limits)
        case .edgeList:
            return try EdgeListReader.read(data: data, file: file, options: edgeList)
        case .edgeListCSV:
            return try EdgeListReader.readCSVSnapshot(data: data, file: file, options: edgeList).knowledgeGraph()
        case .cypher, .neo4j:
            throw GraphInputError(file: file, message: "\(format.rawValue) files are written for a graph database, not read; read the graph they came from")
        case .tables:
            throw GraphInputError(file: file, message: "tables are a folder holding nodes.csv and edges.csv: read the folder (GraphTables.read(folder:))")
        }
    }

    /// Writes a folder format (``GraphFileFormat/isFolder``) into `folder`, each file atomically.
    /// - Returns: what the format could not hold.
    public static func write(_ graph: KnowledgeGraph, as format: GraphFileFormat, to folder: URL) throws -> [String] {
        switch format {
        case .tables: return try GraphTables.write(graph, to: folder)
        case .neo4j: return try Neo4jImportWriter.write(graph, to: folder)
        default: throw GraphWriteError(format: format, problems: ["\(format.rawValue) is one file, not a folder"])
        }
    }

    /// GraphML, GEXF and spreadsheet tables have no list type: a list attribute is written as its JSON text, and read
    /// back as that text.
    static func listsNotKept(_ graph: KnowledgeGraph) -> [String] {
        let count = valueCount(in: graph, where: \.isList)
        return count == 0 ? [] : ["the list type of \(count) value(s) (written as JSON text, and read back as text)"]
    }

    /// GraphML, GEXF and node-link JSON have no HTML-like strings (DOT's `label=<…>`): such values are written as
    /// their text, and a node's HTML-like label becomes its plain label.
    static func htmlNotKept(_ graph: KnowledgeGraph) -> [String] {
        let count = valueCount(in: graph) { if case .html = $0 { true } else { false } }
        return count == 0 ? [] : ["the HTML-like markup of \(count) value(s) (written as plain text)"]
    }

    /// How many attribute values of the graph, its nodes and its edges satisfy `predicate`: for the notes on what a
    /// format does not keep.
    static func valueCount(in graph: KnowledgeGraph, where predicate: (AttributeValue) -> Bool) -> Int {
        graph.attributes.values.filter(predicate).count
            + graph.nodes.reduce(0) { $0 + $1.attributes.values.filter(predicate).count }
            + graph.edges.reduce(0) { $0 + $1.attributes.values.filter(predicate).count }
    }

    /// The text of `graph` in `format`, with notes on what the format could not hold; GEXF in `gexfVersion`,
    /// node-link JSON with its edge list under `nodeLinkEdges`.
    /// - Throws: ``GraphWriteError`` naming what the format cannot write as it is (the export is refused rather than
    ///   written differently from the graph).
    public static func write(_ graph: KnowledgeGraph, as format: GraphFileFormat, gexfVersion: GEXFWriter.Version = .v1_3,
                             nodeLinkEdges: NodeLinkWriter.EdgesKey = .edges) throws(GraphWriteError) -> WrittenGraph {
        switch format {
        case .dataset: try DatasetWriter.write(graph)
        case .graphml: try GraphMLWriter.write(graph)
        case .gexf: try GEXFWriter.write(graph, version: gexfVersion)
        case .nodeLink: try NodeLinkWriter.write(graph, edgesKey: nodeLinkEdges)
        case .dot: try DOTExporter.write(graph)
        case .edgeList: try EdgeListWriter.write(graph)
        case .edgeListCSV: try EdgeListWriter.writeCSV(graph)
        case .cypher: try CypherWriter.write(graph)
        case .tables, .neo4j:
            throw GraphWriteError(format: format, problems: ["\(format.rawValue) is a folder of files: write it with GraphIO.write(_:as:to:)"])
        }
    }
}
