import GraphCore
/// One problem found in an input file: where it is and why it is wrong.
public struct Diagnostic: Sendable, Hashable, CustomStringConvertible {
    /// The file, as the user named it.
    public var file: String
    /// 1-based line, when the format allows locating the problem.
    public var line: Int?
    /// 1-based column (in Unicode scalars), when known.
    public var column: Int?
    /// The field (key, attribute or column) at fault, when there is one.
    public var field: String?
    /// What is wrong, in one sentence naming the bad value.
    public var message: String
    /// The reading limit the input went past, when that is the problem (raise it in ``ReadLimits`` to read the file).
    public var exceededLimit: ReadLimits.Limit?

    /// A diagnostic; see the properties for each parameter.
    public init(file: String, line: Int? = nil, column: Int? = nil, field: String? = nil, message: String,
                exceededLimit: ReadLimits.Limit? = nil) {
        self.file = file
        self.line = line
        self.column = column
        self.field = field
        self.message = message
        self.exceededLimit = exceededLimit
    }

    /// `file:line:column: field 'name': message`, the form compilers use, so editors can jump to it.
    public var description: String {
        var place = file
        if let line { place += ":\(line)" }
        if let column, line != nil { place += ":\(column)" }
        let what = field.map { "field '\($0)': " } ?? ""
        return "\(place): \(what)\(message)"
    }
}

/// An input file could not be read into a graph. Carries **every** problem found, in file order.
public struct GraphInputError: Error, Sendable, CustomStringConvertible {
    /// Every problem found, in file order.
    public var diagnostics: [Diagnostic]

    /// An error carrying `diagnostics`, sorted by line and column.
    public init(_ diagnostics: [Diagnostic]) {
        self.diagnostics = diagnostics.sorted { ($0.line ?? 0, $0.column ?? 0) < ($1.line ?? 0, $1.column ?? 0) }
    }

    /// An error with one diagnostic.
    public init(file: String, line: Int? = nil, column: Int? = nil, field: String? = nil, message: String) {
        self.init([Diagnostic(file: file, line: line, column: column, field: field, message: message)])
    }

    public var description: String {
        let count = diagnostics.count
        let head = count == 1 ? "" : "\(count) problems:\n"
        return head + diagnostics.map(\.description).joined(separator: "\n")
    }
}
