/// The stable identifier of a node: unique within a ``KnowledgeGraph``, case-sensitive, never shown translated.
public struct NodeID: Hashable, Comparable, Sendable, Codable, CustomStringConvertible, ExpressibleByStringLiteral {
    /// The ID as written in files: stable, unique, case-sensitive.
    public let rawValue: String

    /// The ID `rawValue`.
    public init(_ rawValue: String) { self.rawValue = rawValue }
    public init(stringLiteral value: String) { self.rawValue = value }
    public init(from decoder: any Decoder) throws { rawValue = try decoder.singleValueContainer().decode(String.self) }
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }

    public var description: String { rawValue }
    public static func < (lhs: NodeID, rhs: NodeID) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// A typed node of the knowledge graph.
public struct Node: Hashable, Sendable, Codable {
    /// The node's stable, unique ID.
    public var id: NodeID
    /// What the node is (a practice, a victim group, …).
    public var kind: NodeKind
    /// A short label for tables and diagrams.
    public var label: String
    /// A longer text about the node, if any.
    public var description: String?
    /// Other names users may type for this node (matched case-insensitively).
    public var aliases: [String]
    /// How sure the dataset is of the node, and its citations.
    public var provenance: Provenance
    /// Typed attributes kept from other formats (empty for the bundled dataset).
    public var attributes: [String: AttributeValue]

    /// A node; see the properties for each parameter.
    public init(id: NodeID, kind: NodeKind, label: String, description: String? = nil, aliases: [String] = [],
                provenance: Provenance, attributes: [String: AttributeValue] = [:]) {
        self.id = id
        self.kind = kind
        self.label = label
        self.description = description
        self.aliases = aliases
        self.provenance = provenance
        self.attributes = attributes
    }
}

/// A typed, directed edge of the knowledge graph: `source —relation→ target`.
public struct Edge: Hashable, Sendable, Codable {
    /// The node the edge leaves.
    public var source: NodeID
    /// What the edge says (`employs`, `targets`, `addresses`, …); ``Schema`` says which kinds it may join.
    public var relation: Relation
    /// The node the edge enters.
    public var target: NodeID
    /// How sure the dataset is of the edge, and its citations.
    public var provenance: Provenance
    /// Optional numeric weight (from weighted inputs); `nil` means 1 for algorithms that use weights.
    public var weight: Double?
    /// The weight was read as an integer (GraphML `long`/`int`, a JSON or YAML integer), so writers write it as one:
    /// integer weights come back as integers, as NetworkX users expect. Algorithms use ``weight`` either way.
    public var weightIsInteger = false
    /// A remark on the edge, if any.
    public var note: String?
    /// Distinguishes parallel edges (same source, relation and target) of multigraphs, as NetworkX's edge keys;
    /// `nil` for the first or only edge.
    public var key: String?
    /// Typed attributes kept from other formats.
    public var attributes: [String: AttributeValue]

    /// An edge; see the properties for each parameter.
    public init(source: NodeID, relation: Relation, target: NodeID, provenance: Provenance, weight: Double? = nil,
                note: String? = nil, key: String? = nil, attributes: [String: AttributeValue] = [:]) {
        self.source = source
        self.relation = relation
        self.target = target
        self.provenance = provenance
        self.weight = weight
        self.note = note
        self.key = key
        self.attributes = attributes
    }
}
