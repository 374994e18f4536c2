import GraphCore
/// The checks XML input passes before Foundation's `XMLParser` (libxml2) sees it.
///
/// `XMLParser` on Linux dies on some well-formed or nearly well-formed input instead of reporting an error (a byte that
/// is not UTF-8 inside an element or attribute name; a processing instruction without data, `<?pi?>`), and it expands
/// DTD entities in ways a graph reader cannot trust (an internal entity in element text is dropped, so `A&hi;B` reads
/// as `AB`; everything after an unresolved external entity is lost). So every byte is checked here first, in one
/// linear pass, and such input is refused with its line and column:
/// - the text must be UTF-8 (a leading byte-order mark is allowed) without NUL bytes, and an XML declaration may only
///   name UTF-8 (or US-ASCII) as its encoding;
/// - a DOCTYPE may not declare entities, and the only entity references are XML's five (`&amp;` `&lt;` `&gt;`
///   `&quot;` `&apos;`) and character references (`&#38;`, `&#x26;`);
/// - a processing instruction needs data (`<?pi data?>`); the XML declaration is not affected.
///
/// What is not checked here (tag structure, attribute syntax) is left to libxml2, which reports it as an error.
enum XMLInputCheck {
    static func check(_ bytes: [UInt8], file: String) throws(GraphInputError) {
        let start = try TextInput.validate(bytes, file: file)
        var scanner = Scanner(bytes: bytes, index: start, file: file)
        try scanner.run()
    }

    private struct Scanner {
        let bytes: [UInt8]
        var index: Int
        let file: String
        var line = 1
        var lineStart = 0
        var sawNonASCII = false

        init(bytes: [UInt8], index: Int, file: String) {
            self.bytes = bytes
            self.index = index
            self.file = file
            lineStart = index
        }

        /// Column in Unicode scalars: UTF-8 continuation bytes do not start a column.
        func column(of position: Int) -> Int {
            var column = 1
            var i = lineStart
            while i < position { if bytes[i] & 0xC0 != 0x80 { column += 1 }; i += 1 }
            return column
        }

        func failure(at position: Int, _ message: String) -> GraphInputError {
            GraphInputError(file: file, line: line, column: column(of: position), message: message)
        }

        mutating func advance() {
            if bytes[index] == 0x0A { line += 1; lineStart = index + 1 }
            if bytes[index] >= 0x80 { sawNonASCII = true }
            index += 1
        }

        func starts(with literal: String, at position: Int) -> Bool {
            var i = position
            for b in literal.utf8 {
                guard i < bytes.count, bytes[i] == b else { return false }
                i += 1
            }
            return true
        }

        /// Advances past `terminator`; false when the input ends first (libxml2 then reports the unfinished construct).
        mutating func skip(past terminator: String) -> Bool {
            while index < bytes.count {
                if starts(with: terminator, at: index) {
                    for _ in 0..<terminator.utf8.count { advance() }
                    return true
                }
                advance()
            }
            return false
        }

        mutating func run() throws(GraphInputError) {
            var declaredEncoding: (name: String, line: Int)?
            while index < bytes.count {
                let b = bytes[index]
                if b == UInt8(ascii: "<") {
                    if starts(with: "<!--", at: index) { if !skip(past: "-->") { return } }
                    else if starts(with: "<![CDATA[", at: index) { if !skip(past: "]]>") { return } }
                    else if starts(with: "<!DOCTYPE", at: index) { try doctype() }
                    else if starts(with: "<?", at: index) {
                        if let encoding = try processingInstruction() { declaredEncoding = encoding }
                    } else { try tag() }
                } else if b == UInt8(ascii: "&") {
                    try reference()
                } else {
                    advance()
                }
            }
            if let declaredEncoding, sawNonASCII,
               !["utf-8", "utf8", "us-ascii", "ascii"].contains(declaredEncoding.name.lowercased()) {
                throw GraphInputError(file: file, line: declaredEncoding.line, field: "encoding",
                                      message: "the XML declaration names the encoding '\(declaredEncoding.name)'; only UTF-8 is read: save the file as UTF-8")
            }
        }

        /// `<?target data?>`. Returns the encoding an XML declaration names.
        mutating func processingInstruction() throws(GraphInputError) -> (name: String, line: Int)? {
            let startLine = line, startColumn = column(of: index)
            index += 2
            let targetStart = index
            while index < bytes.count, !isSpace(bytes[index]), !starts(with: "?>", at: index) { advance() }
            let target = String(decoding: bytes[targetStart..<index], as: UTF8.self)
            let dataStart = index
            guard skip(past: "?>") else { return nil }
            let data = bytes[dataStart..<(index - 2)]
            if target.lowercased() == "xml" {
                let text = String(decoding: data, as: UTF8.self)
                guard let range = text.range(of: #"encoding\s*=\s*["']([^"']*)["']"#, options: .regularExpression) else { return nil }
                let value = text[range].split(whereSeparator: { $0 == "\"" || $0 == "'" }).dropFirst().first.map(String.init) ?? ""
                return (value, startLine)
            }
            if data.allSatisfy(isSpace) {
                throw GraphInputError(file: file, line: startLine, column: startColumn,
                                      message: "processing instruction '<?\(target)?>' has no data, which this XML parser cannot read; remove it or give it data ('<?\(target) …?>')")
            }
            return nil
        }

        /// A start or end tag, up to its `>`, with entity references in attribute values checked.
        mutating func tag() throws(GraphInputError) {
            advance()
            var quote: UInt8?
            while index < bytes.count {
                let b = bytes[index]
                if let q = quote {
                    if b == q { quote = nil } else if b == UInt8(ascii: "&") { try reference(); continue }
                } else if b == UInt8(ascii: "\"") || b == UInt8(ascii: "'") {
                    quote = b
                } else if b == UInt8(ascii: ">") {
                    advance()
                    return
                } else if b == UInt8(ascii: "<") {
                    return   // malformed; libxml2 says where
                }
                advance()
            }
        }

        /// `<!DOCTYPE …>` with an optional internal subset: refused when it declares an entity.
        mutating func doctype() throws(GraphInputError) {
            var quote: UInt8?
            var bracketDepth = 0
            while index < bytes.count {
                let b = bytes[index]
                if let q = quote {
                    if b == q { quote = nil }
                } else if b == UInt8(ascii: "\"") || b == UInt8(ascii: "'") {
                    quote = b
                } else if b == UInt8(ascii: "[") {
                    bracketDepth += 1
                } else if b == UInt8(ascii: "]") {
                    bracketDepth -= 1
                } else if bracketDepth > 0 && starts(with: "<!--", at: index) {
                    if !skip(past: "-->") { return }
                    continue
                } else if bracketDepth > 0 && starts(with: "<!ENTITY", at: index) {
                    throw failure(at: index, "the DTD declares an entity; entity declarations are not read (they could expand or drop text silently): remove the DOCTYPE's <!ENTITY …> and write the text itself")
                } else if b == UInt8(ascii: ">") && bracketDepth <= 0 {
                    advance()
                    return
                }
                advance()
            }
        }

        /// `&name;` or `&#…;`: only XML's predefined entities and character references are allowed.
        mutating func reference() throws(GraphInputError) {
            let begin = index
            var end = index + 1
            while end < bytes.count, end - begin < 64, bytes[end] != UInt8(ascii: ";"), !isSpace(bytes[end]),
                  bytes[end] != UInt8(ascii: "<"), bytes[end] != UInt8(ascii: "&") { end += 1 }
            guard end < bytes.count, bytes[end] == UInt8(ascii: ";") else { advance(); return }   // libxml2 reports it
            let name = String(decoding: bytes[(begin + 1)..<end], as: UTF8.self)
            if !name.hasPrefix("#") && !["amp", "lt", "gt", "quot", "apos"].contains(name) {
                throw failure(at: begin, "entity reference '&\(name);' is not one XML defines (&amp; &lt; &gt; &quot; &apos; or a character reference like &#38;); DTD entities are not read")
            }
            while index <= end { advance() }
        }

        func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D }
    }
}
