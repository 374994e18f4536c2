import Testing
@testable import graph_tool

/// The CSV writer formats numbers and quotes fields into its own byte buffer; each case is checked against the plain
/// String route it replaces (`"\(x)"`, `"\(n)"`, and a naive RFC 4180 quoting written here).
@Suite struct CSVTableTests {
    /// RFC 4180 by the book: quotes around a field holding a comma, quote, CR or LF, inner quotes doubled.
    static func naiveField(_ s: String) -> String {
        let special = s.unicodeScalars.contains { "\",\r\n".unicodeScalars.contains($0) }
        return special ? "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : s
    }

    /// A SplitMix64 stream, so the sampled doubles are the same on every run.
    struct SplitMix: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    @Test func numbersAreTheTextOfTheirDescription() {
        var doubles: [Double] = [0, -0.0, 1, -1, 0.1, 1e-300, .leastNonzeroMagnitude, -.leastNonzeroMagnitude, 2.2250738585072014e-308, .greatestFiniteMagnitude,
                                 -.greatestFiniteMagnitude, .infinity, -.infinity, .nan, -.nan, .signalingNaN,
                                 Double(bitPattern: 0x7FF8_0000_0000_0001), 1e16, 123456789012345683968, 0.000919662873037378]
        var random = SplitMix(state: 42)
        for _ in 0..<20_000 { doubles.append(Double(bitPattern: random.next())) }           // every exponent and sign
        for _ in 0..<20_000 { doubles.append(Double.random(in: 0..<1, using: &random)) }    // scores
        var csv = CSVTable(["x"])
        for x in doubles { csv.field(x); csv.endRecord() }
        let lines = csv.render().split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines.count == doubles.count + 1)
        let differing = zip(doubles, lines.dropFirst()).filter { "\($0.0)" != $0.1 }.prefix(5).map { "\($0.0.bitPattern): \($0.0) written as \($0.1)" }
        #expect(differing.isEmpty, "\(differing)")
    }

    @Test func integersAreTheirDecimalText() {
        var ints = [0, 1, -1, 9, 10, -10, Int.max, Int.min, Int.min + 1]
        var power = 1
        for _ in 0..<18 { power *= 10; ints += [power - 1, power, -power, -(power - 1)] }
        var csv = CSVTable(["n", "m"])
        for n in ints { csv.field(n); csv.field(n); csv.endRecord() }
        #expect(csv.render() == (["n,m"] + ints.map { "\($0),\($0)" }).joined(separator: "\n"))
    }

    @Test func fieldsAreQuotedExactlyWhenRFC4180AsksForIt() {
        let texts = ["", "plain", "a,b", "say \"no\"", "\"", "line\nbreak", "cr\rhere", "crlf\r\n", "naïve, 日本", "no-special-#;'",
                     String(repeating: "long text without specials ", count: 20), String(repeating: "x,", count: 40)]
        var csv = CSVTable(["a", "b"])
        for t in texts { csv.add([t, "-"]) }
        #expect(csv.render() == (["a,b"] + texts.map { Self.naiveField($0) + ",-" }).joined(separator: "\n"))
    }

    @Test func aTableLargerThanItsFirstBufferKeepsEveryByte() {
        var csv = CSVTable(["id", "label", "score", "rank"])
        var expected = ["id,label,score,rank"]
        for i in 0..<30_000 {   // about 1 MB: the 64 KiB buffer grows several times, mid-record
            let label = i % 7 == 0 ? "node, \(i)" : "node \(i)"
            let score = Double(i) / 7
            csv.field("n\(i)"); csv.field(label); csv.field(score); csv.field(i - 15_000); csv.endRecord()
            expected.append("n\(i),\(Self.naiveField(label)),\(score),\(i - 15_000)")
        }
        #expect(csv.render() == expected.joined(separator: "\n"))
    }
}
