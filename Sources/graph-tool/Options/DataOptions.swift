import ArgumentParser
import Foundation
import Graph

extension GraphFileFormat {
    /// The extensions of every format, for help texts.
    static let extensionsHelp = ".yaml (dataset), .graphml, .gexf, .json (node-link), .gv/.dot, .edges/.edgelist/.txt"
}

/// Which graph a command works on: the bundled OSCE 2021 dataset by default, `--data FILE` for another dataset, or
/// `--input FILE` for a graph in any supported format.
struct DataOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("A dataset file in the native format (default: the bundled OSCE 2021 dataset).", valueName: "file"), completion: .file(extensions: ["yaml", "yml"]))
    var data: String?

    @Option(name: .long, help: ArgumentHelp("A graph file in any format instead of the dataset: GraphML, GEXF, node-link JSON, DOT, an edge list (u v [w] per line) or a dataset; the format comes from the extension (\(GraphFileFormat.extensionsHelp)).", valueName: "file"), completion: .file())
    var input: String?

    @Option(name: .customLong("input-format"), help: "The format of --input when its extension does not say.")
    var readFormat: ReadableFormat?
    var inputFormat: GraphFileFormat? { readFormat?.format }

    @Option(name: .customLong("max-expanded-edges"), help: ArgumentHelp("The most edges a DOT file's edge statements over subgraphs ({a b} -> {c d}) may expand to (default \(ReadLimits.default.maxExpandedEdges)).", valueName: "n"))
    var maxExpandedEdges: Int?

    @Option(name: .customLong("max-string-length"), help: ArgumentHelp("The longest quoted or HTML-like string a DOT file may hold, in bytes (default \(ReadLimits.default.maxStringLength)).", valueName: "bytes"))
    var maxStringLength: Int?

    /// The reading limits, with the defaults raised or lowered where the user asked.
    var limits: ReadLimits {
        var limits = ReadLimits.default
        if let maxExpandedEdges { limits.maxExpandedEdges = maxExpandedEdges }
        if let maxStringLength { limits.maxStringLength = maxStringLength }
        return limits
    }

    func validate() throws {
        if let n = maxExpandedEdges, n < 0 { throw ValidationError("--max-expanded-edges must be 0 or more") }
        if let n = maxStringLength, n < 1 { throw ValidationError("--max-string-length must be at least 1") }
        if input != nil && data != nil { throw ValidationError("give either --data or --input, not both") }
        if inputFormat != nil && input == nil { throw ValidationError("--input-format needs --input") }
        if (maxExpandedEdges != nil || maxStringLength != nil) && input.map({ FileManager.default.fileExists(atPath: $0) }) != false && (try? format()) != .dot {
            throw ValidationError("--max-expanded-edges and --max-string-length are limits for reading DOT (--input FILE.gv); this command reads no DOT file")
        }
        // a missing file is reported as missing (when it is read), not as an unknown extension
        if let input, inputFormat == nil, FileManager.default.fileExists(atPath: input), !Self.isFolder(input),
           GraphFileFormat(fileExtension: URL(fileURLWithPath: input).pathExtension) == nil {
            throw ValidationError("cannot tell the format of '\(input)' from its extension; use --input-format (\(GraphFileFormat.readable.map(\.rawValue).joined(separator: ", ")))")
        }
    }

    /// The folder a dataset's source paths are relative to, as a user would type it: the dataset file's folder
    /// (`data` for the bundled one, whose copy in the build folder is not the one a reader opens).
    var sourceFolder: String {
        let file = input ?? data ?? BundledDataset.displayName
        return (file as NSString).deletingLastPathComponent
    }

    /// `path` (relative to a dataset's folder) as seen from the current folder.
    static func display(path: String, in folder: String) -> String {
        folder.isEmpty ? path : folder + "/" + path
    }

    static func isFolder(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
    }

    /// The format of `--input`, or nil without one: a folder is a folder of tables (nodes.csv, edges.csv).
    func format() throws -> GraphFileFormat? {
        guard let input else { return nil }
        if let inputFormat { return inputFormat }
        if Self.isFolder(input) { return .tables }
        guard let f = GraphFileFormat(fileExtension: URL(fileURLWithPath: input).pathExtension) else {
            throw ValidationError("cannot tell the format of '\(input)' from its extension; use --input-format (\(GraphFileFormat.readable.map(\.rawValue).joined(separator: ", ")))")
        }
        return f
    }

    /// The graph as a knowledge graph (edge lists read as undirected and unweighted unless `edgeList` says otherwise).
    /// A file over 20 MB says it is being read, on a terminal, with a counter and the time left: edge lists (MB),
    /// GraphML and GEXF (lines), DOT and node-link JSON (a share); other formats with the time so far.
    func load(edgeList: EdgeListReader.Options = .init()) throws -> KnowledgeGraph {
        let file = input ?? data
        let size = file.flatMap { (try? FileManager.default.attributesOfItem(atPath: $0))?[.size] as? Int } ?? 0
        let counted: [GraphFileFormat: TerminalProgress.Unit] = [.edgeList: .bytes, .graphml: .lines, .gexf: .lines, .dot: .share, .nodeLink: .share]
        if input != nil, let format = try? format(), let unit = counted[format] {
            return try TerminalProgress.run("reading \(file ?? "")", enabled: size > 20_000_000, unit: unit) {
                try loadQuietly(edgeList: edgeList)
            }
        }
        // the dataset format (YAML) is read by a library that cannot count: its time is estimated from the size
        let estimate = (input == nil || (try? format()) == .dataset) ? Double(size) / Self.datasetBytesPerSecond : nil
        return try TerminalProgress.during("reading \(file ?? "") (\(size / 1_000_000) MB)…", enabled: size > 20_000_000, estimate: estimate) {
            try loadQuietly(edgeList: edgeList)
        }
    }

    /// An edge list (`format` `.edgeList` or `.edgeListCSV`) read straight into its snapshot with `options`, with the
    /// same progress and errors as ``load(edgeList:)``.
    func loadEdgeListSnapshot(_ input: String, format: GraphFileFormat, options: EdgeListReader.Options = .init()) throws -> GraphSnapshot {
        guard FileManager.default.fileExists(atPath: input) else { throw GraphInputError(file: input, message: "no such file") }
        let size = (try? FileManager.default.attributesOfItem(atPath: input))?[.size] as? Int ?? 0
        return try TerminalProgress.run("reading \(input)", enabled: size > 20_000_000, unit: .bytes) {
            format == .edgeListCSV
                ? try EdgeListReader.readCSVSnapshot(contentsOf: URL(fileURLWithPath: input), displayName: input, options: options)
                : try EdgeListReader.readSnapshot(contentsOf: URL(fileURLWithPath: input), displayName: input, options: options)
        }
    }

    /// A GraphML, GEXF or DOT `input` of a plain graph (names, edges, weights: `PlainGraphReader`) read straight into
    /// its snapshot, or nil for any other file, which ``load(edgeList:)`` reads then (reading the file a second time:
    /// a few milliseconds a megabyte, against seconds for the full read of a large file).
    func loadPlainSnapshot(_ input: String, format: GraphFileFormat) throws -> GraphSnapshot? {
        guard PlainGraphReader.formats.contains(format) else { return nil }
        guard FileManager.default.fileExists(atPath: input) else { throw GraphInputError(file: input, message: "no such file") }
        let size = (try? FileManager.default.attributesOfItem(atPath: input))?[.size] as? Int ?? 0
        return try TerminalProgress.during("reading \(input) (\(size / 1_000_000) MB)…", enabled: size > 20_000_000) {
            try PlainGraphReader.read(contentsOf: URL(fileURLWithPath: input), displayName: input, format: format, limits: limits)
        }
    }

    /// How fast a dataset file is read, for the time-left estimate: measured with a 21.8 MB dataset (50,000 nodes,
    /// 200,000 edges) on the 2-core development machine, 14.0 s in a debug build (`swift run`) and 5.9 s in release.
    #if DEBUG
    static let datasetBytesPerSecond = 1.5e6
    #else
    static let datasetBytesPerSecond = 3.6e6
    #endif

    private func loadQuietly(edgeList: EdgeListReader.Options) throws -> KnowledgeGraph {
        if let input, !FileManager.default.fileExists(atPath: input) { throw GraphInputError(file: input, message: "no such file") }
        if let input, try format() == .tables {
            return try GraphTables.read(folder: URL(fileURLWithPath: input), displayName: input)
        }
        if let input, let format = try format() {
            return try GraphIO.read(contentsOf: URL(fileURLWithPath: input), displayName: input, format: format, edgeList: edgeList, limits: limits)
        }
        if let data {
            return try DatasetReader.read(contentsOf: URL(fileURLWithPath: data), displayName: data)
        }
        do { return try BundledDataset.load() } catch {
            guard (try? BundledDataset.url()) == nil else { throw error }
            throw HintedError(error.description + "; pass --data FILE")
        }
    }
}
