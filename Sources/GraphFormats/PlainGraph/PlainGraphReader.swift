import Foundation
import GraphCore

/// Reads GraphML, GEXF and DOT files of plain graphs (nodes that carry nothing but their names, edges that carry
/// nothing but their ends and perhaps a weight, no parallel edges) straight into a ``/GraphCore/GraphSnapshot``,
/// from their bytes, without the XML parser or Graphviz and without a model object per node and edge: on a
/// million-edge file, most of a full read's time and memory.
///
/// Each format's plain reader (`PlainGraphML`, `PlainGEXF`, `PlainDOT`) accepts a strict subset of the format, the
/// one our writers (`SnapshotExport`) and other programs write for such graphs, and returns nil for any file outside
/// it: then the format's full reader reads the file, with its rules and its error messages. So this changes how fast
/// a file is read, never what is read from it: for every file it accepts, `snapshot.knowledgeGraph()` is the model
/// `GraphIO.read` builds (`PlainGraphReaderTests` compares the two on generated and mutated files, and the format
/// fuzzers check it on every input they make).
package enum PlainGraphReader {
    /// The formats with a plain reader.
    package static let formats: Set<GraphFileFormat> = [.graphml, .gexf, .dot]

    /// The snapshot of the file at `url` in `format`, or nil when the file is not plain (``snapshot(_:format:limits:)``)
    /// or the format has no plain reader, without reading it then.
    /// - Throws: ``GraphInputError`` when the file cannot be read (missing, a folder, empty, unreadable).
    package static func read(contentsOf url: URL, displayName: String? = nil, format: GraphFileFormat, limits: ReadLimits = .default) throws(GraphInputError) -> GraphSnapshot? {
        guard formats.contains(format) else { return nil }
        return snapshot(try TextInput.readData(at: url, displayName: displayName ?? url.path), format: format, limits: limits)
    }

    /// The snapshot of `data` in `format`, or nil when the file is not plain (or the format has no plain reader).
    package static func snapshot(_ data: Data, format: GraphFileFormat, limits: ReadLimits = .default) -> GraphSnapshot? {
        data.withUnsafeBytes { bytes -> GraphSnapshot? in
            guard !bytes.isEmpty else { return nil }
            switch format {
            case .graphml: return PlainGraphML.snapshot(bytes)
            case .gexf: return PlainGEXF.snapshot(bytes)
            case .dot: return PlainDOT.snapshot(bytes, limits: limits)
            default: return nil
            }
        }
    }
}
