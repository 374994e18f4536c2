import Foundation
import Graph

/// A result row that prints as a table line, a CSV record and a JSON object with the same fields.
protocol TabularRow: Encodable {
    /// Column names, used as the CSV header and the table header.
    static var columns: [String] { get }
    /// Columns right-aligned in tables.
    static var numericColumns: Set<Int> { get }
    /// Cells for CSV (full precision).
    var cells: [String] { get }
    /// Cells for tables (rounded numbers); defaults to `cells`.
    var tableCells: [String] { get }
    /// Adds the row as a CSV record, the same text as `cells`; defaults to adding `cells`. Rows printed by the
    /// hundred thousand write their numbers without making strings of them first.
    func addCSV(to csv: inout CSVTable)
}

extension TabularRow {
    static var numericColumns: Set<Int> { [] }
    var tableCells: [String] { cells }
    func addCSV(to csv: inout CSVTable) { csv.add(cells) }
}

/// Prints rows in the chosen format. `summary` is printed above a table; `json` replaces the bare array of rows when
/// a command has more to say (e.g. a modularity value).
func emit<Row: TabularRow>(_ rows: [Row], format: OutputFormat, summary: String? = nil, json: (any Encodable)? = nil) throws {
    switch format {
    case .json:
        if let json { print(try JSONOutput.render(AnyEncodableValue(json))) } else { print(try JSONOutput.render(rows)) }
    case .csv:
        var csv = CSVTable(Row.columns)
        for row in rows { row.addCSV(to: &csv) }
        try csv.write()
    case .table:
        if let summary { print(summary) }
        var table = TextTable(Row.columns, numericColumns: Row.numericColumns)
        for row in rows { table.add(row.tableCells) }
        print(table.render())
    }
}

/// Numbers for people: 6 significant digits.
func formatScore(_ x: Double) -> String {
    if x == 0 { return "0" }
    return String(format: "%.6g", x)
}

/// Numbers for programs: the shortest text that reads back as the same Double.
func exactScore(_ x: Double) -> String { "\(x)" }

/// True when standard error is a terminal (progress notes go there only then).
var standardErrorIsTerminal: Bool { isatty(2) != 0 }

/// A line on standard error. A closed or broken standard error loses the note rather than stopping the command.
func note(_ message: String) {
    _ = AtomicFile.writeAll(STDERR_FILENO, Data((message + "\n").utf8))
}
