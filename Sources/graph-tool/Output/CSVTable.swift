import Foundation
import Graph

/// RFC 4180 CSV: header row, fields quoted when they hold a comma, quote, CR or LF. Records are encoded into UTF-8
/// bytes as they are added (a ``TextBuffer``): joining rows of strings into one String makes string appends and
/// interpolation three fifths of the work of a 200,000-row `centrality --format csv`.
struct CSVTable: ~Copyable {
    private var out = TextBuffer()
    private var fieldsInRecord = 0

    init(_ header: [String]) {
        add(header)
    }

    /// Adds a record of text fields.
    mutating func add(_ row: [String]) {
        for cell in row { field(cell) }
        endRecord()
    }

    /// Appends a text field to the current record.
    mutating func field(_ s: String) {
        separate()
        // the common case, a field that needs no quotes, as one scan and one copy of contiguous UTF-8 (small strings
        // included: the standard library copies them to the stack for the closure)
        let plain: Bool? = s.utf8.withContiguousStorageIfAvailable { utf8 in
            for b in utf8 where b <= 0x2C && (b == 0x2C || b == 0x22 || b == 0x0A || b == 0x0D) { return false }
            out.append(utf8)
            return true
        }
        if plain == true { return }
        if s.utf8.contains(where: { $0 == 0x2C || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }) {
            out.append(0x22)
            for b in s.utf8 {
                if b == 0x22 { out.append(0x22) }
                out.append(b)
            }
            out.append(0x22)
        } else {
            out.append(s)
        }
    }

    /// Appends a number as the shortest text that reads back as the same Double (as `"\(x)"`).
    mutating func field(_ x: Double) {
        separate()
        out.append(number: x)
    }

    /// Appends an integer.
    mutating func field(_ n: Int) {
        separate()
        out.append(number: n)
    }

    /// Ends the current record (LF).
    mutating func endRecord() {
        out.append(0x0A)
        fieldsInRecord = 0
    }

    private mutating func separate() {
        if fieldsInRecord > 0 { out.append(0x2C) }
        fieldsInRecord += 1
    }

    /// The records joined by LF, without a final line end.
    func render() -> String {
        out.string(prefix: max(0, out.count - 1))
    }

    /// Writes the records, each with its line end, to standard output (after what `print` buffered, so the order
    /// with other output is kept).
    /// - Throws: when standard output is closed, full or broken.
    func write() throws {
        try StandardOutput.write(out.data)
    }
}
