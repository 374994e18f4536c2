import Foundation
import GraphCore

/// Reads plain edge lists: one edge per line, `u v` or `u v w`, whitespace separated, `#` starts a comment; and the
/// comma-separated variant (``readCSVSnapshot(data:file:options:)``, `.csv`): `u,v` or `u,v,w` per RFC 4180, no header.
///
/// Node names are any non-blank tokens, numbered in order of first appearance. A name with spaces or `#` is written in
/// double quotes, a quote inside it doubled (`"New York" Boston`); a quote anywhere else, or one never closed, is an
/// error naming the line and column, so `"New York" Boston` never silently becomes the nodes `"New` and `York"`. As NetworkX `read_edgelist` into a
/// `Graph`/`DiGraph`, a repeated edge is one edge (the last weight wins; on undirected graphs `u v` and `v u` are the
/// same edge). The third column is read as a weight only when `weighted` is true, and must then be a finite number.
/// Every bad line is reported with the file and line number, all in one ``GraphInputError``.
///
/// ``read(data:file:options:)`` returns a ``/GraphCore/KnowledgeGraph`` like every other reader (nodes of kind
/// `generic`, `linked` edges with their weights). ``readSnapshot(data:file:options:)`` skips the model and builds the
/// ``/GraphCore/GraphSnapshot`` the algorithms run on directly: for analysing large edge lists (a million edges load
/// in a fraction of the time and memory). The parser works on the raw bytes; an unweighted file of nothing but
/// numbered edges, blank lines and comments takes a fast path that reads the same snapshot on every core, and
/// elsewhere all-digit names skip string hashing.
public enum EdgeListReader {
    /// Options for reading.
    public struct Options: Sendable {
        /// Read `u v` as an edge from `u` to `v` (otherwise undirected).
        public var directed: Bool
        /// Read the third column as the edge's weight.
        public var weighted: Bool
        /// Options; undirected and unweighted by default.
        public init(directed: Bool = false, weighted: Bool = false) {
            self.directed = directed
            self.weighted = weighted
        }
    }

    /// At most this many problems are listed; the count of the rest is given.
    static let maxReportedProblems = 50

    /// Reads an edge-list file as a knowledge graph. - Throws: ``GraphInputError`` naming every bad line.
    public static func read(contentsOf url: URL, displayName: String? = nil, options: Options = Options()) throws(GraphInputError) -> KnowledgeGraph {
        try readSnapshot(contentsOf: url, displayName: displayName, options: options).knowledgeGraph()
    }

    /// Reads edge-list bytes as a knowledge graph; `file` names them in errors.
    public static func read(data: Data, file: String, options: Options = Options()) throws(GraphInputError) -> KnowledgeGraph {
        try readSnapshot(data: data, file: file, options: options).knowledgeGraph()
    }

    /// Reads a comma-separated edge-list file straight into the snapshot (see ``readCSVSnapshot(data:file:options:)``).
    public static func readCSVSnapshot(contentsOf url: URL, displayName: String? = nil, options: Options = Options()) throws(GraphInputError) -> GraphSnapshot {
        let name = displayName ?? url.path
        return try readCSVSnapshot(data: TextInput.readData(at: url, displayName: name), file: name, options: options)
    }

    /// Reads a comma-separated edge list (`u,v` or `u,v,w` per RFC 4180 record; a first record `source,target` or
    /// `source,target,weight`, in any case, is a header and skipped) straight into the snapshot, with the same rules
    /// as the plain edge list. - Throws: ``GraphInputError`` naming every bad record's line and column.
    public static func readCSVSnapshot(data: Data, file: String, options: Options = Options()) throws(GraphInputError) -> GraphSnapshot {
        let text = try TextInput.decode(data, file: file)
        var records = try CSV.records(text, file: file)
        if let first = records.first, first.fields.count >= 2, first.fields.count <= 3,
           first.fields.map({ $0.lowercased() }) == Array(["source", "target", "weight"].prefix(first.fields.count)) {
            records.removeFirst()
        }
        guard !records.isEmpty else { throw GraphInputError(file: file, message: "the file is empty (no edges)") }
        var problems: [Diagnostic] = []
        var names: [String] = [], byName: [String: Int32] = [:]
        var sources: [Int32] = [], targets: [Int32] = [], weights: [Double] = []
        var firstNegative: GraphSnapshot.NegativeWeightRecord?
        func index(_ name: String) -> Int32 {
            if let i = byName[name] { return i }
            let i = Int32(names.count)
            names.append(name); byName[name] = i
            return i
        }
        for r in records {
            guard r.fields.count == 2 || r.fields.count == 3 else {
                problems.append(Diagnostic(file: file, line: r.line, column: r.fields.count > 3 ? r.columns[3] : nil, message: "expected 2 or 3 fields (source,target[,weight]), found \(r.fields.count)"))
                continue
            }
            if let empty = r.fields.prefix(2).firstIndex(where: \.isEmpty) {
                problems.append(Diagnostic(file: file, line: r.lines[empty], column: r.columns[empty], message: "an empty node name")); continue
            }
            var weight = 1.0
            if options.weighted {
                guard r.fields.count == 3 else { problems.append(Diagnostic(file: file, line: r.line, field: "weight", message: "missing weight (third field) while reading a weighted edge list")); continue }
                guard let w = Double(r.fields[2]), w.isFinite else {
                    problems.append(Diagnostic(file: file, line: r.lines[2], column: r.columns[2], field: "weight", message: "weight '\(r.fields[2].prefix(40))' is not a finite number")); continue
                }
                weight = w
            }
            let u = index(r.fields[0]), v = index(r.fields[1])
            sources.append(u); targets.append(v)
            if options.weighted { weights.append(weight) }
            if weight < 0 && firstNegative == nil { firstNegative = .init(source: NodeID(r.fields[0]), target: NodeID(r.fields[1]), weight: weight, line: r.line) }
        }
        guard problems.isEmpty else { throw GraphInputError(Array(problems.prefix(maxReportedProblems))) }
        let graph = CompactGraph(nodeCount: names.count, isDirected: options.directed, sources: sources, targets: targets,
                                 relations: nil, weights: options.weighted ? weights : nil).simplified()
        var snapshot = GraphSnapshot(graph: graph, ids: names.map { NodeID($0) }, kinds: [NodeKind](repeating: .generic, count: names.count), labels: names)
        snapshot.firstNegativeWeight = firstNegative
        return snapshot
    }

    /// Reads an edge-list file straight into the snapshot the algorithms run on.
    public static func readSnapshot(contentsOf url: URL, displayName: String? = nil, options: Options = Options()) throws(GraphInputError) -> GraphSnapshot {
        let name = displayName ?? url.path
        let data = try TextInput.readData(at: url, displayName: name)
        return try readSnapshot(data: data, file: name, options: options)
    }

    /// Reads edge-list bytes straight into the snapshot the algorithms run on; `file` names them in errors.
    /// With an ``/GraphCore/AlgorithmProgress`` reporter set, reports the bytes parsed (a unit per byte, about every MiB).
    public static func readSnapshot(data: Data, file: String, options: Options = Options()) throws(GraphInputError) -> GraphSnapshot {
        let progress = AlgorithmProgress.reporter
        if !options.weighted, let numbered = data.withUnsafeBytes({ NumberedEdgeList.snapshot($0, directed: options.directed, progress: progress) }) {
            return numbered
        }
        var parser = EdgeListParser(file: file, options: options)
        parser.progress = progress
        data.withUnsafeBytes { parser.parse(UnsafeRawBufferPointer($0)) }
        if parser.sawNoContent && parser.problems.isEmpty {
            throw GraphInputError(file: file, message: "the file is empty (no edges)")
        }
        guard parser.problems.isEmpty else {
            var list = Array(parser.problems.prefix(maxReportedProblems))
            if parser.problems.count > maxReportedProblems {
                list.append(Diagnostic(file: file, message: "… and \(parser.problems.count - maxReportedProblems) more problem(s)"))
            }
            throw GraphInputError(list)
        }
        return parser.snapshot()
    }
}

/// The byte-level state machine behind ``EdgeListReader``.
struct EdgeListParser {
    let file: String
    let options: EdgeListReader.Options
    var problems: [Diagnostic] = []
    var sawNoContent = true

    private var names: [String] = []
    private var byName: [String: Int32] = [:]
    private var byNumber: [Int32] = []          // dense map for canonical non-negative integers below denseLimit
    static let denseLimit = 1 << 22
    private var sources: [Int32] = []
    private var targets: [Int32] = []
    private var weights: [Double] = []
    private var firstNegativeWeight: GraphSnapshot.NegativeWeightRecord?
    /// Told of the bytes parsed, about every ``progressStep`` bytes.
    var progress: ProgressReporter?
    static let progressStep = 1 << 20

    init(file: String, options: EdgeListReader.Options) {
        self.file = file
        self.options = options
    }

    mutating func parse(_ bytes: UnsafeRawBufferPointer) {
        let count = bytes.count
        // A leading UTF-8 byte-order mark is not part of the first name.
        var i = count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0
        var line = 1
        var tokenStart = [Int](repeating: 0, count: 4), tokenEnd = [Int](repeating: 0, count: 4)
        var tokenQuoted = [Bool](repeating: false, count: 4)
        var reported = 0
        defer { progress?.advance(by: count - reported, of: count) }
        while i < count {
            if let progress, i - reported >= Self.progressStep {
                progress.advance(by: i - reported, of: count)
                reported = i
            }
            // one line: collect up to 4 token ranges
            var tokens = 0, lineEnd = i
            var badByte = -1
            var quoteProblem: (column: Int, message: String)?
            while lineEnd < count && bytes[lineEnd] != 0x0A { lineEnd += 1 }
            var j = i
            var contentEnd = lineEnd
            if contentEnd > i && bytes[contentEnd - 1] == 0x0D { contentEnd -= 1 }
            while j < contentEnd {
                let b = bytes[j]
                if b == 0x23 { break }                       // '#'
                if b == 0x20 || b == 0x09 { j += 1; continue }
                if b == 0x22 {                               // '"': a quoted name, '""' inside for a quote
                    let open = j
                    j += 1
                    let start = j
                    var closed = false
                    while j < contentEnd {
                        if bytes[j] == 0x22 {
                            if j + 1 < contentEnd && bytes[j + 1] == 0x22 { j += 2; continue }
                            closed = true; break
                        }
                        if bytes[j] == 0 && badByte < 0 { badByte = j }
                        j += 1
                    }
                    if !closed { quoteProblem = quoteProblem ?? (open - i + 1, "this quote is never closed"); break }
                    if tokens < 4 { tokenStart[tokens] = start; tokenEnd[tokens] = j; tokenQuoted[tokens] = true }
                    tokens += 1
                    j += 1
                    if j < contentEnd && bytes[j] != 0x20 && bytes[j] != 0x09 && bytes[j] != 0x23 {
                        quoteProblem = quoteProblem ?? (j - i + 1, "text right after a closing quote (a quote inside a quoted name is written twice)")
                        break
                    }
                    continue
                }
                let start = j
                while j < contentEnd {
                    let c = bytes[j]
                    if c == 0x20 || c == 0x09 || c == 0x23 { break }
                    if c == 0 && badByte < 0 { badByte = j }
                    if c == 0x22 && quoteProblem == nil { quoteProblem = (j - i + 1, "a quote inside a name: put the whole name in double quotes (\"New York\")") }
                    j += 1
                }
                if tokens < 4 { tokenStart[tokens] = start; tokenEnd[tokens] = j; tokenQuoted[tokens] = false }
                tokens += 1
            }
            if badByte >= 0 {
                report(line, "NUL byte at column \(badByte - i + 1): this is not a text file")
            } else if let quoteProblem {
                sawNoContent = false
                problems.append(Diagnostic(file: file, line: line, column: quoteProblem.column, message: quoteProblem.message))
            } else if tokens > 0 {
                sawNoContent = false
                handle(bytes, line: line, tokens: tokens, starts: tokenStart, ends: tokenEnd, quoted: tokenQuoted)
            }
            i = lineEnd + 1
            line += 1
        }
    }

    /// The index of the node named by the canonical number `value` (below ``denseLimit``) in the dense map `numbers`,
    /// new ones numbered in order and named in `names`.
    @inline(__always)
    private static func numberedNode(_ value: Int, numbers: inout [Int32], names: inout [String]) -> Int32 {
        if value >= numbers.count { numbers += [Int32](repeating: -1, count: max(value + 1 - numbers.count, numbers.count)) }
        let found = numbers[value]
        if found >= 0 { return found }
        let id = Int32(names.count)
        names.append(String(value)); numbers[value] = id
        return id
    }

    private mutating func report(_ line: Int, _ message: String, field: String? = nil) {
        problems.append(Diagnostic(file: file, line: line, field: field, message: message))
    }

    private mutating func handle(_ bytes: UnsafeRawBufferPointer, line: Int, tokens: Int, starts: [Int], ends: [Int], quoted: [Bool]) {
        guard tokens == 2 || tokens == 3 else {
            report(line, "expected 2 or 3 columns (u v [weight]), found \(tokens)")
            return
        }
        var weight = 1.0
        if tokens == 3 && options.weighted {
            let text = String(decoding: UnsafeRawBufferPointer(rebasing: bytes[starts[2]..<ends[2]]), as: UTF8.self)
            guard let w = Double(text), w.isFinite else {
                report(line, "weight '\(text.prefix(40))' is not a finite number", field: "weight")
                return
            }
            weight = w
        } else if tokens == 2 && options.weighted {
            report(line, "missing weight (third column) while reading a weighted edge list", field: "weight")
            return
        }
        guard let u = node(bytes, starts[0], ends[0], quoted: quoted[0], line: line), let v = node(bytes, starts[1], ends[1], quoted: quoted[1], line: line) else { return }
        sources.append(u); targets.append(v)
            if options.weighted { weights.append(weight) }
        if weight < 0 && firstNegativeWeight == nil {
            firstNegativeWeight = .init(source: NodeID(names[Int(u)]), target: NodeID(names[Int(v)]), weight: weight, line: line)
        }
    }

    private mutating func node(_ bytes: UnsafeRawBufferPointer, _ start: Int, _ end: Int, quoted: Bool, line: Int) -> Int32? {
        // Canonical non-negative integers below denseLimit ("0", "17"; not "017"), quoted or not, are found through a
        // table; larger ones take the string path, always, so one name never gets two indices
        if let value = GraphSnapshot.canonicalNumber(utf8: UnsafeRawBufferPointer(rebasing: bytes[start..<end]), below: Self.denseLimit) {
            return Self.numberedNode(value, numbers: &byNumber, names: &names)
        }
        guard var name = String(validating: UnsafeRawBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self) else {
            report(line, "node name is not valid UTF-8 (column \(start + 1)); save the file as UTF-8")
            return nil
        }
        if quoted {
            name = name.replacingOccurrences(of: "\"\"", with: "\"")
            if name.isEmpty { report(line, "an empty name (two quotes with nothing between them)"); return nil }
        }
        if let existing = byName[name] { return existing }
        let id = Int32(names.count)
        names.append(name); byName[name] = id
        return id
    }

    func snapshot() -> GraphSnapshot {
        let graph = CompactGraph(nodeCount: names.count, isDirected: options.directed, sources: sources, targets: targets,
                                 relations: nil, weights: options.weighted ? weights : nil).simplified()
        let ids = names.map { NodeID($0) }, kinds = [NodeKind](repeating: .generic, count: names.count)
        // every name a canonical number: the table that numbered them finds them again
        var snapshot = byName.isEmpty
            ? GraphSnapshot(graph: graph, ids: ids, kinds: kinds, labels: names, index: .byNumber(table: byNumber))
            : GraphSnapshot(graph: graph, ids: ids, kinds: kinds, labels: names)
        snapshot.firstNegativeWeight = firstNegativeWeight
        return snapshot
    }
}
