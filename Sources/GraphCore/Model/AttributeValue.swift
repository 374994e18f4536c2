import Foundation

/// A typed attribute value kept from other graph formats (GraphML keys, GEXF attributes, node-link JSON fields,
/// DOT attributes), so a graph read from one format can be written to another without losing data.
public enum AttributeValue: Hashable, Sendable, Codable, CustomStringConvertible {
    /// Text.
    case string(String)
    /// GraphML `int`/`long`, GEXF `integer`/`long`, JSON integers.
    case int(Int)
    /// GraphML `float`/`double`, GEXF `float`/`double`, JSON non-integer numbers.
    case double(Double)
    /// A boolean.
    case bool(Bool)
    /// An HTML-like label from DOT (`label=<…>`), kept as its markup.
    case html(String)
    /// A list: a JSON array of texts, numbers, booleans or lists (node-link JSON, the dataset format, Cypher); formats
    /// without lists write its JSON text (``description``).
    case list([AttributeValue])

    /// The value as text (numbers in their shortest exact form; a list as compact JSON).
    public var description: String {
        switch self {
        case .string(let s), .html(let s): s
        case .int(let i): String(i)
        case .double(let d): Self.text(of: d)
        case .bool(let b): b ? "true" : "false"
        case .list: json
        }
    }

    /// The value as JSON: text quoted (quotes, backslashes, control characters and U+FFFE/U+FFFF as `\uXXXX`, so the
    /// text survives formats that treat backslashes specially or cannot carry them), non-finite numbers as text.
    public var json: String {
        switch self {
        case .string(let s), .html(let s): Self.jsonString(s)
        case .int(let i): String(i)
        case .double(let d): d.isFinite ? "\(d)" : Self.jsonString(Self.text(of: d))
        case .bool(let b): b ? "true" : "false"
        case .list(let items): "[" + items.map(\.json).joined(separator: ",") + "]"
        }
    }

    package static func jsonString(_ s: String) -> String {
        var out = "\""
        for scalar in s.unicodeScalars {
            if scalar == "\"" || scalar == "\\" || scalar.value < 0x20 || scalar.value == 0x7F || scalar.value == 0xFFFE || scalar.value == 0xFFFF {
                out += String(format: "\\u%04X", scalar.value)
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }

    /// Whether this is a list.
    public var isList: Bool { if case .list = self { true } else { false } }

    /// The value as a number, when it is one (or text that reads as one).
    public var number: Double? {
        switch self {
        case .int(let i): Double(i)
        case .double(let d): d
        case .string(let s): Double(s)
        default: nil
        }
    }

    package static func text(of d: Double) -> String {
        if d == d.rounded() && abs(d) < 1e15 { return String(format: "%.1f", d) }
        return "\(d)"
    }
}
