import Foundation
import GraphCore

/// The plain reader of DOT (see ``PlainGraphReader``): one anonymous `graph` or `digraph` (`strict` or not) whose
/// statements are node statements without attributes (`"a";`), edge statements between two nodes with at most a
/// `weight` (`"a" -- "b" ["weight"="2.5"];`, no chains), and `graph [charset="UTF-8"]`, separated by optional
/// semicolons. That is what our exporter writes for a graph of names and (weighted) edges, and what many programs
/// write for an edge list in DOT. Nodes are numbered in order of first mention, as Graphviz creates them; a node
/// statement for a node already mentioned changes nothing.
///
/// A node's name is a quoted string without backslashes, line breaks or control characters, a number of digits, or
/// an ASCII identifier that is not a keyword, at most ``ReadLimits/maxStringLength`` bytes. Comments, ports,
/// subgraphs, attribute defaults, `+` concatenation, HTML-like strings, a graph name, any other attribute, a byte-order
/// mark or bytes that are not UTF-8 make the file not plain: the full reader (Graphviz's parser) reads it.
enum PlainDOT {
    static func snapshot(_ bytes: UnsafeRawBufferPointer, limits: ReadLimits) -> GraphSnapshot? {
        var s = Scanner(bytes: bytes, maxLength: limits.maxStringLength)
        s.skipSpace()
        var word = s.identifier()
        if let w = word, s.keyword(w, "strict") {
            s.skipSpace()
            word = s.identifier()
        }
        guard let kind = word else { return nil }
        let directed: Bool
        if s.keyword(kind, "digraph") { directed = true } else if s.keyword(kind, "graph") { directed = false } else { return nil }
        s.skipSpace()
        guard s.take(0x7B) else { return nil }   // `{`: an anonymous graph
        var builder = PlainSnapshotBuilder()
        while true {
            s.skipSpace()
            if s.take(0x7D) { break }   // `}`
            guard s.statement(&builder, directed: directed) else { return nil }
            s.skipSpace()
            _ = s.take(0x3B)   // `;`
        }
        s.skipSpace()
        guard s.atEnd else { return nil }
        return builder.snapshot(directed: directed)
    }

    private struct Scanner {
        let bytes: UnsafeRawBufferPointer
        let maxLength: Int
        var index = 0

        var atEnd: Bool { index >= bytes.count }

        init(bytes: UnsafeRawBufferPointer, maxLength: Int) {
            self.bytes = bytes
            self.maxLength = maxLength
        }

        mutating func skipSpace() {
            while index < bytes.count, bytes[index] == 0x20 || bytes[index] == 0x0A || bytes[index] == 0x09 || bytes[index] == 0x0D { index += 1 }
        }

        mutating func take(_ byte: UInt8) -> Bool {
            guard index < bytes.count, bytes[index] == byte else { return false }
            index += 1
            return true
        }

        func peek(_ offset: Int = 0) -> UInt8? { index + offset < bytes.count ? bytes[index + offset] : nil }

        static func isLetter(_ b: UInt8) -> Bool { (b >= 0x61 && b <= 0x7A) || (b >= 0x41 && b <= 0x5A) || b == 0x5F }
        static func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }

        /// An unquoted identifier (ASCII letters, digits and `_`, not starting with a digit).
        mutating func identifier() -> Range<Int>? {
            let start = index
            guard let b = peek(), Self.isLetter(b) else { return nil }
            while let b = peek(), Self.isLetter(b) || Self.isDigit(b) { index += 1 }
            // a byte DOT allows in identifiers that this subset does not (UTF-8 letters)
            if let b = peek(), b >= 0x80 { return nil }
            return start..<index
        }

        /// Whether `range` is the keyword `word` (lowercase), which DOT matches ignoring case.
        func keyword(_ range: Range<Int>, _ word: StaticString) -> Bool {
            guard range.count == word.utf8CodeUnitCount else { return false }
            let w = UnsafeRawBufferPointer(start: word.utf8Start, count: word.utf8CodeUnitCount)
            return zip(bytes[range], w).allSatisfy { $0 | 0x20 == $1 }
        }

        func isKeyword(_ range: Range<Int>) -> Bool {
            keyword(range, "node") || keyword(range, "edge") || keyword(range, "graph") || keyword(range, "digraph")
                || keyword(range, "subgraph") || keyword(range, "strict")
        }

        /// A node name: the bytes of its text (a quoted string's without the quotes), or nil for anything else.
        mutating func name() -> Range<Int>? {
            guard let b = peek() else { return nil }
            let range: Range<Int>
            if b == 0x22 {
                index += 1
                let start = index
                while let c = peek(), c != 0x22 {
                    // escapes, line continuations and line breaks change the text Graphviz reads: not this subset
                    guard c >= 0x20, c != 0x5C, c != 0x7F else { return nil }
                    index += 1
                }
                guard take(0x22) else { return nil }
                range = start..<(index - 1)
                // `%…` names are what Graphviz calls anonymous nodes
                guard range.isEmpty || bytes[range.lowerBound] != 0x25 else { return nil }
            } else if Self.isDigit(b) {
                let start = index
                while let c = peek(), Self.isDigit(c) { index += 1 }
                range = start..<index
                // `12ab` or `1.5`: Graphviz splits or reads these as it likes; not this subset
                if let c = peek(), Self.isLetter(c) || c == 0x2E || c >= 0x80 { return nil }
            } else {
                guard let word = identifier(), !isKeyword(word) else { return nil }
                range = word
            }
            // the limit counts a quoted string's quotes or not: counted here, so a name at the limit is never taken
            return range.count + 2 <= maxLength ? range : nil
        }

        /// One statement: `graph [charset="UTF-8"]`, a node statement or an edge statement.
        mutating func statement(_ builder: inout PlainSnapshotBuilder, directed: Bool) -> Bool {
            let start = index
            if let word = identifier(), keyword(word, "graph") {
                skipSpace()
                return charset()
            }
            index = start
            guard let tail = name() else { return false }
            skipSpace()
            guard peek() == 0x2D, let op = peek(1), op == (directed ? 0x3E : 0x2D) else {
                // a node statement: nothing may follow the name but the next statement
                if let b = peek(), b == 0x5B || b == 0x3D || b == 0x3A || b == 0x2B || b == 0x2D { return false }
                return withName(tail) { builder.positionAdding($0) } != nil
            }
            index += 2
            skipSpace()
            guard let head = name() else { return false }
            // the ends are created in the order Graphviz creates them: the tail, then the head
            guard let u = withName(tail, { builder.positionAdding($0) }), let v = withName(head, { builder.positionAdding($0) }) else { return false }
            skipSpace()
            var weight: Double?
            if peek() == 0x5B {
                guard let w = weightList() else { return false }
                weight = w
            } else if let b = peek(), b == 0x2D || b == 0x3A || b == 0x2B || b == 0x3D {
                return false   // a chain, a port, concatenation
            }
            builder.addEdge(u, v, weight: weight)
            return true
        }

        func withName<R>(_ range: Range<Int>, _ body: (UnsafeRawBufferPointer) -> R) -> R {
            body(UnsafeRawBufferPointer(rebasing: bytes[range]))
        }

        /// `[charset="UTF-8"]` (or `utf-8`, `utf8`, quoted or not): what our exporter declares; Graphviz's other
        /// charset changes how the bytes are read.
        mutating func charset() -> Bool {
            guard let (key, value) = onlyAttribute() else { return false }
            let k = String(decoding: bytes[key], as: UTF8.self), v = String(decoding: bytes[value], as: UTF8.self).lowercased()
            return k == "charset" && (v == "utf-8" || v == "utf8")
        }

        /// `[weight=…]`: the weight as the full reader reads it (`Double` of the text Graphviz gives), finite.
        mutating func weightList() -> Double? {
            guard let (key, value) = onlyAttribute(), String(decoding: bytes[key], as: UTF8.self) == "weight",
                  let w = Double(String(decoding: bytes[value], as: UTF8.self)), w.isFinite else { return nil }
            return w
        }

        /// `[key=value]` with exactly one attribute: the text of each (quoted or not).
        mutating func onlyAttribute() -> (Range<Int>, Range<Int>)? {
            guard take(0x5B) else { return nil }
            skipSpace()
            guard let key = name() else { return nil }
            skipSpace()
            guard take(0x3D) else { return nil }
            skipSpace()
            let value: Range<Int>
            if peek() == 0x2D || peek() == 0x2E {
                // a negative or fractional numeral: `-`, digits, at most one `.`, digits
                let start = index
                index += 1
                while let c = peek(), Self.isDigit(c) || c == 0x2E { index += 1 }
                value = start..<index
                if let c = peek(), Self.isLetter(c) || c >= 0x80 { return nil }
            } else if let b = peek(), Self.isDigit(b) {
                let start = index
                while let c = peek(), Self.isDigit(c) || c == 0x2E { index += 1 }
                value = start..<index
                if let c = peek(), Self.isLetter(c) || c >= 0x80 { return nil }
            } else {
                guard let v = name() else { return nil }
                value = v
            }
            skipSpace()
            guard take(0x5D) else { return nil }
            return (key, value)
        }
    }
}
