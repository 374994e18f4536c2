import GraphCore

/// Finds the texts of a graph that a writer cannot carry, and says where each one is.
enum TextAudit {
    static let maxListed = 10

    /// Every text in `graph` that attribute formats write as it is, for which `reason` returns a reason, as
    /// "where: reason", at most ``maxListed`` (and a count of the rest). Aliases, citations and the bibliography are not
    /// visited: those formats write them as JSON text, whose escapes (``KnowledgeAttributes/jsonString(_:)``) carry
    /// any character.
    static func problems(in graph: KnowledgeGraph, _ reason: (String) -> String?) -> [String] {
        var found: [String] = []
        var more = 0
        func check(_ text: String?, _ place: @autoclosure () -> String) {
            guard let text, let why = reason(text) else { return }
            if found.count < maxListed { found.append("\(place()): \(why)") } else { more += 1 }
        }
        func check(_ attributes: [String: AttributeValue], _ owner: @autoclosure () -> String) {
            for key in attributes.keys.sorted() {
                check(key, "\(owner()) attribute name '\(key)'")
                check(attributes[key]!.description, "\(owner()) attribute '\(key)'")
            }
        }
        check(graph.title, "the graph's title")
        check(graph.attributes, "the graph's")
        for node in graph.nodes {
            check(node.id.rawValue, "node ID '\(node.id.rawValue)'")
            check(node.label, "node '\(node.id)' label")
            check(node.description, "node '\(node.id)' description")
            check(node.attributes, "node '\(node.id)'")
        }
        for edge in graph.edges {
            let name = "edge \(edge.source) → \(edge.target)"
            check(edge.key, "\(name) key")
            check(edge.note, "\(name) note")
            check(edge.attributes, name)
        }
        if more > 0 { found.append("… and \(more) more") }
        return found
    }

    /// Why XML 1.0 cannot carry `text` (a control character other than tab, line feed and carriage return, or
    /// U+FFFE/U+FFFF), or nil. Writing such characters as U+FFFD would make distinct texts equal.
    static func xmlReason(_ text: String) -> String? {
        for scalar in text.unicodeScalars where (scalar.value < 0x20 && scalar != "\t" && scalar != "\n" && scalar != "\r") || scalar.value == 0xFFFE || scalar.value == 0xFFFF {
            return "holds U+\(String(scalar.value, radix: 16, uppercase: true).leftPadded(to: 4)), which XML 1.0 cannot carry"
        }
        return nil
    }
}

private extension String {
    func leftPadded(to width: Int) -> String { String(repeating: "0", count: max(0, width - count)) + self }
}
