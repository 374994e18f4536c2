/// RFC 4180 comma-separated values, as Excel, LibreOffice and Gephi write and read them: fields separated by commas,
/// records by line breaks (CRLF or LF), a field quoted with `"` when it holds a comma, a quote or a line break (a
/// quote inside doubled), quoted fields may span lines. Shared by the spreadsheet tables and Neo4j's import files.
enum CSV {
    /// One record and where it starts.
    struct Record {
        /// The 1-based line the record starts on.
        var line: Int
        /// The fields, unquoted.
        var fields: [String]
        /// The 1-based column (in Unicode scalars) each field starts at, on the line it starts on.
        var columns: [Int]
        /// The 1-based line each field starts on (a quoted field before it may span lines).
        var lines: [Int]
    }

    /// A field as CSV writes it: quoted when it must be (and when it has spaces at either end, which spreadsheets
    /// would otherwise trim).
    static func field(_ s: String) -> String {
        // scalars, not Characters: "\r\n" is one Character, equal to neither "\r" nor "\n"
        let needsQuotes = s.unicodeScalars.contains { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }
            || s.first?.isWhitespace == true || s.last?.isWhitespace == true
        return needsQuotes ? "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : s
    }

    /// A record's line: its fields joined by commas, ended by CRLF as RFC 4180 has it.
    static func line(_ fields: [String]) -> String { fields.map(field).joined(separator: ",") + "\r\n" }

    /// The records of `text`; blank lines are skipped. A byte-order mark at the start is ignored (Excel writes one).
    /// - Throws: ``GraphInputError`` at the line and column of a quote that is never closed or of text after a
    ///   closing quote.
    static func records(_ text: String, file: String) throws(GraphInputError) -> [Record] {
        var records: [Record] = []
        var fields: [String] = [], columns: [Int] = [], lines: [Int] = []
        var field = String.UnicodeScalarView()
        var line = 1, column = 1, recordLine = 1, fieldColumn = 1, fieldLine = 1
        var quoted = false, inQuotes = false, afterQuote = false, quoteLine = 1, quoteColumn = 1
        var scalars = Array(text.unicodeScalars)
        if scalars.first == "\u{FEFF}" { scalars.removeFirst() }
        var i = 0
        func endField() {
            fields.append(String(field)); columns.append(fieldColumn); lines.append(fieldLine)
            field = String.UnicodeScalarView(); quoted = false; afterQuote = false
        }
        func endRecord() {
            endField()
            if !(fields.count == 1 && fields[0].isEmpty && !quoted) { records.append(Record(line: recordLine, fields: fields, columns: columns, lines: lines)) }
            fields = []; columns = []; lines = []
        }
        while i < scalars.count {
            let c = scalars[i]
            if inQuotes {
                if c == "\"" {
                    if i + 1 < scalars.count && scalars[i + 1] == "\"" { field.append("\""); i += 2; column += 2; continue }
                    inQuotes = false; afterQuote = true
                } else {
                    field.append(c)
                    if c == "\n" { line += 1; column = 0 }
                }
                i += 1; column += 1
                continue
            }
            switch c {
            case ",":
                endField()
                fieldColumn = column + 1; fieldLine = line
            case "\r", "\n":
                if c == "\r" && i + 1 < scalars.count && scalars[i + 1] == "\n" { i += 1 }
                let wasEmptyLine = fields.isEmpty && field.isEmpty && !quoted
                if wasEmptyLine { fields = []; columns = []; lines = [] } else { endRecord() }
                line += 1; column = 0; recordLine = line; fieldColumn = 1; fieldLine = line
            case "\"" where field.isEmpty && !afterQuote && !quoted:
                inQuotes = true; quoted = true; quoteLine = line; quoteColumn = column
            default:
                if afterQuote {
                    throw GraphInputError(file: file, line: line, column: column, message: "text after a closing quote (a quote inside a quoted field is written twice: \"\")")
                }
                field.append(c)
            }
            i += 1; column += 1
        }
        if inQuotes { throw GraphInputError(file: file, line: quoteLine, column: quoteColumn, message: "a quoted field is never closed") }
        if !fields.isEmpty || !field.isEmpty || quoted { endRecord() }
        return records
    }
}
