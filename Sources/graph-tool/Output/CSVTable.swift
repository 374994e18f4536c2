import Foundation
import Graph

/// RFC 4180 CSV: header row, fields quoted when they hold a comma, quote, CR or LF. Records are encoded into UTF-8
/// bytes as they are added: joining rows of strings into one String makes string appends and interpolation three
/// fifths of the work of a 200,000-row `centrality --format csv`.
///
/// The bytes live in a buffer the table owns and writes with plain stores: `Array.append(contentsOf:)` costs about
/// 90 instructions a call, more than the digits of an integer, and a 200,000-row table makes a million such calls.
/// The table is non-copyable so that the buffer has exactly one owner.
struct CSVTable: ~Copyable {
    private var base: UnsafeMutablePointer<UInt8>
    private var capacity: Int
    private var count = 0
    private var fieldsInRecord = 0

    init(_ header: [String]) {
        capacity = 1 << 16
        base = .allocate(capacity: capacity)
        add(header)
    }

    deinit { base.deallocate() }

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
            put(utf8)
            return true
        }
        if plain == true { return }
        if s.utf8.contains(where: { $0 == 0x2C || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }) {
            put(0x22)
            for b in s.utf8 {
                if b == 0x22 { put(0x22) }
                put(b)
            }
            put(0x22)
        } else {
            for b in s.utf8 { put(b) }
        }
    }

    /// Appends a number as the shortest text that reads back as the same Double, the text of `"\(x)"`. The digits
    /// come from the standard library's `write(to:)`, which hands them over as an ASCII buffer: `description` would
    /// wrap them in a String first and its UTF-8 view would then be copied a byte at a time, together three fifths
    /// of the cost of a number.
    mutating func field(_ x: Double) {
        separate()
        reserve(DigitSink.room)
        var sink = DigitSink(start: base + count)
        x.write(to: &sink)
        count += sink.written
        if !sink.spill.isEmpty { sink.spill.withUnsafeBufferPointer { put($0) } }
    }

    /// Appends an integer.
    mutating func field(_ n: Int) {
        separate()
        reserve(21)
        if n < 0 { base[count] = 0x2D; count += 1 }
        // the digits right to left into the last 20 bytes of the room, then moved up to the record
        var magnitude = n.magnitude, at = count + 20
        repeat {
            at -= 1
            base[at] = UInt8(truncatingIfNeeded: 0x30 &+ magnitude % 10)
            magnitude /= 10
        } while magnitude > 0
        let digits = count + 20 - at
        if at != count { memmove(base + count, base + at, digits) }   // the two ranges overlap past ten digits
        count += digits
    }

    /// Ends the current record (LF).
    mutating func endRecord() {
        put(0x0A)
        fieldsInRecord = 0
    }

    private mutating func separate() {
        if fieldsInRecord > 0 { put(0x2C) }
        fieldsInRecord += 1
    }

    private mutating func put(_ byte: UInt8) {
        reserve(1)
        base[count] = byte
        count += 1
    }

    private mutating func put(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let from = bytes.baseAddress, !bytes.isEmpty else { return }
        reserve(bytes.count)
        (base + count).update(from: from, count: bytes.count)
        count += bytes.count
    }

    /// Makes room for `extra` more bytes.
    private mutating func reserve(_ extra: Int) {
        if count + extra > capacity { grow(to: count + extra) }
    }

    @inline(never)
    private mutating func grow(to needed: Int) {
        let larger = max(needed, 2 * capacity)
        let moved = UnsafeMutablePointer<UInt8>.allocate(capacity: larger)
        moved.update(from: base, count: count)
        base.deallocate()
        base = moved
        capacity = larger
    }

    /// The records joined by LF, without a final line end.
    func render() -> String {
        String(decoding: UnsafeBufferPointer(start: base, count: max(0, count - 1)), as: UTF8.self)
    }

    /// Writes the records, each with its line end, to standard output (after what `print` buffered, so the order
    /// with other output is kept).
    /// - Throws: when standard output is closed, full or broken.
    func write() throws {
        try StandardOutput.write(Data(bytes: base, count: count))
    }
}

/// Where `Double.write(to:)` puts its digits: straight into the table's buffer, which has `room` bytes free (the
/// standard library formats a Double into a 32-byte buffer). Text beyond that, which the standard library does not
/// produce today, goes to `spill` and is copied after, so nothing is lost if it ever does.
private struct DigitSink: TextOutputStream {
    static let room = 32
    let start: UnsafeMutablePointer<UInt8>
    var written = 0
    var spill: [UInt8] = []

    init(start: UnsafeMutablePointer<UInt8>) { self.start = start }

    mutating func write(_ string: String) {
        var string = string
        string.withUTF8 { _writeASCII($0) }
    }

    /// The standard library's entry for ASCII it has already formatted (numbers): one copy, no String in between.
    mutating func _writeASCII(_ buffer: UnsafeBufferPointer<UInt8>) {
        guard let from = buffer.baseAddress, !buffer.isEmpty else { return }
        if spill.isEmpty && written + buffer.count <= Self.room {
            (start + written).update(from: from, count: buffer.count)
            written += buffer.count
        } else {
            spill.append(contentsOf: buffer)
        }
    }
}
