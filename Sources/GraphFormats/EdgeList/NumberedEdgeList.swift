import Foundation
import GraphCore

/// The fast path of ``EdgeListReader/readSnapshot(data:file:options:)``: an unweighted edge list in which every line
/// is two canonical decimal numbers below ``EdgeListParser/denseLimit`` (`0`, `17`, never `017`), a blank line or a
/// `#` comment, as the large files of SNAP, NetworkX's `write_edgelist(data=False)` and most generators are.
///
/// It reads in two passes. The first only parses: the file is cut at line starts into one slice per core (one for
/// a file under ``concurrentScanThreshold``), each scanned on its own thread, with no table lookups and no line
/// numbers, into raw pairs of numbers written straight into the edge arrays (sized from a count of line ends, so
/// nothing is copied as they grow and no second pair of arrays is touched). The second numbers the nodes in order
/// of first appearance, as ``EdgeListParser`` does, in place, through a table indexed by the number; the same table
/// is the snapshot's ``/GraphCore/GraphSnapshot/NodeIndex/byNumber(table:)`` index. The first line that is anything
/// else (a name, a weight, a quote, a number too large) makes ``snapshot(_:directed:progress:)`` return `nil`, and
/// the general parser reads the file from the start, with its rules and its error messages: this path changes how
/// fast a file is read, never what is read from it.
enum NumberedEdgeList {
    /// Files smaller than this are scanned on one thread.
    static let concurrentScanThreshold = 1 << 20

    /// The snapshot of `bytes`, or `nil` when some line is not for this path (or there is no edge at all, which
    /// the general parser reports).
    static func snapshot(_ bytes: UnsafeRawBufferPointer, directed: Bool, progress: ProgressReporter?) -> GraphSnapshot? {
        guard let base = bytes.baseAddress?.assumingMemoryBound(to: UInt8.self), bytes.count > 0 else { return nil }
        let count = bytes.count
        let start = count >= 3 && base[0] == 0xEF && base[1] == 0xBB && base[2] == 0xBF ? 3 : 0
        let slices = count < concurrentScanThreshold ? 1 : Concurrency.defaultThreadCount
        var bounds = [start]
        for k in 1..<slices {
            // a slice starts right after a line end
            var p = max(start, count * k / slices)
            while p < count && base[p - 1] != 0x0A { p += 1 }
            bounds.append(p)
        }
        bounds.append(count)
        // The scans only read the bytes; the wrapper hands the address to the threads. Every pair ends a line and
        // every line but the last ends in a line end, so a slice's line ends bound its pairs: each slice writes its
        // pairs straight into the edge arrays, from where the ones before it can end at the most.
        let shared = UnsafeMutableSendablePointer(UnsafeMutablePointer(mutating: base)), cuts = bounds
        let room = parallelChunks(count: slices, threads: slices) { k, _ in
            Scan.lineEnds(shared.pointer + cuts[k], count: cuts[k + 1] - cuts[k]) + 1
        }
        let firstSlot = room.reduce(into: [0]) { $0.append($0.last! + $1) }
        var targets: [Int32] = [], table: [Int32] = [], numbers: [Int32] = []
        var complete = true
        let sources = [Int32](unsafeUninitializedCapacity: firstSlot[slices]) { sources, sourcesFilled in
            targets = [Int32](unsafeUninitializedCapacity: firstSlot[slices]) { targets, targetsFilled in
                let first = UnsafeMutableSendablePointer(sources.baseAddress!), second = UnsafeMutableSendablePointer(targets.baseAddress!)
                if start > 0 { progress?.advance(by: start, of: count) }   // the byte-order mark, read
                let parts = parallelChunks(count: slices, threads: slices) { k, _ in
                    Scan(shared.pointer, from: cuts[k], to: cuts[k + 1], of: count, into: first.pointer + firstSlot[k], second.pointer + firstSlot[k], progress: progress)
                }
                guard parts.allSatisfy(\.complete) else { complete = false; return }
                // close the gaps the slices' comments and blank lines left
                var edgeCount = 0
                for (k, part) in parts.enumerated() {
                    if firstSlot[k] != edgeCount {
                        (first.pointer + edgeCount).update(from: first.pointer + firstSlot[k], count: part.pairs)
                        (second.pointer + edgeCount).update(from: second.pointer + firstSlot[k], count: part.pairs)
                    }
                    edgeCount += part.pairs
                }
                guard edgeCount > 0 else { complete = false; return }
                // number the nodes in order of first appearance, the source of a line before its target, in place
                table = [Int32](repeating: -1, count: parts.map(\.largest).max()! + 1)
                table.withUnsafeMutableBufferPointer { table in
                    var next: Int32 = 0
                    for i in 0..<edgeCount {
                        let a = Int(sources[i]), b = Int(targets[i])
                        var u = table[a]
                        if u < 0 { u = next; table[a] = u; next += 1; numbers.append(Int32(a)) }
                        var v = table[b]
                        if v < 0 { v = next; table[b] = v; next += 1; numbers.append(Int32(b)) }
                        sources[i] = u; targets[i] = v
                    }
                }
                targetsFilled = edgeCount
            }
            sourcesFilled = targets.count
        }
        guard complete else { return nil }
        let names = numbers.map(Self.decimalName)
        let graph = CompactGraph(nodeCount: names.count, isDirected: directed, sources: sources, targets: targets).simplified()
        return GraphSnapshot(graph: graph, ids: names.map { NodeID($0) }, kinds: [NodeKind](repeating: .generic, count: names.count),
                             labels: names, index: .byNumber(table: table))
    }

    /// `value` (non-negative) in decimal, written straight into the string's storage: `String(value)` goes through
    /// the general radix conversion and cost about 250 instructions a name, a tenth of loading a 1M-edge list.
    static func decimalName(_ value: Int32) -> String {
        var digits = 1, probe = Int(value)
        while probe >= 10 { probe /= 10; digits += 1 }
        return String(unsafeUninitializedCapacity: digits) { buffer in
            var rest = Int(value), i = digits
            repeat {
                i -= 1
                buffer[i] = UInt8(truncatingIfNeeded: 0x30 + rest % 10)
                rest /= 10
            } while i > 0
            return digits
        }
    }

    /// The scan of one slice into raw pairs, `first[k]`, `second[k]` for `k < pairs`, in the order of the lines.
    struct Scan {
        /// Whether every line of the slice was for this path.
        private(set) var complete = true
        private(set) var pairs = 0
        /// The largest number read (-1 before the first).
        private(set) var largest = -1
        private let first: UnsafeMutablePointer<Int32>
        private let second: UnsafeMutablePointer<Int32>

        /// Scans `base[start..<end]` into `first` and `second`, which have room for a pair per line end and one
        /// more, telling `progress` of the bytes read out of the file's `total`.
        init(_ base: UnsafePointer<UInt8>, from start: Int, to end: Int, of total: Int,
             into first: UnsafeMutablePointer<Int32>, _ second: UnsafeMutablePointer<Int32>, progress: ProgressReporter?) {
            self.first = first
            self.second = second
            // The lines up to the last line end are scanned in place: each ends in a line end, which stops every
            // loop below without a bound check. A last line without one is copied out with one appended.
            var body = end
            while body > start && base[body - 1] != 0x0A { body -= 1 }
            let step = EdgeListParser.progressStep
            var p = start
            while complete && p < body {
                let to = min(body, p + step)
                let stop = to == body ? body : Self.nextLineStart(base, after: to - 1, before: body)
                scanLines(base, from: p, to: stop)
                progress?.advance(by: stop - p, of: total)
                p = stop
            }
            if complete && body < end {
                var tail = [UInt8](UnsafeBufferPointer(start: base + body, count: end - body))
                tail.append(0x0A)
                tail.withUnsafeBufferPointer { scanLines($0.baseAddress!, from: 0, to: $0.count) }
                progress?.advance(by: end - body, of: total)
            }
        }

        /// Scans whole lines `base[start..<end]`, `end` right after a line end; clears ``complete`` at the first line
        /// that is not for this path.
        private mutating func scanLines(_ base: UnsafePointer<UInt8>, from start: Int, to end: Int) {
            let dense = EdgeListParser.denseLimit
            var p = start, n = pairs, top = largest
            defer { pairs = n; largest = top }
            @inline(__always) func blank(_ c: UInt8) -> Bool { c == 0x20 || c == 0x09 }
            @inline(__always) func digit(_ c: UInt8) -> Bool { c &- 0x30 <= 9 }
            // The canonical number below `dense` at `p` (a digit), or -1: the rule of
            // `GraphSnapshot.canonicalNumber(utf8:below:)`, written out for the scan. Such a number has at most 7
            // digits: the loop stops at the 8th, and a bounded loop compiles to straight code (an open one made the
            // optimizer keep several copies of `p`, twice the instructions).
            @inline(__always) func number(_ p: inout Int) -> Int {
                let lead = base[p] &- 0x30
                var value = Int(lead), length = 1
                while length < 8 {
                    let next = base[p &+ length] &- 0x30
                    guard next <= 9 else { break }
                    value = value &* 10 &+ Int(next)
                    length &+= 1
                }
                p &+= length
                return length < 8 && value < dense && (lead != 0 || length == 1) ? value : -1
            }
            while p < end {
                while blank(base[p]) { p &+= 1 }
                let c = base[p]
                if digit(c) {
                    let a = number(&p)
                    guard a >= 0, blank(base[p]) else { complete = false; return }
                    repeat { p &+= 1 } while blank(base[p])
                    guard digit(base[p]) else { complete = false; return }
                    let b = number(&p)
                    guard b >= 0 else { complete = false; return }
                    while blank(base[p]) { p &+= 1 }
                    switch base[p] {
                    case 0x0A: p &+= 1
                    case 0x0D where base[p &+ 1] == 0x0A: p &+= 2
                    case 0x23: p = Self.nextLineStart(base, after: p, before: end)
                    default: complete = false; return
                    }
                    first[n] = Int32(truncatingIfNeeded: a); second[n] = Int32(truncatingIfNeeded: b)
                    n &+= 1
                    top = max(top, a, b)
                } else if c == 0x0A {
                    p &+= 1
                } else if c == 0x0D && base[p &+ 1] == 0x0A {
                    p &+= 2
                } else if c == 0x23 {
                    p = Self.nextLineStart(base, after: p, before: end)
                } else {
                    complete = false; return
                }
            }
        }

        /// Where the line after the one holding `base[p]` starts: right after its line end, or `end` when none comes
        /// before it.
        private static func nextLineStart(_ base: UnsafePointer<UInt8>, after p: Int, before end: Int) -> Int {
            guard p < end, let found = memchr(base + p, 0x0A, end - p) else { return end }
            return base.distance(to: found.assumingMemoryBound(to: UInt8.self)) + 1
        }

        /// The number of line ends in `bytes[0..<count]`, eight bytes at a time: in `x = word ^ 0x0A…0A` a line end
        /// is a zero byte, `~(((x & 0x7F…7F) + 0x7F…7F) | x | 0x7F…7F)` keeps the top bit of exactly those, and
        /// shifted down to ones they are summed into the top byte by a multiplication (a population count is a call
        /// on the baseline x86-64 the package is built for).
        static func lineEnds(_ bytes: UnsafePointer<UInt8>, count: Int) -> Int {
            let low: UInt64 = 0x7F7F_7F7F_7F7F_7F7F, newlines: UInt64 = 0x0A0A_0A0A_0A0A_0A0A
            var total = 0, i = 0
            let raw = UnsafeRawPointer(bytes)
            while i + 8 <= count {
                let x = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self) ^ newlines
                let ones = (~(((x & low) &+ low) | x | low)) >> 7
                total &+= Int((ones &* 0x0101_0101_0101_0101) >> 56)
                i += 8
            }
            while i < count { total &+= bytes[i] == 0x0A ? 1 : 0; i += 1 }
            return total
        }
    }
}
