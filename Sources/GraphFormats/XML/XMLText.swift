import GraphCore
/// Escaping for XML writers (GraphML, GEXF).
package enum XMLText {
    /// An element's name without its namespace prefix (`y:ShapeNode` → `ShapeNode`): the text after the last colon,
    /// or the name itself when nothing follows one. A name without a colon, nearly every name read, is returned as it
    /// is; splitting it (an array of substrings per element) was a twelfth of a GraphML load.
    package static func localName(_ raw: String) -> String {
        guard raw.utf8.contains(0x3A) else { return raw }
        return raw.split(separator: ":").last.map(String.init) ?? raw
    }

    /// Text content or attribute value: `& < > " '` as entities. Characters XML 1.0 cannot carry (most control
    /// characters) become U+FFFD, but writers refuse texts holding them first (``TextAudit/xmlReason(_:)``), so that
    /// two different texts are never written the same.
    package static func escaped(_ s: String) -> String {
        // most texts (IDs, labels, numbers) need nothing: returned as they are after one scan of their UTF-8
        // (rebuilding each one scalar by scalar is a sixth of the work of a large GraphML export)
        if !s.utf8.contains(where: { $0 < 0x20 || $0 == 0x26 || $0 == 0x3C || $0 == 0x3E || $0 == 0x22 || $0 == 0x27 || $0 == 0xEF }) {
            return s
        }
        var out = ""
        out.reserveCapacity(s.utf8.count)
        for scalar in s.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&apos;"
            // as character references, which survive XML's attribute-value normalisation (literal ones become spaces)
            case "\t": out += "&#9;"
            case "\n": out += "&#10;"
            case "\r": out += "&#13;"
            default:
                if scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF { out += "\u{FFFD}" } else { out.unicodeScalars.append(scalar) }
            }
        }
        return out
    }
}
