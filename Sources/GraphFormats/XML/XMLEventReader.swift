import Foundation
#if canImport(FoundationXML)
import FoundationXML
import GraphCore
#endif

/// A thin SAX wrapper over Foundation's `XMLParser` (libxml2): element start/end and text events with the current
/// line, so format readers (GraphML, GEXF) can stream without building a DOM and report file:line problems.
///
/// With an ``/GraphCore/AlgorithmProgress`` reporter set, reports the lines parsed as it goes.
///
/// Input is always fed as a stream, in chunks: handed 10 MB or more at once, libxml2 stops with "huge input
/// lookup" (its `XML_MAX_LOOKUP_LIMIT`). The file's bytes are held once in memory, for ``XMLInputCheck``'s pass.
final class XMLEventReader: NSObject, XMLParserDelegate {
    enum Event {
        case start(name: String, attributes: [String: String], line: Int)
        case end(name: String, line: Int)
        case text(String)
    }

    private let parser: XMLParser
    private let handler: (Event, XMLEventReader) -> Void
    private(set) var stopped: Diagnostic?
    let file: String

    /// The bytes to parse, as a stream, and how many lines they have when someone watches the progress.
    struct Input {
        let stream: InputStream
        /// Set only when an ``/GraphCore/AlgorithmProgress`` reporter was set when the input was made.
        let lines: Int?
    }

    /// Told of the lines parsed (a unit per line), about every 4,096 elements.
    private let progress: ProgressReporter?
    private let lines: Int
    private var reportedLine = 0
    private var elementsSinceReport = 0

    init(input: Input, file: String, handler: @escaping (Event, XMLEventReader) -> Void) {
        parser = XMLParser(stream: input.stream)
        progress = input.lines == nil ? nil : AlgorithmProgress.reporter
        lines = max(input.lines ?? 0, 1)
        self.file = file
        self.handler = handler
        super.init()
        parser.delegate = self
        parser.shouldProcessNamespaces = false
        parser.shouldResolveExternalEntities = false
    }

    /// A chunked stream over a file, after the checks every reader makes (exists, readable, not empty) and
    /// ``XMLInputCheck``'s.
    static func input(contentsOf url: URL, displayName: String) throws(GraphInputError) -> Input {
        try input(data: TextInput.readData(at: url, displayName: displayName), file: displayName)
    }

    /// A chunked stream over bytes in memory, after ``XMLInputCheck``'s checks.
    /// - Throws: ``GraphInputError`` when there are none, or they are not text XMLParser can be trusted with.
    static func input(data: Data, file: String) throws(GraphInputError) -> Input {
        if data.isEmpty { throw GraphInputError(file: file, message: "the file is empty") }
        try XMLInputCheck.check([UInt8](data), file: file)
        let lines = AlgorithmProgress.reporter == nil ? nil : data.withUnsafeBytes { $0.reduce(1) { $1 == 0x0A ? $0 + 1 : $0 } }
        return Input(stream: InputStream(data: data), lines: lines)
    }

    /// The first well-formedness error libxml2 reported (Foundation on Linux returns true from `parse()` even then).
    private var firstError: Diagnostic?

    /// Parses everything. - Returns: nil when the XML is well-formed, else where and why it is not.
    func run() -> Diagnostic? {
        let ok = parser.parse()
        progress?.advance(by: lines - reportedLine, of: lines)
        if let stopped { return stopped }
        if let firstError { return firstError }
        if !ok || parser.parserError != nil {
            return Diagnostic(file: file, line: parser.lineNumber, column: parser.columnNumber, message: "malformed XML: \(Self.describe(parser.parserError))")
        }
        return nil
    }

    func parser(_ parser: XMLParser, parseErrorOccurred parseError: Error) {
        if stopped == nil && firstError == nil {
            firstError = Diagnostic(file: file, line: parser.lineNumber, column: parser.columnNumber, message: "malformed XML: \(Self.describe(parseError))")
        }
    }

    /// libxml2's error, in words: Foundation's own text when it has one, else the meaning of libxml2's code
    /// (`xmlParserErrors` in libxml/xmlerror.h).
    static func describe(_ error: Error?) -> String {
        guard let error = error as NSError? else { return "unknown error" }
        if let text = error.userInfo["NSDebugDescription"] as? String, !text.isEmpty { return text.trimmingCharacters(in: .whitespacesAndNewlines) }
        if let words = libxml2Errors[error.code] { return "\(words) (libxml2 error \(error.code))" }
        return "the XML is not well-formed (libxml2 error \(error.code))"
    }

    /// libxml2's parser error codes (1–111 of `xmlParserErrors`), in words.
    static let libxml2Errors: [Int: String] = [
        1: "internal parser error", 2: "out of memory", 3: "the document does not start like XML", 4: "the document is empty",
        5: "extra content at the end of the document", 6: "invalid hexadecimal character reference",
        7: "invalid decimal character reference", 8: "invalid character reference",
        9: "invalid character (not allowed in XML 1.0, or the file is not UTF-8)", 10: "character reference at the end of the file",
        11: "character reference before the root element", 12: "character reference after the root element",
        13: "character reference in the DTD", 14: "entity reference at the end of the file",
        15: "entity reference before the root element", 16: "entity reference after the root element",
        17: "entity reference in the DTD", 18: "parameter-entity reference at the end of the file",
        19: "parameter-entity reference before the root element", 20: "parameter-entity reference after the root element",
        21: "parameter-entity reference in the internal subset", 22: "'&' without an entity name (write &amp;)",
        23: "entity reference without its ';' (write &amp; for a literal '&')", 24: "'%' without a parameter-entity name",
        25: "parameter-entity reference without its ';'", 26: "undeclared entity", 27: "undeclared entity",
        28: "reference to an unparsed entity", 29: "reference to an external entity in an attribute value",
        30: "reference to a parameter entity outside the DTD", 31: "unknown encoding", 32: "unsupported encoding",
        33: "string not started", 34: "string not closed", 35: "invalid namespace declaration",
        36: "entity value not started", 37: "entity value not finished", 38: "'<' inside an attribute value (write &lt;)",
        39: "attribute value not started (it needs quotes)", 40: "attribute value not finished (missing closing quote)",
        41: "attribute without a value", 42: "attribute given twice in one element", 43: "literal not started",
        44: "literal not finished", 45: "comment not finished", 46: "processing instruction not started",
        47: "processing instruction not finished", 48: "notation not started", 49: "notation not finished",
        50: "attribute-list declaration not started", 51: "attribute-list declaration not finished",
        52: "mixed content declaration not started", 53: "mixed content declaration not finished",
        54: "element content declaration not started", 55: "element content declaration not finished",
        56: "XML declaration not started", 57: "XML declaration not finished", 58: "conditional section not started",
        59: "conditional section not finished", 60: "external subset not finished", 61: "DOCTYPE not finished",
        62: "']]>' outside a CDATA section", 63: "CDATA section not finished",
        64: "reserved name: names starting with 'xml' are reserved, and the XML declaration must come first",
        65: "a space is required here", 66: "a separator is required here", 67: "a name token is required here",
        68: "a name is required here", 69: "text is required here", 70: "a URI is required here",
        71: "a public identifier is required here", 72: "'<' expected", 73: "'>' expected", 74: "'</' expected",
        75: "'=' expected", 76: "opening and ending tag mismatch", 77: "element not closed (premature end of the data)",
        78: "invalid standalone value", 79: "invalid encoding name", 80: "'--' inside a comment",
        81: "the text does not match the declared encoding", 82: "external entity in a standalone document",
        83: "invalid conditional section", 84: "a value is required here", 85: "elements are not well balanced",
        86: "extra content at the end of the document", 87: "invalid character in an entity",
        88: "parameter-entity reference inside a declaration of the internal subset", 89: "entity reference loop",
        90: "entity boundary error", 91: "invalid URI", 92: "URI with a fragment", 93: "catalog processing instruction",
        94: "no DTD found", 95: "invalid conditional section keyword", 96: "the XML declaration lacks its version",
        97: "unknown XML version", 98: "invalid xml:lang value", 99: "invalid namespace URI", 100: "relative namespace URI",
        101: "missing encoding declaration", 102: "invalid xml:space value", 103: "the document is not standalone",
        104: "entity processing error", 105: "notation processing error", 106: "namespace column error",
        107: "entity redefined", 108: "unknown XML version", 109: "XML version mismatch", 110: "name too long",
        111: "parsing stopped",
    ]

    /// Stops parsing with a problem found by the handler.
    func stop(_ diagnostic: Diagnostic) {
        if stopped == nil { stopped = diagnostic }
        parser.abortParsing()
    }

    var line: Int { parser.lineNumber }

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
        handler(.start(name: name, attributes: attributes, line: parser.lineNumber), self)
        if let progress {
            elementsSinceReport += 1
            if elementsSinceReport >= 4096 {
                elementsSinceReport = 0
                let line = min(parser.lineNumber, lines)
                progress.advance(by: line - reportedLine, of: lines)
                reportedLine = line
            }
        }
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        handler(.end(name: name, line: parser.lineNumber), self)
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) { handler(.text(string), self) }

    func parser(_ parser: XMLParser, foundCDATA block: Data) { handler(.text(String(decoding: block, as: UTF8.self)), self) }
}
