import Foundation
import GraphCore

/// Checks every text input shares before a format parser sees it: readable, not empty, no NUL byte, valid UTF-8.
enum TextInput {
    /// Fails unless `url` is an existing, readable, non-empty regular file.
    static func checkReadable(_ url: URL, displayName: String) throws(GraphInputError) {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) else {
            throw GraphInputError(file: displayName, message: "no such file")
        }
        guard !isDirectory.boolValue else { throw GraphInputError(file: displayName, message: "is a directory, not a file") }
        guard FileManager.default.isReadableFile(atPath: url.path) else { throw GraphInputError(file: displayName, message: "cannot be read (permission denied)") }
        let size = (try? FileManager.default.attributesOfItem(atPath: url.path)[.size] as? NSNumber)?.intValue ?? 0
        if size == 0 { throw GraphInputError(file: displayName, message: "the file is empty") }
    }

    /// Reads a file into memory, turning I/O failures into a ``GraphInputError`` naming the file.
    static func readData(at url: URL, displayName: String) throws(GraphInputError) -> Data {
        try checkReadable(url, displayName: displayName)
        do {
            return try Data(contentsOf: url)
        } catch {
            throw GraphInputError(file: displayName, message: "cannot be read (\(error.localizedDescription))")
        }
    }

    /// Decodes `data` as UTF-8 text, rejecting empty input, NUL bytes and invalid UTF-8 with the line and column. A
    /// leading UTF-8 byte-order mark is dropped (every reader accepts one, as editors on Windows write it).
    static func decode(_ data: Data, file: String) throws(GraphInputError) -> String {
        let bytes = [UInt8](data)
        let start = try validate(bytes, file: file)
        return String(decoding: bytes[start...], as: UTF8.self)
    }

    /// The UTF-8 byte-order mark.
    static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]

    /// Checks that `bytes` are non-empty UTF-8 text without NUL bytes.
    /// - Returns: the index of the first byte after a leading byte-order mark (0 without one).
    /// - Throws: ``GraphInputError`` with the line and column (in Unicode scalars) of the first bad byte.
    static func validate(_ bytes: [UInt8], file: String) throws(GraphInputError) -> Int {
        let start = bytes.starts(with: byteOrderMark) ? 3 : 0
        if bytes[start...].allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) {
            throw GraphInputError(file: file, message: "the file is empty")
        }
        var line = 1, column = 1
        var i = start
        let n = bytes.count
        while i < n {
            let b = bytes[i]
            if b < 0x80 {
                if b == 0 {
                    throw GraphInputError(file: file, line: line, column: column, message: "NUL byte at offset \(i): this is not a text file")
                }
                if b == 0x0A { line += 1; column = 1 } else { column += 1 }
                i += 1
                continue
            }
            let length = utf8SequenceLength(bytes, at: i)
            if length == 0 {
                throw GraphInputError(file: file, line: line, column: column,
                                      message: "invalid UTF-8 (byte 0x\(String(b, radix: 16, uppercase: true)) at offset \(i)); save the file as UTF-8")
            }
            i += length
            column += 1
        }
        return start
    }

    /// The length of the well-formed UTF-8 sequence starting at `i` (RFC 3629: no overlong forms, no surrogates,
    /// nothing above U+10FFFF), or 0 when there is none.
    private static func utf8SequenceLength(_ b: [UInt8], at i: Int) -> Int {
        let n = b.count
        func continuation(_ k: Int) -> Bool { k < n && b[k] & 0xC0 == 0x80 }
        let lead = b[i]
        switch lead {
        case 0xC2...0xDF: return continuation(i + 1) ? 2 : 0
        case 0xE0...0xEF:
            guard continuation(i + 1), continuation(i + 2) else { return 0 }
            if lead == 0xE0 && b[i + 1] < 0xA0 { return 0 }   // overlong
            if lead == 0xED && b[i + 1] >= 0xA0 { return 0 }   // surrogate
            return 3
        case 0xF0...0xF4:
            guard continuation(i + 1), continuation(i + 2), continuation(i + 3) else { return 0 }
            if lead == 0xF0 && b[i + 1] < 0x90 { return 0 }   // overlong
            if lead == 0xF4 && b[i + 1] >= 0x90 { return 0 }   // above U+10FFFF
            return 4
        default: return 0
        }
    }
}
