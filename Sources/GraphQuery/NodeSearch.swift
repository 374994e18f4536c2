import GraphCore

/// One node found by `KnowledgeGraph.search(_:limit:)`, with where the text matched.
public struct SearchHit: Sendable {
    /// Where the text was found, best first.
    public enum Field: String, Sendable, Comparable {
        /// The ID, label or an alias equals the text (case, spaces and `_` aside).
        case exact
        /// The label holds every word of the text.
        case label
        /// An alias holds every word.
        case alias
        /// The ID holds every word.
        case id
        /// The description holds every word.
        case description

        var rank: Int { [.exact, .label, .alias, .id, .description].firstIndex(of: self)! }
        public static func < (a: Field, b: Field) -> Bool { a.rank < b.rank }
    }

    /// The node.
    public let node: Node
    /// The best field that matched.
    public let field: Field
    /// The text that matched (the label, alias, ID or description).
    public let matched: String
}

extension KnowledgeGraph {
    /// The nodes whose ID, label, aliases or description hold every word of `text` (case-insensitive, whole words
    /// or word starts: "marri" finds "marriage"), ranked by where they match — an exact name first, then the label,
    /// an alias, the ID, the description — within a field by how few other words the matching text has, then by
    /// node order. At most `limit` hits.
    /// - Complexity: O(V · L) for total text length L.
    public func search(_ text: String, limit: Int = .max) -> [SearchHit] {
        let words = Self.words(text)
        guard !words.isEmpty else { return [] }
        let key = Self.normalize(text)
        var hits: [SearchHit] = []
        for node in nodes {
            let names = [node.id.rawValue, node.label] + node.aliases
            if let exact = names.first(where: { Self.normalize($0) == key }) {
                hits.append(SearchHit(node: node, field: .exact, matched: exact)); continue
            }
            func holds(_ s: String) -> Bool {
                let have = Self.words(s)
                return words.allSatisfy { w in have.contains { $0.hasPrefix(w) } }
            }
            if holds(node.label) { hits.append(SearchHit(node: node, field: .label, matched: node.label)) }
            else if let a = node.aliases.first(where: holds) { hits.append(SearchHit(node: node, field: .alias, matched: a)) }
            else if holds(node.id.rawValue) { hits.append(SearchHit(node: node, field: .id, matched: node.id.rawValue)) }
            else if let d = node.description, holds(d) { hits.append(SearchHit(node: node, field: .description, matched: d)) }
        }
        let order = Dictionary(uniqueKeysWithValues: nodes.enumerated().map { ($1.id, $0) })
        // within a field, the text with the fewest other words is the closer match ("Forced marriage" before
        // "Forced marriage to fighters"), then node order
        let extra = { (h: SearchHit) in Self.words(h.matched).count }
        hits.sort { a, b in
            if a.field != b.field { return a.field < b.field }
            if extra(a) != extra(b) { return extra(a) < extra(b) }
            return order[a.node.id]! < order[b.node.id]!
        }
        return Array(hits.prefix(max(0, limit)))
    }

    /// The nodes of `kinds` (all kinds when `nil`), in node order; with `area`, only the recommendations in that
    /// area; with `minimumEvidence`, only nodes at least that well evidenced.
    public func list(kinds: Set<NodeKind>? = nil, area: NodeID? = nil, minimumEvidence: EvidenceLevel = .inferred) -> [Node] {
        let inArea: Set<NodeID>? = area.map { a in Set(edges.filter { $0.relation == .belongsTo && $0.target == a }.map(\.source)) }
        return nodes.filter { node in
            (kinds?.contains(node.kind) ?? true) && (inArea?.contains(node.id) ?? true) && node.provenance.evidence >= minimumEvidence
        }
    }

    /// Lower-case words of letters and digits: "Da'esh / ISIL" → ["da", "esh", "isil"].
    package static func words(_ s: String) -> [String] {
        s.lowercased().split { !($0.isLetter || $0.isNumber) }.map(String.init)
    }
}
