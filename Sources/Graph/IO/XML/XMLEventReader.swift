import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// A thin SAX wrapper over Foundation's `XMLParser` (libxml2): element start/end and text events with the current
/// line, so format readers (GraphML, GEXF) can stream without building a DOM and report file:line problems.
///
/// Input is always fed as a stream, in chunks: handed 10 MB or more at once, libxml2 stops with "huge input
/// lookup" (its `XML_MAX_LOOKUP_LIMIT`), and reading a file through a stream keeps only a chunk of it in memory.
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

    init(stream: InputStream, file: String, handler: @escaping (Event, XMLEventReader) -> Void) {
        parser = XMLParser(stream: stream)
        self.file = file
        self.handler = handler
        super.init()
        parser.delegate = self
        parser.shouldProcessNamespaces = false
        parser.shouldResolveExternalEntities = false
    }

    /// A chunked stream over a file, after the checks every reader makes (exists, readable, not empty).
    static func stream(contentsOf url: URL, displayName: String) throws(GraphInputError) -> InputStream {
        try TextInput.checkReadable(url, displayName: displayName)
        guard let stream = InputStream(url: url) else { throw GraphInputError(file: displayName, message: "cannot be read") }
        return stream
    }

    /// A chunked stream over bytes in memory. - Throws: ``GraphInputError`` when there are none.
    static func stream(data: Data, file: String) throws(GraphInputError) -> InputStream {
        if data.isEmpty { throw GraphInputError(file: file, message: "the file is empty") }
        return InputStream(data: data)
    }

    /// The first well-formedness error libxml2 reported (Foundation on Linux returns true from `parse()` even then).
    private var firstError: Diagnostic?

    /// Parses everything. - Returns: nil when the XML is well-formed, else where and why it is not.
    func run() -> Diagnostic? {
        let ok = parser.parse()
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

    /// libxml2's error codes for the common well-formedness errors, in words.
    static func describe(_ error: Error?) -> String {
        guard let error = error as NSError? else { return "unknown error" }
        if let text = error.userInfo["NSDebugDescription"] as? String, !text.isEmpty { return text.trimmingCharacters(in: .whitespacesAndNewlines) }
        let names: [Int: String] = [
            4: "the document is empty", 5: "extra content at the end of the document", 9: "invalid character (is the file UTF-8?)",
            23: "'<' in an attribute value", 38: "attribute value not started", 39: "attribute value not finished",
            41: "attribute without a value", 42: "attribute given twice", 64: "xml declaration not finished",
            68: "a name is required", 73: "'>' expected", 76: "opening and ending tag mismatch", 77: "element not closed",
        ]
        return names[error.code].map { "\($0) (libxml2 error \(error.code))" } ?? "libxml2 error \(error.code)"
    }

    /// Stops parsing with a problem found by the handler.
    func stop(_ diagnostic: Diagnostic) {
        if stopped == nil { stopped = diagnostic }
        parser.abortParsing()
    }

    var line: Int { parser.lineNumber }

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
        handler(.start(name: name, attributes: attributes, line: parser.lineNumber), self)
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        handler(.end(name: name, line: parser.lineNumber), self)
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) { handler(.text(string), self) }

    func parser(_ parser: XMLParser, foundCDATA block: Data) { handler(.text(String(decoding: block, as: UTF8.self)), self) }
}
