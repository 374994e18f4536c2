import GraphCore
/// A JSON value with the line it starts on, from a small strict parser (RFC 8259), so that readers can name the line
/// of a bad record, not only the place of a syntax error.
indirect enum JSONValue {
    case object([(key: String, value: JSONValue)], line: Int)
    case array([JSONValue], line: Int)
    case string(String, line: Int)
    case int(Int, line: Int)
    /// An integer literal outside `Int`'s range, kept as its text (a 23-digit ID must not become `1e+23`).
    case bigInteger(String, line: Int)
    case double(Double, line: Int)
    case bool(Bool, line: Int)
    case null(line: Int)

    var line: Int {
        switch self {
        case .object(_, let l), .array(_, let l), .string(_, let l), .int(_, let l), .bigInteger(_, let l), .double(_, let l), .bool(_, let l), .null(let l): l
        }
    }

    subscript(key: String) -> JSONValue? {
        if case .object(let members, _) = self { return members.last { $0.key == key }?.value }
        return nil
    }
}

struct JSONSyntaxError: Error {
    let line: Int
    let column: Int
    let message: String
}

/// Parses JSON text from UTF-8 bytes.
struct JSONParser {
    private let bytes: [UInt8]
    private var i = 0
    private var line = 1
    private var lineStart = 0
    /// Told the bytes parsed, about every MiB, when set.
    private let progress: ProgressCounter?
    private var reported = 0

    init(_ bytes: [UInt8], progress: ProgressCounter? = nil) { self.bytes = bytes; self.progress = progress }

    /// Parses `bytes`; with `progress`, counts them as they are parsed (a unit per byte).
    static func parse(_ bytes: [UInt8], progress: ProgressCounter? = nil) throws(JSONSyntaxError) -> JSONValue {
        var p = JSONParser(bytes, progress: progress)
        p.skipSpace()
        let value = try p.value(depth: 0)
        p.skipSpace()
        if p.i < p.bytes.count { throw p.error("unexpected text after the JSON value") }
        progress?.set(p.bytes.count)
        return value
    }

    private func error(_ message: String) -> JSONSyntaxError {
        JSONSyntaxError(line: line, column: i - lineStart + 1, message: message)
    }

    private mutating func skipSpace() {
        while i < bytes.count {
            switch bytes[i] {
            case 0x20, 0x09, 0x0D: i += 1
            case 0x0A: i += 1; line += 1; lineStart = i
            default: return
            }
        }
    }

    private mutating func value(depth: Int) throws(JSONSyntaxError) -> JSONValue {
        guard depth < 512 else { throw error("nesting deeper than 512 levels") }
        if let progress, i - reported >= 1 << 20 { progress.set(i); reported = i }
        guard i < bytes.count else { throw error("unexpected end of input") }
        let startLine = line
        switch bytes[i] {
        case UInt8(ascii: "{"):
            i += 1
            var members: [(key: String, value: JSONValue)] = []
            skipSpace()
            if i < bytes.count && bytes[i] == UInt8(ascii: "}") { i += 1; return .object(members, line: startLine) }
            while true {
                skipSpace()
                guard i < bytes.count, bytes[i] == UInt8(ascii: "\"") else { throw error("expected a member name in quotes") }
                let key = try string()
                skipSpace()
                guard i < bytes.count, bytes[i] == UInt8(ascii: ":") else { throw error("expected ':' after member name") }
                i += 1
                skipSpace()
                members.append((key, try value(depth: depth + 1)))
                skipSpace()
                guard i < bytes.count else { throw error("unexpected end of input in an object") }
                if bytes[i] == UInt8(ascii: ",") { i += 1; continue }
                if bytes[i] == UInt8(ascii: "}") { i += 1; return .object(members, line: startLine) }
                throw error("expected ',' or '}' in an object")
            }
        case UInt8(ascii: "["):
            i += 1
            var items: [JSONValue] = []
            skipSpace()
            if i < bytes.count && bytes[i] == UInt8(ascii: "]") { i += 1; return .array(items, line: startLine) }
            while true {
                skipSpace()
                items.append(try value(depth: depth + 1))
                skipSpace()
                guard i < bytes.count else { throw error("unexpected end of input in an array") }
                if bytes[i] == UInt8(ascii: ",") { i += 1; continue }
                if bytes[i] == UInt8(ascii: "]") { i += 1; return .array(items, line: startLine) }
                throw error("expected ',' or ']' in an array")
            }
        case UInt8(ascii: "\""): return .string(try string(), line: startLine)
        case UInt8(ascii: "t"): try literal("true"); return .bool(true, line: startLine)
        case UInt8(ascii: "f"): try literal("false"); return .bool(false, line: startLine)
        case UInt8(ascii: "n"): try literal("null"); return .null(line: startLine)
        case UInt8(ascii: "N"): try literal("NaN"); return .double(.nan, line: startLine)   // as Python's json writes
        case UInt8(ascii: "I"): try literal("Infinity"); return .double(.infinity, line: startLine)
        default: return try number(line: startLine)
        }
    }

    private mutating func literal(_ word: String) throws(JSONSyntaxError) {
        let w = Array(word.utf8)
        guard i + w.count <= bytes.count, Array(bytes[i..<i + w.count]) == w else { throw error("invalid literal") }
        i += w.count
    }

    private mutating func number(line startLine: Int) throws(JSONSyntaxError) -> JSONValue {
        let start = i
        if i < bytes.count && bytes[i] == UInt8(ascii: "-") {
            i += 1
            if i + 8 <= bytes.count && String(decoding: bytes[i..<i + 8], as: UTF8.self) == "Infinity" { i += 8; return .double(-.infinity, line: startLine) }
        }
        var isInteger = true
        while i < bytes.count, let c = Optional(bytes[i]), (c >= 0x30 && c <= 0x39) || c == UInt8(ascii: ".") || c == UInt8(ascii: "e") || c == UInt8(ascii: "E") || c == UInt8(ascii: "+") || c == UInt8(ascii: "-") {
            if c == UInt8(ascii: ".") || c == UInt8(ascii: "e") || c == UInt8(ascii: "E") { isInteger = false }
            i += 1
        }
        let text = String(decoding: bytes[start..<i], as: UTF8.self)
        if text.isEmpty || text == "-" { throw error("unexpected character '\(Character(Unicode.Scalar(bytes[start])))'") }
        if isInteger {
            if let v = Int(text) { return .int(v, line: startLine) }
            if text.utf8.dropFirst(text.hasPrefix("-") ? 1 : 0).allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) { return .bigInteger(text, line: startLine) }
        }
        guard let d = Double(text) else { throw error("invalid number '\(text)'") }
        return .double(d, line: startLine)
    }

    private mutating func string() throws(JSONSyntaxError) -> String {
        i += 1   // opening quote
        var scalars = String.UnicodeScalarView()
        var run = i
        func flush(_ end: Int) { scalars.append(contentsOf: String(decoding: bytes[run..<end], as: UTF8.self).unicodeScalars) }
        while i < bytes.count {
            let c = bytes[i]
            if c == UInt8(ascii: "\"") { flush(i); i += 1; return String(scalars) }
            if c < 0x20 { throw error("control character in a string (escape it)") }
            if c == UInt8(ascii: "\\") {
                flush(i)
                i += 1
                guard i < bytes.count else { break }
                switch bytes[i] {
                case UInt8(ascii: "\""): scalars.append("\"")
                case UInt8(ascii: "\\"): scalars.append("\\")
                case UInt8(ascii: "/"): scalars.append("/")
                case UInt8(ascii: "b"): scalars.append("\u{8}")
                case UInt8(ascii: "f"): scalars.append("\u{C}")
                case UInt8(ascii: "n"): scalars.append("\n")
                case UInt8(ascii: "r"): scalars.append("\r")
                case UInt8(ascii: "t"): scalars.append("\t")
                case UInt8(ascii: "u"):
                    var code = try hex4()
                    if (0xD800...0xDBFF).contains(code), i + 2 < bytes.count, bytes[i + 1] == UInt8(ascii: "\\"), bytes[i + 2] == UInt8(ascii: "u") {
                        i += 2
                        let low = try hex4()
                        if (0xDC00...0xDFFF).contains(low) { code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00) }
                    }
                    guard let scalar = Unicode.Scalar(code) else {
                        throw error("unpaired UTF-16 surrogate \\u\(String(code, radix: 16, uppercase: true)) in a string")
                    }
                    scalars.append(scalar)
                default: throw error("invalid escape in a string")
                }
                i += 1
                run = i
                continue
            }
            i += 1
        }
        throw error("unterminated string")
    }

    private mutating func hex4() throws(JSONSyntaxError) -> UInt32 {
        guard i + 4 < bytes.count, let v = UInt32(String(decoding: bytes[i + 1...i + 4], as: UTF8.self), radix: 16) else {
            throw error("invalid \\u escape")
        }
        i += 4
        return v
    }
}
