import Foundation
import GraphCore

/// The graph file formats the library reads and writes.
public enum GraphFileFormat: String, CaseIterable, Sendable {
    /// A supported format: the native dataset (YAML), GraphML, GEXF, node-link JSON, DOT or an edge list; and an
    /// openCypher script (written only: ``isReadable``).
    case dataset, graphml, gexf, nodeLink = "node-link", dot, edgeList = "edgelist", cypher

    /// Whether the library reads the format (a Cypher script is a way into a graph database, not a graph file).
    public var isReadable: Bool { self != .cypher }

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
        case .cypher: ["cypher", "cql"]
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
        case .cypher:
            throw GraphInputError(file: file, message: "a Cypher script is written for a graph database (export -o FILE.cypher), not read; read the graph it came from")
        }
    }

    /// GraphML, GEXF and node-link JSON have no HTML-like strings (DOT's `label=<…>`): such values are written as
    /// their text, and a node's HTML-like label becomes its plain label.
    static func htmlNotKept(_ graph: KnowledgeGraph) -> [String] {
        func isHTML(_ v: AttributeValue) -> Bool { if case .html = v { true } else { false } }
        let count = graph.attributes.values.filter(isHTML).count
            + graph.nodes.reduce(0) { $0 + $1.attributes.values.filter(isHTML).count }
            + graph.edges.reduce(0) { $0 + $1.attributes.values.filter(isHTML).count }
        return count == 0 ? [] : ["the HTML-like markup of \(count) value(s) (written as plain text)"]
    }

    /// The text of `graph` in `format`, with notes on what the format could not hold; GEXF in `gexfVersion`.
    /// - Throws: ``GraphWriteError`` naming what the format cannot write as it is (the export is refused rather than
    ///   written differently from the graph).
    public static func write(_ graph: KnowledgeGraph, as format: GraphFileFormat,
                             gexfVersion: GEXFWriter.Version = .v1_3) throws(GraphWriteError) -> WrittenGraph {
        switch format {
        case .dataset: try DatasetWriter.write(graph)
        case .graphml: try GraphMLWriter.write(graph)
        case .gexf: try GEXFWriter.write(graph, version: gexfVersion)
        case .nodeLink: try NodeLinkWriter.write(graph)
        case .dot: try DOTExporter.write(graph)
        case .edgeList: try EdgeListWriter.write(graph)
        case .cypher: try CypherWriter.write(graph)
        }
    }
}
