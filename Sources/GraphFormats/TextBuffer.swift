import Foundation

/// UTF-8 text built by appending bytes, for output written by the hundred thousand records (CSV results, exports of
/// large plain graphs). The buffer is owned and written with plain stores: `Array.append(contentsOf:)` and String
/// appends cost about 90 instructions a call, more than the digits of an integer, and a 200,000-row table makes a
/// million such calls. Non-copyable, so the buffer has exactly one owner.
package struct TextBuffer: ~Copyable {
    // visible to inlined callers: the appends below are inlined into the writers' loops in other modules
    @usableFromInline var base: UnsafeMutablePointer<UInt8>
    @usableFromInline var capacity: Int
    /// The bytes written so far.
    @usableFromInline package internal(set) var count = 0

    // malloc'd, so that growing is a realloc (for a large buffer an mremap: no copy, and never the old and the new
    // buffer resident at once) and so that `Data` can take the buffer over and free it
    package init(capacity: Int = 1 << 16) {
        self.capacity = max(capacity, 64)
        base = Self.allocate(self.capacity)
    }

    deinit { free(base) }

    private static func allocate(_ bytes: Int) -> UnsafeMutablePointer<UInt8> {
        guard let memory = malloc(bytes) else { fatalError("out of memory for a \(bytes)-byte text buffer") }
        return memory.assumingMemoryBound(to: UInt8.self)
    }

    @inlinable package mutating func append(_ byte: UInt8) {
        reserve(1)
        base[count] = byte
        count += 1
    }

    @inlinable package mutating func append(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let from = bytes.baseAddress, !bytes.isEmpty else { return }
        reserve(bytes.count)
        (base + count).update(from: from, count: bytes.count)
        count += bytes.count
    }

    /// Appends the UTF-8 of `s`: one copy when it is contiguous (native strings, small ones included).
    package mutating func append(_ s: String) {
        let copied: Void? = s.utf8.withContiguousStorageIfAvailable { append($0) }
        if copied == nil { for b in s.utf8 { append(b) } }
    }

    /// Appends the shortest text that reads back as the same Double, the text of `"\(x)"`. The digits come from the
    /// standard library's `write(to:)`, which hands them over as an ASCII buffer: `description` would wrap them in a
    /// String first, and its UTF-8 view would then be copied a byte at a time.
    package mutating func append(number x: Double) {
        reserve(DigitSink.room)
        var sink = DigitSink(start: base + count)
        x.write(to: &sink)
        count += sink.written
        if !sink.spill.isEmpty { sink.spill.withUnsafeBufferPointer { append($0) } }
    }

    /// Appends an integer in decimal. (Labelled, as is the Double's: an unlabelled `append(0x2C)` would pick the
    /// `Int` overload and write "44".)
    package mutating func append(number n: Int) {
        reserve(21)
        if n < 0 { base[count] = 0x2D; count += 1 }
        // the digits right to left into the last 20 bytes of the room, then moved up
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

    /// Makes room for `extra` more bytes.
    @inlinable package mutating func reserve(_ extra: Int) {
        if count + extra > capacity { grow(to: count + extra) }
    }

    @inline(never) @usableFromInline
    mutating func grow(to needed: Int) {
        let larger = max(needed, 2 * capacity)
        guard let moved = realloc(base, larger) else { fatalError("out of memory for a \(larger)-byte text buffer") }
        base = moved.assumingMemoryBound(to: UInt8.self)
        capacity = larger
    }

    /// The text of the first `prefix` bytes (all of them by default).
    package func string(prefix: Int? = nil) -> String {
        String(decoding: UnsafeBufferPointer(start: base, count: min(prefix ?? count, count)), as: UTF8.self)
    }

    /// The bytes as `Data` (one copy).
    package var data: Data { Data(bytes: base, count: count) }

    /// The bytes as `Data` that takes the buffer over: no copy.
    package consuming func takeData() -> Data {
        let bytes = base, count = count
        discard self
        return Data(bytesNoCopy: bytes, count: count, deallocator: .free)
    }
}

/// Where `Double.write(to:)` puts its digits: straight into a buffer that has `room` bytes free (the standard library
/// formats a Double into a 32-byte buffer). Text beyond that, which the standard library does not produce today,
/// goes to `spill` and is copied after, so nothing is lost if it ever does.
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
