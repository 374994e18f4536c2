import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Parses SVG produced by Graphviz and collects, for each node group (`<g class="node">`), its `id`, `<title>` and the
/// text lines of its `<text>` elements. Parsing fails (returns nil) when the SVG is not well-formed XML.
final class SVGInspector: NSObject, XMLParserDelegate {
    struct NodeGroup { var id: String; var title = ""; var lines: [String] = [] }

    private(set) var nodes: [NodeGroup] = []
    private var current: NodeGroup?
    private var depthInNode = 0
    private var buffer = ""
    private var capturing = false

    static func inspect(_ data: Data) -> SVGInspector? {
        let inspector = SVGInspector()
        let parser = XMLParser(data: data)
        parser.delegate = inspector
        return parser.parse() ? inspector : nil
    }

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
        if current != nil { depthInNode += 1 }
        if name == "g" && attributes["class"] == "node" && current == nil {
            current = NodeGroup(id: attributes["id"] ?? "")
            depthInNode = 0
        } else if current != nil && (name == "title" || name == "text") {
            capturing = true
            buffer = ""
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) { if capturing { buffer += string } }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        guard current != nil else { return }
        if name == "title" && capturing { current!.title = buffer; capturing = false }
        if name == "text" && capturing { current!.lines.append(buffer); capturing = false }
        if depthInNode == 0 && name == "g" {
            nodes.append(current!)
            current = nil
        } else {
            depthInNode -= 1
        }
    }
}
