import GraphCore

/// A linear pass over DOT bytes before Graphviz's parser sees them.
///
/// cgraph's parser is trusted for the grammar, but not for these: it silently keeps only the first graph of a file
/// (and leaves the rest in its lexer for the next parse); it expands edge statements over subgraphs without bound; its
/// string scanner is quadratic; and it reads any bytes. So this pass tokenises the file (comments, quoted and
/// HTML-like strings, IDs, punctuation) and refuses, with the line and column:
/// - content after the end of the first graph (DOT files hold one graph here);
/// - an unterminated comment, quoted string or HTML-like string (the lexer would carry its state into the next parse);
/// - edge statements over subgraphs that expand to more than ``ReadLimits/maxExpandedEdges`` edges (an upper bound:
///   every node mention inside a subgraph operand counts);
/// - a string longer than ``ReadLimits/maxStringLength``, nesting deeper than ``ReadLimits/maxNesting``;
/// - bytes that are not UTF-8, unless the graph declares `charset=latin1` (Graphviz's other charset).
enum DOTInputCheck {
    /// What the pass learnt: whether the file declares Latin-1.
    struct Summary {
        var latin1 = false
    }

    static let latin1Names: Set<String> = ["latin1", "latin-1", "iso-8859-1", "l1", "iso_8859-1", "iso-ir-100", "ibm819", "cp819", "csisolatin1"]

    static func check(_ bytes: [UInt8], file: String, limits: ReadLimits) throws(GraphInputError) -> Summary {
        var scanner = DOTScanner(bytes: bytes, file: file, limits: limits)
        try scanner.run()
        let latin1 = scanner.charset.map { latin1Names.contains($0.lowercased()) } ?? false
        if !latin1 {
            do { _ = try TextInput.validate(bytes, file: file) } catch {
                var e = error
                if let d = e.diagnostics.first, d.message.hasPrefix("invalid UTF-8") {
                    e.diagnostics[0].message += " (or declare the graph's charset: graph [charset=latin1])"
                }
                throw e
            }
        }
        return Summary(latin1: latin1)
    }
}

private struct DOTScanner {
    enum Token: Equatable {
        case identifier(String)   // names and keywords
        case literal              // numbers, quoted and HTML-like strings
        case edgeOperator
        case punctuation(UInt8)
    }

    /// One `{ … }` being read: how many node mentions it holds so far and where its current edge statement is.
    struct Scope {
        var mentions = 0
        /// Size of the operand just read in the current statement (a node is 1, a subgraph its mentions).
        var previous: Int?
        var afterEdgeOperator = false
        var statement = Place(line: 0, lineStart: 0, offset: 0)
    }

    let bytes: [UInt8]
    let file: String
    let limits: ReadLimits
    var i = 0
    var line = 1
    var lineStart = 0
    var charset: String?

    private var scopes: [Scope] = []
    private var expandedEdges = 0
    private var graphEnded = false
    /// Tokens already read ahead (the pass needs two of lookahead for `ID = ID` and ports).
    private var pending: [(Token, Place)] = []

    init(bytes: [UInt8], file: String, limits: ReadLimits) {
        self.bytes = bytes
        self.file = file
        self.limits = limits
        if bytes.starts(with: TextInput.byteOrderMark) { i = 3; lineStart = 3 }
    }

    /// Where a token starts; its column (in Unicode scalars) is counted only when an error needs it.
    struct Place {
        var line: Int
        var lineStart: Int
        var offset: Int
    }

    var place: Place { Place(line: line, lineStart: lineStart, offset: i) }

    func column(of place: Place) -> Int {
        var column = 1
        var k = place.lineStart
        while k < place.offset && k < bytes.count { if bytes[k] & 0xC0 != 0x80 { column += 1 }; k += 1 }
        return column
    }

    func failure(at place: Place, column: Bool = true, exceeding limit: ReadLimits.Limit? = nil, _ message: String) -> GraphInputError {
        GraphInputError([Diagnostic(file: file, line: place.line, column: column ? self.column(of: place) : nil, message: message, exceededLimit: limit)])
    }

    mutating func newline(at k: Int) { line += 1; lineStart = k + 1 }

    static func isIDStart(_ b: UInt8) -> Bool { (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) || b == 0x5F || b >= 0x80 }
    static func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }

    /// The next token, or nil at the end of the input.
    mutating func lex() throws(GraphInputError) -> (Token, Place)? {
        if !pending.isEmpty { return pending.removeFirst() }
        let n = bytes.count
        while i < n {
            let b = bytes[i]
            if b == 0x0A { newline(at: i); i += 1; continue }
            if b == 0x20 || b == 0x09 || b == 0x0D || b == 0x0C || b == 0x0B { i += 1; continue }
            let start = place
            if b == UInt8(ascii: "#") && i == lineStart {   // a C preprocessor line
                while i < n && bytes[i] != 0x0A { i += 1 }
                continue
            }
            if b == UInt8(ascii: "/") && i + 1 < n && bytes[i + 1] == UInt8(ascii: "/") {
                while i < n && bytes[i] != 0x0A { i += 1 }
                continue
            }
            if b == UInt8(ascii: "/") && i + 1 < n && bytes[i + 1] == UInt8(ascii: "*") {
                i += 2
                var closed = false
                while i < n {
                    if bytes[i] == UInt8(ascii: "*") && i + 1 < n && bytes[i + 1] == UInt8(ascii: "/") { i += 2; closed = true; break }
                    if bytes[i] == 0x0A { newline(at: i) }
                    i += 1
                }
                if !closed { throw failure(at: start, "unterminated comment: '/*' without '*/'") }
                continue
            }
            if b == UInt8(ascii: "\"") {
                i += 1
                var closed = false
                while i < n {
                    let c = bytes[i]
                    if c == UInt8(ascii: "\\") && i + 1 < n {
                        if bytes[i + 1] == 0x0A { newline(at: i + 1) }
                        i += 2
                        continue
                    }
                    if c == UInt8(ascii: "\"") { closed = true; i += 1; break }
                    if c == 0x0A { newline(at: i) }
                    i += 1
                }
                if !closed { throw failure(at: start, "unterminated quoted string: '\"' without its closing '\"'") }
                try checkLength(i - start.offset, at: start)
                return (.literal, start)
            }
            if b == UInt8(ascii: "<") {
                var depth = 0
                var closed = false
                while i < n {
                    let c = bytes[i]
                    if c == UInt8(ascii: "<") { depth += 1 }
                    else if c == UInt8(ascii: ">") { depth -= 1; if depth == 0 { closed = true; i += 1; break } }
                    else if c == 0x0A { newline(at: i) }
                    i += 1
                }
                if !closed { throw failure(at: start, "unterminated HTML-like string: '<' without its matching '>'") }
                try checkLength(i - start.offset, at: start)
                return (.literal, start)
            }
            if b == UInt8(ascii: "-") && i + 1 < n && (bytes[i + 1] == UInt8(ascii: ">") || bytes[i + 1] == UInt8(ascii: "-")) {
                i += 2
                return (.edgeOperator, start)
            }
            if Self.isDigit(b) || b == UInt8(ascii: ".") || (b == UInt8(ascii: "-") && i + 1 < n && (Self.isDigit(bytes[i + 1]) || bytes[i + 1] == UInt8(ascii: "."))) {
                i += 1
                while i < n && (Self.isDigit(bytes[i]) || bytes[i] == UInt8(ascii: ".")) { i += 1 }
                return (.literal, start)
            }
            if Self.isIDStart(b) {
                while i < n && (Self.isIDStart(bytes[i]) || Self.isDigit(bytes[i])) { i += 1 }
                try checkLength(i - start.offset, at: start)
                return (.identifier(String(decoding: bytes[start.offset..<i], as: UTF8.self)), start)
            }
            i += 1
            return (.punctuation(b), start)
        }
        return nil
    }

    func checkLength(_ length: Int, at start: Place) throws(GraphInputError) {
        if length > limits.maxStringLength {
            throw failure(at: start, exceeding: .stringLength, "a string of \(length) bytes is longer than the limit of \(limits.maxStringLength)")
        }
    }

    mutating func peek(_ k: Int = 0) throws(GraphInputError) -> Token? {
        while pending.count <= k {
            let saved = pending
            pending = []
            guard let t = try lex() else { pending = saved; return nil }
            pending = saved + [t]
        }
        return pending[k].0
    }

    static func keyword(_ t: Token?, _ word: String) -> Bool {
        if case .identifier(let s)? = t { return s.lowercased() == word }
        return false
    }

    static func isID(_ t: Token?) -> Bool {
        switch t {
        case .identifier?, .literal?: true
        default: false
        }
    }

    /// An operand of `size` nodes has been read in the innermost scope.
    mutating func operand(_ size: Int, at place: Place) throws(GraphInputError) {
        guard !scopes.isEmpty else { return }
        var scope = scopes.removeLast()
        if scope.afterEdgeOperator, let previous = scope.previous, previous > 1 || size > 1 {
            let (product, overflow) = previous.multipliedReportingOverflow(by: size)
            expandedEdges = overflow ? Int.max : expandedEdges &+ product
            if overflow || expandedEdges < 0 || expandedEdges > limits.maxExpandedEdges {
                throw failure(at: scope.statement, exceeding: .expandedEdges,
                              "edge statements over subgraphs expand to more than \(limits.maxExpandedEdges) edges by here (one edge per pair of nodes in the subgraphs)")
            }
        } else {
            scope.statement = place
        }
        scope.previous = size
        scope.afterEdgeOperator = false
        scopes.append(scope)
    }

    mutating func run() throws(GraphInputError) {
        while let (token, tokenPlace) = try lex() {
            if graphEnded {
                throw failure(at: tokenPlace, "text after the end of the graph: a DOT file holds one graph here (split the file, or put the graphs in one as subgraphs)")
            }
            switch token {
            case .punctuation(UInt8(ascii: "{")):
                scopes.append(Scope(statement: tokenPlace))
                if scopes.count > limits.maxNesting {
                    throw failure(at: tokenPlace, exceeding: .nesting, "subgraphs nested more than \(limits.maxNesting) deep")
                }
            case .punctuation(UInt8(ascii: "}")):
                guard let closed = scopes.popLast() else { continue }   // unbalanced: Graphviz reports it
                if scopes.isEmpty { graphEnded = true; continue }
                scopes[scopes.count - 1].mentions += closed.mentions
                try operand(closed.mentions, at: tokenPlace)
            case .punctuation(UInt8(ascii: "[")):
                try skipAttributeList()
            case .punctuation(UInt8(ascii: ";")):
                if !scopes.isEmpty { scopes[scopes.count - 1].previous = nil; scopes[scopes.count - 1].afterEdgeOperator = false }
            case .edgeOperator:
                if !scopes.isEmpty { scopes[scopes.count - 1].afterEdgeOperator = true }
            case .identifier, .literal:
                guard !scopes.isEmpty else { continue }   // the header: strict, graph/digraph, the graph's name
                if Self.keyword(token, "subgraph") {
                    let next = try peek()
                    if Self.isID(next) && !Self.keyword(next, "subgraph") { _ = try lex() }
                    if try peek() != .punctuation(UInt8(ascii: "{")) { try operand(1, at: tokenPlace) }   // a reference
                    continue
                }
                if Self.keyword(token, "graph") || Self.keyword(token, "node") || Self.keyword(token, "edge") {
                    if try peek() == .punctuation(UInt8(ascii: "[")) { continue }
                }
                if try peek() == .punctuation(UInt8(ascii: "=")) {   // ID = ID
                    _ = try lex()
                    if let (value, _) = try lex(), case .identifier(let name) = token, name.lowercased() == "charset" {
                        charset = valueText(value)
                    }
                    continue
                }
                // a node ID, with an optional port (:port[:compass])
                while try peek() == .punctuation(UInt8(ascii: ":")) {
                    guard Self.isID(try peek(1)) else { break }
                    _ = try lex(); _ = try lex()
                }
                scopes[scopes.count - 1].mentions += 1
                try operand(1, at: tokenPlace)
            default:
                continue
            }
        }
    }

    /// The text of a charset value (an identifier; a quoted value reads as its bytes between the quotes).
    func valueText(_ token: Token) -> String? {
        if case .identifier(let s) = token { return s }
        // a quoted value: the bytes just before the scanner's position
        var end = i - 1
        guard end > 0, bytes[end] == UInt8(ascii: "\"") else { return nil }
        var start = end - 1
        while start >= 0 && bytes[start] != UInt8(ascii: "\"") { start -= 1 }
        guard start >= 0 else { return nil }
        end = max(end, start + 1)
        return String(decoding: bytes[(start + 1)..<end], as: UTF8.self)
    }

    /// `[ … ]`: attribute assignments; only `charset` matters here.
    mutating func skipAttributeList() throws(GraphInputError) {
        while let (token, _) = try lex() {
            if token == .punctuation(UInt8(ascii: "]")) { return }
            if case .identifier(let name) = token, name.lowercased() == "charset", try peek() == .punctuation(UInt8(ascii: "=")) {
                _ = try lex()
                if let (value, _) = try lex() { charset = valueText(value) }
            }
        }
    }
}
