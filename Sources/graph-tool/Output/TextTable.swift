import Foundation

/// Aligned plain-text tables for people: on a terminal narrower than the table, the widest text column is cut to
/// fit (its cells end in "…"); into a pipe or a file, tables are written whole.
struct TextTable {
    var header: [String]
    var rows: [[String]] = []
    /// Columns to right-align (numbers).
    var numericColumns: Set<Int> = []

    init(_ header: [String], numericColumns: Set<Int> = []) {
        self.header = header
        self.numericColumns = numericColumns
    }

    mutating func add(_ row: [String]) { rows.append(row) }

    /// The width of the terminal standard output is, or nil when it is not a terminal.
    static var terminalWidth: Int? {
        guard isatty(1) != 0 else { return nil }
        var size = winsize()
        guard ioctl(1, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return nil }
        return Int(size.ws_col)
    }

    /// The table, fitted to `width` columns when given (default: the terminal's, if standard output is one).
    func render(width: Int? = TextTable.terminalWidth) -> String {
        let all = [header] + rows
        var widths = [Int](repeating: 0, count: header.count)
        for row in all { for (i, cell) in row.enumerated() where i < widths.count { widths[i] = max(widths[i], cell.count) } }
        let natural = widths
        if let width, !widths.isEmpty {
            // The widest text columns give way one character at a time (so long labels end up equally cut), down to
            // 8 characters; numbers and identifiers (id, source, target, key) are never cut: people copy them.
            let kept: Set<String> = ["id", "source", "target", "key", "rank"]
            let shrinkable = widths.indices.filter { !numericColumns.contains($0) && !kept.contains(header[$0]) }
            var total = widths.reduce(0, +) + 2 * (widths.count - 1)
            while total > width, let widest = shrinkable.filter({ widths[$0] > 8 }).max(by: { widths[$0] < widths[$1] }) {
                widths[widest] -= 1
                total -= 1
            }
        }
        func line(_ row: [String]) -> String {
            row.enumerated().map { i, original in
                var cell = original
                if widths[i] < natural[i], cell.count > widths[i] { cell = String(cell.prefix(widths[i] - 1)) + "…" }
                let pad = String(repeating: " ", count: max(0, widths[i] - cell.count))
                return numericColumns.contains(i) ? pad + cell : (i == row.count - 1 ? cell : cell + pad)
            }.joined(separator: "  ")
        }
        let rule = widths.map { String(repeating: "-", count: $0) }.joined(separator: "  ")
        return ([line(header), rule] + rows.map(line)).joined(separator: "\n")
    }
}
