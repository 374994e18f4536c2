import GraphCore
/// Finding nodes by the names people type: IDs, labels and aliases, case-insensitively.
public enum NodeLookupError: Error, Equatable, CustomStringConvertible {
    /// Nothing matches `name`; `suggestions` are the closest IDs.
    case notFound(name: String, suggestions: [NodeID])
    /// Several nodes match `name`.
    case ambiguous(name: String, candidates: [NodeID])
    /// The name is empty.
    case empty

    public var description: String {
        switch self {
        case .notFound(let name, let suggestions):
            let hint = suggestions.isEmpty ? "" : "; did you mean: \(suggestions.map(\.rawValue).joined(separator: ", "))?"
            return "no node matches '\(name)' (by ID, label or alias)\(hint)"
        case .ambiguous(let name, let candidates):
            return "'\(name)' matches \(candidates.count) nodes: \(candidates.map(\.rawValue).joined(separator: ", ")); use one of these IDs"
        case .empty:
            return "the node name is empty"
        }
    }
}

extension KnowledgeGraph {
    /// Resolves a name to one node.
    ///
    /// An exact ID wins, then an ID equal to the name case-insensitively (ignoring surrounding spaces, and `_` versus
    /// space), then labels and aliases compared the same way; one match is returned, several are
    /// ``NodeLookupError/ambiguous(name:candidates:)``, none is ``NodeLookupError/notFound(name:suggestions:)``
    /// with the closest names.
    /// With `kinds`, only nodes of those kinds are candidates.
    public func resolve(_ name: String, kinds: Set<NodeKind>? = nil) throws(NodeLookupError) -> Node {
        let trimmed = name.trimmed
        guard !trimmed.isEmpty else { throw .empty }
        let candidates = kinds.map { k in nodes.filter { k.contains($0.kind) } } ?? nodes
        if let node = node(NodeID(trimmed)), kinds?.contains(node.kind) ?? true { return node }
        let key = Self.normalize(trimmed)
        // IDs take precedence over labels and aliases: 'children' is the victim group even though an area has that alias.
        var matches = candidates.filter { Self.normalize($0.id.rawValue) == key }
        if matches.isEmpty {
            matches = candidates.filter { node in
                Self.normalize(node.label) == key || node.aliases.contains { Self.normalize($0) == key }
            }
        }
        if matches.count == 1 { return matches[0] }
        if matches.count > 1 { throw .ambiguous(name: trimmed, candidates: matches.map(\.id).sorted()) }
        var names: [String] = []
        var owner: [String: NodeID] = [:]
        for node in candidates {
            for candidate in [node.id.rawValue, node.label] + node.aliases where owner[candidate] == nil {
                owner[candidate] = node.id
                names.append(candidate)
            }
        }
        let close = NameSuggestions.closest(to: trimmed, among: names, limit: 8) ?? []
        var suggestions: [NodeID] = []
        for candidate in close { if let id = owner[candidate], !suggestions.contains(id) { suggestions.append(id) } }
        throw .notFound(name: trimmed, suggestions: Array(suggestions.prefix(5)))
    }

    static func normalize(_ s: String) -> String {
        String(s.trimmed.lowercased().map { $0 == "_" ? " " : $0 })
    }
}
