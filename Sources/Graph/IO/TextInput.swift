import Foundation

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

    /// Decodes `data` as UTF-8 text, rejecting empty input, NUL bytes and invalid UTF-8 with the line and column.
    static func decode(_ data: Data, file: String) throws(GraphInputError) -> String {
        if data.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) {
            throw GraphInputError(file: file, message: "the file is empty")
        }
        var line = 1
        var column = 1
        var offset = 0
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = data.makeIterator()
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let encoded):
                let scalar = Unicode.UTF8.decode(encoded)
                if scalar.value == 0 {
                    throw GraphInputError(file: file, line: line, column: column,
                                          message: "NUL byte at offset \(offset): this is not a text file")
                }
                offset += encoded.count
                if scalar == "\n" { line += 1; column = 1 } else { column += 1 }
            case .error(let length):
                let byte = data[data.startIndex + offset]
                throw GraphInputError(file: file, line: line, column: column,
                                      message: "invalid UTF-8 (byte 0x\(String(byte, radix: 16, uppercase: true)) at offset \(offset), \(length) bad byte(s)); save the file as UTF-8")
            case .emptyInput:
                return String(decoding: data, as: UTF8.self)
            }
        }
    }
}
