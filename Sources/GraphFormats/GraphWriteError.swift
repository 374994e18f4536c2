import Foundation
import GraphCore

/// A graph that a format cannot write as it is: the export is refused rather than written differently from the graph.
public struct GraphWriteError: Error, Sendable, CustomStringConvertible {
    /// The format that cannot write the graph.
    public let format: GraphFileFormat
    /// What cannot be written and where (`node 'a': attribute 'id' …`), at most ten of them and a count of the rest.
    public let problems: [String]

    public var description: String {
        "cannot write \(format.rawValue): " + problems.joined(separator: "; ")
    }
}

extension GraphWriteError {
    /// The first ten of `problems`, and how many more there were.
    init(format: GraphFileFormat, listing problems: [String]) {
        let n = TextAudit.maxListed
        self.init(format: format, problems: Array(problems.prefix(n)) + (problems.count > n ? ["… and \(problems.count - n) more"] : []))
    }
}

/// What a writer produced: the text, and what the format could not hold of the graph (empty when nothing was lost),
/// in words for people (`"the HTML-like markup of 2 value(s) (written as plain text)"`).
public struct WrittenGraph: Sendable, Equatable {
    /// The file's bytes: UTF-8 text.
    public let data: Data
    /// What the format could not hold, in words; empty when nothing was lost.
    public let notKept: [String]

    /// The file's text.
    public var text: String { String(decoding: data, as: UTF8.self) }

    /// A written graph.
    public init(text: String, notKept: [String] = []) {
        self.init(data: Data(text.utf8), notKept: notKept)
    }

    /// A written graph whose UTF-8 bytes were built directly (a ``TextBuffer``'s, handed over without a copy: a
    /// large export then holds its output once, not as bytes and again as a String).
    package init(data: Data, notKept: [String] = []) {
        self.data = data
        self.notKept = notKept
    }
}
