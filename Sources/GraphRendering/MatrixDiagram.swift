import GraphCore
import GraphQuery

/// An ``/GraphQuery/IntersectionMatrix`` drawn as a heat-map table: one Graphviz node whose HTML-like label is the
/// table, each cell shaded by its count (five steps of one blue, from the largest count down; white when empty) and
/// marked with its count and the letter of its weakest evidence (``letter(for:)``).
/// Deterministic: the same matrix gives the same DOT.
public struct MatrixDiagram: Sendable {
    /// The DOT source.
    public let dot: String

    /// Sequential blues (ColorBrewer "Blues", 5 classes): light to dark; text turns white on the two darkest.
    static let shades = ["#EFF3FF", "#BDD7E7", "#6BAED6", "#3182BD", "#08519C"]

    /// The heat map of `matrix`, with `title` above it (default: what the rows, columns and via kind are).
    public init(_ matrix: IntersectionMatrix, title: String? = nil) {
        let rowKind = matrix.rows.first?.kind.pluralName ?? "rows"
        let columnKind = matrix.columns.first?.kind.pluralName ?? "columns"
        let heading = title ?? "\(rowKind.capitalizedFirst) × \(columnKind)" + (matrix.via.map { ", through \($0.pluralName)" } ?? "")
        let maximum = matrix.maximumCount
        var rows = "<tr><td border=\"0\"></td>"
        for c in matrix.columns { rows += "<td valign=\"bottom\"><b>\(Self.wrapped(c.label))</b></td>" }
        rows += "</tr>"
        for (i, r) in matrix.rows.enumerated() {
            rows += "<tr><td align=\"left\"><b>\(Self.wrapped(r.label))</b></td>"
            for cell in matrix.cells[i] {
                guard let weakest = cell.weakestEvidence, maximum > 0 else { rows += "<td bgcolor=\"#FFFFFF\"> </td>"; continue }
                let step = min(Self.shades.count - 1, (cell.count * Self.shades.count - 1) / maximum)
                let ink = step >= 3 ? "#FFFFFF" : "#000000"
                rows += "<td bgcolor=\"\(Self.shades[step])\"><font color=\"\(ink)\">\(cell.count) · \(Self.letter(for: weakest))</font></td>"
            }
            rows += "</tr>"
        }
        let what = matrix.via.map { "connecting \($0.pluralName)" } ?? "direct edges"
        let legend = "Each cell: number of \(what) · weakest evidence among them (R report, A about-report, C context, I inferred); darker = more."
            + (matrix.minimumEvidence == .inferred ? "" : " Only edges at evidence '\(matrix.minimumEvidence.rawValue)' or stronger.")
        rows += "<tr><td border=\"0\" align=\"left\" colspan=\"\(matrix.columns.count + 1)\"><font point-size=\"9\">\(Self.escaped(legend))</font></td></tr>"
        dot = """
            digraph "matrix" {
              graph [fontname="DejaVu Sans", fontsize="14", labelloc="t", label="\(Self.quoted(heading))", margin="0.2"];
              node [shape="plaintext", fontname="DejaVu Sans", fontsize="10"];
              "matrix" [label=<<table border="0" cellborder="1" cellspacing="0" cellpadding="5">\(rows)</table>>];
            }

            """
    }

    /// Renders the heat map with Graphviz's `dot`. - Throws: ``RenderError``.
    public func render(to format: RenderFormat) throws(RenderError) -> RenderResult {
        try GraphvizRenderer.shared.render(dot: dot, engine: .dot, format: format)
    }

    /// The one-letter mark of an evidence level in a cell: R, A, C or I.
    public static func letter(for e: EvidenceLevel) -> String {
        switch e {
        case .report: "R"
        case .aboutReport: "A"
        case .context: "C"
        case .inferred: "I"
        }
    }

    /// Text for an HTML-like label: markup characters escaped.
    static func escaped(_ s: String) -> String {
        var out = ""
        for ch in s {
            switch ch {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            default: out.append(ch)
            }
        }
        return out
    }

    /// Text for a quoted DOT string.
    static func quoted(_ s: String) -> String {
        s.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"").replacingOccurrences(of: "\n", with: " ")
    }

    /// A label broken into lines of about 18 characters at spaces, escaped.
    static func wrapped(_ label: String, width: Int = 18) -> String {
        var lines: [String] = [], line = ""
        for word in label.split(separator: " ") {
            if !line.isEmpty && line.count + 1 + word.count > width { lines.append(line); line = "" }
            line += (line.isEmpty ? "" : " ") + word
        }
        if !line.isEmpty { lines.append(line) }
        return lines.map(escaped).joined(separator: "<br/>")
    }
}

private extension String {
    var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}
