import Foundation
import GraphFormats

/// Puts the explorer page together: the template `explorer.html` with the style sheet, the script and the data
/// inlined, and a Content-Security-Policy that allows exactly that script and that style sheet (by their SHA-256)
/// and no request of any kind (`default-src 'none'`), so the page opens offline and nothing in the data can run.
package enum ExplorerPage {
    /// The resources, in `Sources/GraphRendering/Explorer/Resources`.
    package static func resource(_ name: String) throws(ExplorerError) -> String {
        let parts = name.split(separator: ".", maxSplits: 1).map(String.init)
        guard let url = Bundle.module.url(forResource: parts[0], withExtension: parts[1], subdirectory: "Resources"),
              let text = try? String(contentsOf: url, encoding: .utf8) else { throw .missingResource(name) }
        return text
    }

    package static func html(title: String, data: ExplorerData) throws(ExplorerError) -> String {
        let template = try resource("explorer.html")
        let style = try resource("explorer.css")
        let script = try resource("explorer.js")
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let json: String
        do { json = String(decoding: try encoder.encode(data), as: UTF8.self) } catch {
            throw .missingResource("the embedded data (\(error))")
        }
        let csp = [
            "default-src 'none'", "script-src '\(hash(script))'", "style-src '\(hash(style))'", "img-src data:",
            "base-uri 'none'", "form-action 'none'",
        ].joined(separator: "; ")
        return fill(template, [
            "CSP": XMLText.escaped(csp), "TITLE": XMLText.escaped(title), "STYLE": style, "SCRIPT": script, "DATA": scriptSafeJSON(json),
        ])
    }

    /// `{{NAME}}` markers of `template` replaced in one pass, so nothing inserted is read as a marker again.
    package static func fill(_ template: String, _ values: [String: String]) -> String {
        var out = ""
        var rest = Substring(template)
        while let open = rest.range(of: "{{") {
            out += rest[..<open.lowerBound]
            guard let close = rest[open.upperBound...].range(of: "}}") else { rest = rest[open.lowerBound...]; break }
            let name = String(rest[open.upperBound..<close.lowerBound])
            out += values[name] ?? String(rest[open.lowerBound..<close.upperBound])
            rest = rest[close.upperBound...]
        }
        return out + rest
    }

    /// `'sha256-…'` of the element's text, as the CSP wants it.
    package static func hash(_ text: String) -> String {
        "sha256-" + Data(SHA256.digest(Array(text.utf8))).base64EncodedString()
    }

    /// JSON that cannot end its `<script>` element or open a comment: `<`, `>` and `&` written as `\u003c`… (they
    /// occur only inside strings), and the two line separators JavaScript once treated as line ends.
    package static func scriptSafeJSON(_ json: String) -> String {
        var out = ""
        out.reserveCapacity(json.utf8.count)
        for scalar in json.unicodeScalars {
            switch scalar {
            case "<": out += "\\u003c"
            case ">": out += "\\u003e"
            case "&": out += "\\u0026"
            case "\u{2028}": out += "\\u2028"
            case "\u{2029}": out += "\\u2029"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// Graphviz's SVG without what a page needs not carry: the XML declaration, the DOCTYPE (which names an external
    /// DTD) and the comments (node names again, which would only make the file larger).
    package static func embeddableSVG(_ svg: String) -> String {
        var text = Substring(svg)
        if let start = text.range(of: "<svg") { text = text[start.lowerBound...] }
        var out = ""
        while let open = text.range(of: "<!--") {
            out += text[..<open.lowerBound]
            guard let close = text[open.upperBound...].range(of: "-->") else { text = ""; break }
            text = text[close.upperBound...]
        }
        out += text
        return out
    }
}
