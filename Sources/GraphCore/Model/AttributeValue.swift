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

    /// The value as text (numbers in their shortest exact form).
    public var description: String {
        switch self {
        case .string(let s), .html(let s): s
        case .int(let i): String(i)
        case .double(let d): Self.text(of: d)
        case .bool(let b): b ? "true" : "false"
        }
    }

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
