import Foundation

/// A scanner for the subset of XML that GraphML and GEXF files of plain graphs are written in: an optional XML
/// declaration (version 1.0, UTF-8), elements with attributes, whitespace between elements, and short text in an
/// element that has no children. Attribute values may use XML's five predefined entities.
///
/// It never reports an error: anything outside the subset (comments, processing instructions, a DOCTYPE, CDATA,
/// character references, text beside child elements, a control character, a byte that is not UTF-8, an undeclared
/// namespace prefix, a repeated attribute) makes the caller give up, and the format's full reader reads the file with
/// its own rules and messages. So whatever this scanner accepts must be well-formed XML that `XMLInputCheck` and
/// libxml2 accept as well; the rules above are what makes that true.
struct PlainXMLScanner {
    /// One attribute of the last start tag: the name's and the value's byte ranges, the value as written (before
    /// entities are replaced) unless `decoded` says where its replaced bytes are.
    struct Attribute {
        var name: Range<Int>
        var value: Range<Int>
        var decoded = -1
    }

    let bytes: UnsafeRawBufferPointer
    private(set) var index = 0
    /// The attributes of the last start tag (the array keeps its storage from tag to tag).
    private(set) var attributes: [Attribute] = []
    /// Values that held entities, with the entities replaced (rare; cleared at each tag).
    private var decodedValues: [[UInt8]] = []

    init(_ bytes: UnsafeRawBufferPointer) { self.bytes = bytes }

    var atEnd: Bool { index >= bytes.count }

    private static func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x0A || b == 0x09 || b == 0x0D }

    /// ASCII name characters: the only ones this subset allows in element and attribute names.
    private static func isNameByte(_ b: UInt8, first: Bool) -> Bool {
        (b >= 0x61 && b <= 0x7A) || (b >= 0x41 && b <= 0x5A) || b == 0x5F || b == 0x3A
            || (!first && ((b >= 0x30 && b <= 0x39) || b == 0x2D || b == 0x2E))
    }

    mutating func skipSpace() {
        while index < bytes.count, Self.isSpace(bytes[index]) { index += 1 }
    }

    /// Whether the bytes at the index are `literal`.
    func looksAt(_ literal: StaticString) -> Bool {
        let n = literal.utf8CodeUnitCount
        guard index + n <= bytes.count else { return false }
        return memcmp(bytes.baseAddress! + index, literal.utf8Start, n) == 0
    }

    /// Whether the bytes of `range` are `literal`.
    func equals(_ range: Range<Int>, _ literal: StaticString) -> Bool {
        range.count == literal.utf8CodeUnitCount && memcmp(bytes.baseAddress! + range.lowerBound, literal.utf8Start, range.count) == 0
    }

    /// Calls `body` with the value of attribute `a`, entities replaced.
    func withValue<R>(_ a: Attribute, _ body: (UnsafeRawBufferPointer) -> R) -> R {
        if a.decoded >= 0 { return decodedValues[a.decoded].withUnsafeBytes(body) }
        return body(UnsafeRawBufferPointer(rebasing: bytes[a.value]))
    }

    /// Whether the value of `a` is `literal`.
    func value(_ a: Attribute, is literal: StaticString) -> Bool {
        withValue(a) { $0.count == literal.utf8CodeUnitCount && memcmp($0.baseAddress!, literal.utf8Start, $0.count) == 0 }
    }

    /// The XML declaration, when the document starts with one: false unless it says version 1.0 and, if it names an
    /// encoding, UTF-8.
    mutating func declaration() -> Bool {
        guard looksAt("<?xml"), index + 5 < bytes.count, Self.isSpace(bytes[index + 5]) else { return true }
        index += 5
        var sawVersion = false, order = 0
        while true {
            let before = index
            skipSpace()
            if looksAt("?>") { index += 2; return sawVersion }
            // the pseudo-attributes are separated by whitespace
            guard index > before, let a = attribute() else { return false }
            // version first, then encoding, then standalone, each once
            if equals(a.name, "version"), order == 0, value(a, is: "1.0") { sawVersion = true; order = 1 }
            else if equals(a.name, "encoding"), order == 1, withValue(a, { Self.isUTF8Name($0) }) { order = 2 }
            else if equals(a.name, "standalone"), order == 1 || order == 2, value(a, is: "yes") || value(a, is: "no") { order = 3 }
            else { return false }
        }
    }

    private static func isUTF8Name(_ v: UnsafeRawBufferPointer) -> Bool {
        String(decoding: v, as: UTF8.self).lowercased() == "utf-8"
    }

    /// A start tag: its name's range and whether it closes itself (`<node id="a"/>`), the attributes in
    /// ``attributes``; nil when the bytes are not one (or repeat an attribute).
    mutating func startTag() -> (name: Range<Int>, selfClosing: Bool)? {
        guard index < bytes.count, bytes[index] == 0x3C else { return nil }
        index += 1
        guard let name = name() else { return nil }
        attributes.removeAll(keepingCapacity: true)
        decodedValues.removeAll(keepingCapacity: true)
        while true {
            let before = index
            skipSpace()
            guard index < bytes.count else { return nil }
            if bytes[index] == 0x3E { index += 1; return (name, false) }
            if bytes[index] == 0x2F {
                guard index + 1 < bytes.count, bytes[index + 1] == 0x3E else { return nil }
                index += 2
                return (name, true)
            }
            // attributes are separated by whitespace
            guard index > before, let a = attribute() else { return nil }
            for other in attributes where other.name.count == a.name.count
                && memcmp(bytes.baseAddress! + other.name.lowerBound, bytes.baseAddress! + a.name.lowerBound, a.name.count) == 0 { return nil }
            attributes.append(a)
        }
    }

    /// An end tag `</literal>`, with optional whitespace before the `>`; when the bytes are anything else, nothing is
    /// consumed (callers try an end tag, then a start tag, at the same place).
    mutating func endTag(_ literal: StaticString) -> Bool {
        let start = index
        guard looksAt("</") else { return false }
        index += 2
        if let name = name(), equals(name, literal) {
            skipSpace()
            if index < bytes.count, bytes[index] == 0x3E {
                index += 1
                return true
            }
        }
        index = start
        return false
    }

    /// Whitespace, then the end tag `</literal>`: what closes an element whose content is ignorable whitespace.
    mutating func closes(_ literal: StaticString) -> Bool {
        skipSpace()
        return endTag(literal)
    }

    /// The text up to the next `<`: printable ASCII without `&` (a number, a date), or nil.
    mutating func text() -> Range<Int>? {
        let start = index
        while index < bytes.count, bytes[index] != 0x3C {
            let b = bytes[index]
            guard b >= 0x20, b < 0x7F, b != 0x26 else { return nil }
            index += 1
        }
        return index < bytes.count ? start..<index : nil
    }

    private mutating func name() -> Range<Int>? {
        let start = index
        guard index < bytes.count, Self.isNameByte(bytes[index], first: true) else { return nil }
        index += 1
        while index < bytes.count, Self.isNameByte(bytes[index], first: false) { index += 1 }
        return start..<index
    }

    /// `name = "value"` (or single quotes), the value without `<`, control characters or bytes that are not UTF-8,
    /// and with no `&` but the five predefined entities.
    private mutating func attribute() -> Attribute? {
        guard let name = name() else { return nil }
        skipSpace()
        guard index < bytes.count, bytes[index] == 0x3D else { return nil }
        index += 1
        skipSpace()
        guard index < bytes.count, bytes[index] == 0x22 || bytes[index] == 0x27 else { return nil }
        let quote = bytes[index]
        index += 1
        let start = index
        var entities = false, nonASCII = false
        while index < bytes.count, bytes[index] != quote {
            let b = bytes[index]
            // a literal tab or line end would be normalised to a space by the XML parser
            guard b >= 0x20, b != 0x7F, b != 0x3C else { return nil }
            if b == 0x26 { entities = true } else if b >= 0x80 { nonASCII = true }
            index += 1
        }
        guard index < bytes.count else { return nil }
        let value = start..<index
        index += 1
        var a = Attribute(name: name, value: value)
        if nonASCII {
            // UTF-8, and only characters XML 1.0 allows (UTF-8 can hold U+FFFE and U+FFFF; control characters are
            // refused above)
            guard let text = String(validating: UnsafeRawBufferPointer(rebasing: bytes[value]), as: UTF8.self),
                  !text.unicodeScalars.contains(where: { $0.value == 0xFFFE || $0.value == 0xFFFF }) else { return nil }
        }
        if entities {
            guard let decoded = Self.replacingEntities(UnsafeRawBufferPointer(rebasing: bytes[value])) else { return nil }
            a.decoded = decodedValues.count
            decodedValues.append(decoded)
        }
        return a
    }

    /// `raw` with `&amp;` `&lt;` `&gt;` `&quot;` `&apos;` replaced; nil for any other `&`.
    private static func replacingEntities(_ raw: UnsafeRawBufferPointer) -> [UInt8]? {
        var out: [UInt8] = []
        out.reserveCapacity(raw.count)
        var i = 0
        while i < raw.count {
            guard raw[i] == 0x26 else { out.append(raw[i]); i += 1; continue }
            var end = i + 1
            while end < raw.count, end - i <= 5, raw[end] != 0x3B { end += 1 }
            guard end < raw.count, raw[end] == 0x3B else { return nil }
            switch String(decoding: UnsafeRawBufferPointer(rebasing: raw[(i + 1)..<end]), as: UTF8.self) {
            case "amp": out.append(0x26)
            case "lt": out.append(0x3C)
            case "gt": out.append(0x3E)
            case "quot": out.append(0x22)
            case "apos": out.append(0x27)
            default: return nil
            }
            i = end + 1
        }
        return out
    }

    /// Whether the attributes of the last start tag use namespace prefixes only as XML allows them on a root
    /// element: `xmlns` and `xmlns:p` declarations (with a value), and `p:name` for a `p` declared there.
    func rootNamespacesAreDeclared() -> Bool {
        var declared: [[UInt8]] = [], used: [[UInt8]] = []
        for a in attributes {
            let name = Array(UnsafeRawBufferPointer(rebasing: bytes[a.name]))
            let colons = name.indices.filter { name[$0] == 0x3A }
            if colons.isEmpty {
                if equals(a.name, "xmlns") && !isNamespaceName(a) { return false }
                continue
            }
            // a prefix and a local part, each an XML name without a colon (the local part starts as names do)
            guard colons.count == 1, let colon = colons.first, colon > 0, colon < name.count - 1,
                  Self.isNameByte(name[colon + 1], first: true) else { return false }
            let prefix = Array(name[..<colon])
            if prefix == Array("xmlns".utf8) {
                // the prefixes `xml` and `xmlns` are XML's own: binding them is an error or a no-op to a parser
                let declaring = Array(name[(colon + 1)...])
                guard isNamespaceName(a), declaring != Array("xml".utf8), declaring != Array("xmlns".utf8) else { return false }
                declared.append(declaring)
            } else {
                used.append(prefix)
            }
        }
        return used.allSatisfy { $0 == Array("xml".utf8) ? false : declared.contains($0) }
    }

    /// Whether the value of `a` is a namespace name libxml2 takes without a word: `http://` or `https://`, a host
    /// of letters, digits, `.` and `-`, and a path of those and `/ _ ~` (how GraphML's, GEXF's and XML Schema's
    /// namespaces are written).
    private func isNamespaceName(_ a: Attribute) -> Bool {
        withValue(a) { v in
            let text = String(decoding: v, as: UTF8.self)
            // XML's own two namespaces may not be bound to another prefix or be the default namespace
            guard let scheme = ["http://", "https://"].first(where: { text.hasPrefix($0) }),
                  text != "http://www.w3.org/XML/1998/namespace", text != "http://www.w3.org/2000/xmlns/" else { return false }
            let rest = text.utf8.dropFirst(scheme.utf8.count)
            let host = rest.prefix { $0 != 0x2F }
            func isHostByte(_ b: UInt8) -> Bool { (b >= 0x61 && b <= 0x7A) || (b >= 0x41 && b <= 0x5A) || (b >= 0x30 && b <= 0x39) || b == 0x2E || b == 0x2D }
            guard let first = host.first, first != 0x2E, first != 0x2D, host.allSatisfy(isHostByte) else { return false }
            return rest.dropFirst(host.count).allSatisfy { isHostByte($0) || $0 == 0x2F || $0 == 0x5F || $0 == 0x7E }
        }
    }

    /// The end of the document: nothing but whitespace after the root element.
    mutating func ends() -> Bool {
        skipSpace()
        return atEnd
    }
}
