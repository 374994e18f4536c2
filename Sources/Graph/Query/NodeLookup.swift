/// Finding nodes by the names people type: IDs, labels and aliases, case-insensitively.
public enum NodeLookupError: Error, Equatable, CustomStringConvertible {
    case notFound(name: String, suggestions: [NodeID])
    case ambiguous(name: String, candidates: [NodeID])
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
    /// An exact ID wins. Otherwise every node whose ID, label or alias equals the name case-insensitively
    /// (and ignoring surrounding spaces, and `_` versus space) is a match; one match is returned, several are
    /// ``NodeLookupError/ambiguous(name:candidates:)``, none is ``NodeLookupError/notFound(name:suggestions:)``
    /// with the closest names.
    public func resolve(_ name: String) throws(NodeLookupError) -> Node {
        let trimmed = name.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty else { throw .empty }
        if let node = node(NodeID(trimmed)) { return node }
        let key = Self.normalize(trimmed)
        let matches = nodes.filter { node in
            Self.normalize(node.id.rawValue) == key || Self.normalize(node.label) == key || node.aliases.contains { Self.normalize($0) == key }
        }
        if matches.count == 1 { return matches[0] }
        if matches.count > 1 { throw .ambiguous(name: trimmed, candidates: matches.map(\.id).sorted()) }
        var names: [String] = []
        var owner: [String: NodeID] = [:]
        for node in nodes {
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
        s.trimmingCharacters(in: .whitespaces).lowercased().replacingOccurrences(of: "_", with: " ")
    }
}

import Foundation
