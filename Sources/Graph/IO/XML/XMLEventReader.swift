import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// A thin SAX wrapper over Foundation's `XMLParser` (libxml2): element start/end and text events with the current
/// line, so format readers (GraphML, GEXF) can stream without building a DOM and report file:line problems.
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

    init(data: Data, file: String, handler: @escaping (Event, XMLEventReader) -> Void) {
        parser = XMLParser(data: data)
        self.file = file
        self.handler = handler
        super.init()
        parser.delegate = self
        parser.shouldProcessNamespaces = false
        parser.shouldResolveExternalEntities = false
    }

    /// Parses everything. - Returns: nil when the XML is well-formed, else where and why it is not.
    func run() -> Diagnostic? {
        if parser.parse() { return stopped }
        if let stopped { return stopped }
        let error = parser.parserError as NSError?
        let reason = error.map { ($0.userInfo["NSDebugDescription"] as? String) ?? $0.localizedDescription } ?? "unknown error"
        return Diagnostic(file: file, line: parser.lineNumber, column: parser.columnNumber, message: "malformed XML: \(reason.trimmingCharacters(in: .whitespacesAndNewlines))")
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
