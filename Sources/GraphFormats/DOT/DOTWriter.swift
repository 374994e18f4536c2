import Foundation
import GraphCore

/// Writes ``DOTGraph`` values as DOT text. Pure Swift; no Graphviz call.
///
/// Every identifier and value is quoted, so DOT keywords (`node`, `edge`, `graph`, `digraph`, `subgraph`, `strict`) and
/// any punctuation are safe as names; no label can inject DOT syntax. Attributes are written sorted by name.
package enum DOTWriter {
    package static func write(_ graph: DOTGraph) -> String {
        var out = ""
        let arrow = graph.directed ? "->" : "--"
        let name: (String) -> String = graph.exactNames ? { exactQuoted($0) ?? quoted($0) } : { quoted($0) }
        out += "\(graph.strict ? "strict " : "")\(graph.directed ? "digraph" : "graph") \(graph.name.isEmpty ? "" : name(graph.name) + " "){\n"
        if !graph.graphAttributes.isEmpty { out += "  graph \(attributeList(graph.graphAttributes, name));\n" }
        if !graph.nodeDefaults.isEmpty { out += "  node \(attributeList(graph.nodeDefaults, name));\n" }
        if !graph.edgeDefaults.isEmpty { out += "  edge \(attributeList(graph.edgeDefaults, name));\n" }
        // Nodes first, in order and with their attributes, so Graphviz creates them in this order; subgraphs then
        // name their members.
        for node in graph.nodes { out += "  \(statement(node, name))\n" }
        for subgraph in graph.subgraphs { write(subgraph, arrow: arrow, indent: "  ", name, to: &out) }
        for statement in graph.statements { write(statement, arrow: arrow, indent: "  ", name, to: &out) }
        for edge in graph.edges { out += "  \(statement(edge, arrow: arrow, name))\n" }
        out += "}\n"
        return out
    }

    private static func write(_ subgraph: DOTGraph.Subgraph, arrow: String, indent: String, _ name: (String) -> String, to out: inout String) {
        out += indent + "subgraph " + (subgraph.name.map { name($0) + " " } ?? "") + "{\n"
        let inner = indent + "  "
        if !subgraph.attributes.isEmpty { out += "\(inner)graph \(attributeList(subgraph.attributes, name));\n" }
        if !subgraph.nodeDefaults.isEmpty { out += "\(inner)node \(attributeList(subgraph.nodeDefaults, name));\n" }
        if !subgraph.edgeDefaults.isEmpty { out += "\(inner)edge \(attributeList(subgraph.edgeDefaults, name));\n" }
        for id in subgraph.nodeIDs { out += "\(inner)\(name(id));\n" }
        for statement in subgraph.body { write(statement, arrow: arrow, indent: inner, name, to: &out) }
        out += indent + "}\n"
    }

    private static func write(_ statement: DOTGraph.Statement, arrow: String, indent: String, _ name: (String) -> String, to out: inout String) {
        switch statement {
        case .edge(let edge): out += "\(indent)\(self.statement(edge, arrow: arrow, name))\n"
        case .subgraph(let subgraph): write(subgraph, arrow: arrow, indent: indent, name, to: &out)
        }
    }

    private static func statement(_ edge: DOTGraph.Edge, arrow: String, _ name: (String) -> String) -> String {
        "\(name(edge.source)) \(arrow) \(name(edge.target))" + (edge.attributes.isEmpty ? "" : " " + attributeList(edge.attributes, name)) + ";"
    }

    private static func statement(_ node: DOTGraph.Node, _ name: (String) -> String) -> String {
        name(node.id) + (node.attributes.isEmpty ? "" : " " + attributeList(node.attributes, name)) + ";"
    }

    /// `[key=value, …]` sorted by key; keys written like node names (exactly for exports).
    private static func attributeList(_ attributes: [String: DOTValue], _ name: (String) -> String = { quoted($0) }) -> String {
        "[" + attributes.keys.sorted().map { key in "\(name(key))=\(value(attributes[key]!))" }.joined(separator: ", ") + "]"
    }

    private static func value(_ v: DOTValue) -> String {
        switch v {
        case .text(let s): quoted(s.replacingOccurrences(of: "&", with: "&amp;"))
        // Graphviz ends an HTML-like string where its '<' and '>' balance: an unbalanced value could end early and
        // add statements (`x> ]; n [image="/etc/passwd"]; m [label=<y`), so it is written as quoted text instead.
        case .html(let s): isBalancedHTML(s) ? "<\(s)>" : quoted(s)
        case .exact(let s): exactQuoted(s) ?? quoted(s)
        }
    }

    /// A quoted DOT string: `\` → `\\`, `"` → `\"`, line feed → `\n` (a line break in labels), carriage return → `\r`,
    /// other control characters (which XML output cannot carry) → U+FFFD. The mapping is injective, so distinct IDs
    /// stay distinct; in labels Graphviz turns `\\` back into one backslash.
    package static func quoted(_ s: String) -> String {
        var out = "\""
        out.reserveCapacity(s.utf8.count + 2)
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\\": out += "\\\\"
            case "\"": out += "\\\""
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out.unicodeScalars.append(scalar)
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F { out += "\u{FFFD}" } else { out.unicodeScalars.append(scalar) }
            }
        }
        return out + "\""
    }

    /// A quoted DOT string that Graphviz's parser reads back as exactly `s`, or nil when none exists.
    ///
    /// Graphviz's lexer reads `\\` as two backslashes, `\"` as a quote, drops a backslash before a line break
    /// (line continuation) and keeps every other backslash. So quotes are escaped and nothing else is; a string with
    /// an odd run of backslashes before a quote or at its end, or a backslash before a line break, has no exact form.
    package static func exactQuoted(_ s: String) -> String? {
        var out = "\""
        var run = 0   // backslashes just written
        for ch in s {
            switch ch {
            case "\\": run += 1; out.append(ch); continue
            case "\"": if run % 2 == 1 { return nil }; out += "\\\""
            case "\n", "\r\n", "\r": if run > 0 { return nil }; out.append(ch)
            case "\u{0}": return nil
            default: out.append(ch)
            }
            run = 0
        }
        if run % 2 == 1 { return nil }
        return out + "\""
    }

    /// Whether Graphviz reads `<s>` as one HTML-like string ending at the last `>`: every `>` closes an earlier `<`.
    package static func isBalancedHTML(_ s: String) -> Bool {
        var depth = 0
        for byte in s.utf8 {
            if byte == UInt8(ascii: "<") { depth += 1 } else if byte == UInt8(ascii: ">") { depth -= 1; if depth < 0 { return false } }
        }
        return depth == 0
    }

    /// Text made safe inside an HTML-like label: `&`, `<`, `>`, `"` as entities, control characters dropped.
    package static func htmlEscaped(_ s: String) -> String {
        var out = ""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            default: if scalar.value >= 0x20 && scalar.value != 0x7F { out.unicodeScalars.append(scalar) }
            }
        }
        return out
    }

    /// Wraps text at word boundaries into lines of at most `width` characters (longer words stay whole), joined with
    /// line feeds (which ``quoted(_:)`` turns into DOT line breaks).
    package static func wrapped(_ text: String, width: Int = 22) -> String {
        var lines: [String] = []
        var line = ""
        for word in text.split(separator: " ", omittingEmptySubsequences: true) {
            if line.isEmpty { line = String(word) } else if line.count + 1 + word.count <= width { line += " " + word } else {
                lines.append(line); line = String(word)
            }
        }
        if !line.isEmpty { lines.append(line) }
        return lines.joined(separator: "\n")
    }
}
