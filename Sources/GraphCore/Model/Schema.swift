/// The allowed (source kind, relation, target kind) triples, and how many edges of a relation a node of a kind must
/// have. An edge outside the schema is a validation error in every reader; the cardinalities are enforced by the
/// dataset reader (see ``cardinalityViolations(in:)``).
public struct Schema: Sendable {
    /// One allowed (source kind, relation, target kind).
    public struct Triple: Hashable, Sendable, Comparable {
        /// The kind of the edge's source.
        public var source: NodeKind
        /// The edge's relation.
        public var relation: Relation
        /// The kind of the edge's target.
        public var target: NodeKind

        /// The triple (source kind, relation, target kind).
        public init(_ source: NodeKind, _ relation: Relation, _ target: NodeKind) {
            self.source = source
            self.relation = relation
            self.target = target
        }

        public static func < (a: Triple, b: Triple) -> Bool {
            (a.source, a.relation, a.target) < (b.source, b.relation, b.target)
        }
    }

    /// Every allowed triple.
    public let triples: Set<Triple>
    /// How many edges of a relation each node of a kind must have (``cardinalityViolations(in:)``).
    public let cardinalities: [Cardinality]

    /// A schema that allows exactly `triples` and requires `cardinalities`.
    public init(triples: Set<Triple>, cardinalities: [Cardinality] = []) {
        self.triples = triples
        self.cardinalities = cardinalities
    }

    /// Whether an edge `source —relation→ target` between nodes of these kinds is allowed.
    public func allows(_ source: NodeKind, _ relation: Relation, _ target: NodeKind) -> Bool {
        triples.contains(Triple(source, relation, target))
    }

    /// The target kinds a relation may point to from `source`, sorted; used in error messages.
    public func targets(of source: NodeKind, via relation: Relation) -> [NodeKind] {
        triples.filter { $0.source == source && $0.relation == relation }.map(\.target).sorted()
    }

    /// The relations that may leave a node of kind `source`, sorted.
    public func relations(from source: NodeKind) -> [Relation] {
        Set(triples.filter { $0.source == source }.map(\.relation)).sorted()
    }

    /// An edge whose (source kind, relation, target kind) the schema does not allow.
    public struct Violation: Sendable, Hashable, CustomStringConvertible {
        /// The edge's index in ``KnowledgeGraph/edges``.
        public let edgeIndex: Int
        /// The edge.
        public let edge: Edge
        /// The kind of its source.
        public let sourceKind: NodeKind
        /// The kind of its target.
        public let targetKind: NodeKind
        /// The target kinds the relation may point to from `sourceKind` (empty: the relation may not leave it).
        public let allowedTargets: [NodeKind]

        public var description: String {
            let why = allowedTargets.isEmpty
                ? "a \(sourceKind.rawValue) cannot have '\(edge.relation.rawValue)' edges"
                : "'\(edge.relation.rawValue)' from a \(sourceKind.rawValue) must point to \(allowedTargets.map(\.rawValue).joined(separator: " or ")), not a \(targetKind.rawValue)"
            return "edge \(edge.source) \(edge.relation.rawValue) \(edge.target) is outside the schema: \(why)"
        }
    }

    /// Every edge of `graph` that the schema does not allow, in edge order.
    /// - Complexity: O(E).
    public func violations(in graph: KnowledgeGraph) -> [Violation] {
        // the kinds by node position, once: looking each end up as a `Node` copied the whole node (its strings and
        // attributes) twice an edge, a ninth of reading a million-edge GraphML file
        let kinds = graph.nodes.map(\.kind)
        // the last triple's answer: edges come in runs of one triple (every edge of an edge list is generic, linked,
        // generic), and hashing three enums a time was the other half of the check
        var last: (triple: Triple, allowed: Bool)?
        var found: [Violation] = []
        for i in graph.edges.indices {
            let s = kinds[graph.position(of: graph.edges[i].source)!], t = kinds[graph.position(of: graph.edges[i].target)!]
            let triple = Triple(s, graph.edges[i].relation, t)
            let allowed: Bool
            if let last, last.triple == triple { allowed = last.allowed } else { allowed = triples.contains(triple); last = (triple, allowed) }
            guard !allowed else { continue }
            found.append(Violation(edgeIndex: i, edge: graph.edges[i], sourceKind: s, targetKind: t, allowedTargets: targets(of: s, via: triple.relation)))
        }
        return found
    }

    /// Checks a graph built in code (or read by any reader, which call this) against the schema: its triples, then,
    /// when every edge fits them and the graph is not marked as a subgraph (``checksCardinalities(of:)``), its
    /// cardinalities.
    /// - Throws: ``SchemaError`` listing every edge outside the schema, or every node that breaks a cardinality.
    public func validate(_ graph: KnowledgeGraph) throws(SchemaError) {
        let found = violations(in: graph)
        guard found.isEmpty else { throw SchemaError(violations: found) }
        guard Self.checksCardinalities(of: graph) else { return }
        let counted = cardinalityViolations(in: graph)
        guard counted.isEmpty else { throw SchemaError(violations: [], cardinalityViolations: counted) }
    }

    /// Whether `graph` is held to the cardinalities: every graph but one marked as a part of a larger one (graph
    /// attribute `subgraph`, which `KnowledgeGraph.subgraph(…)` and `keepingEdges(atLeast:)` set).
    public static func checksCardinalities(of graph: KnowledgeGraph) -> Bool {
        graph.attributes["subgraph"] == nil
    }

    /// The schema of the intersection knowledge graph (see docs/data-model.md for the table).
    public static let intersection: Schema = {
        var t: Set<Triple> = [
            Triple(.terroristGroup, .employs, .practice),
            Triple(.practice, .amountsTo, .form),
            Triple(.practice, .uses, .means),
            Triple(.practice, .comprises, .act),
            Triple(.practice, .targets, .victimGroup),
            Triple(.recommendation, .belongsTo, .area),
            Triple(.recommendation, .addresses, .practice),
            Triple(.recommendation, .addresses, .form),
            Triple(.recommendation, .addresses, .victimGroup),
            Triple(.recommendation, .involves, .actor),
            Triple(.recommendation, .drawsOn, .instrument),
            Triple(.victimGroup, .subtypeOf, .victimGroup),
            Triple(.form, .subtypeOf, .form),
            Triple(.generic, .linked, .generic),
        ]
        for kind in [NodeKind.practice, .form, .victimGroup, .recommendation, .instrument, .area, .means, .terroristGroup] {
            t.insert(Triple(kind, .concerns, .theme))
        }
        for kind in [NodeKind.terroristGroup, .practice, .means, .form, .victimGroup] {
            t.insert(Triple(.instrument, .covers, kind))
        }
        return Schema(triples: t, cardinalities: intersectionCardinalities)
    }()
}

/// A graph with edges outside its schema.
public struct SchemaError: Error, Sendable, Hashable, CustomStringConvertible {
    /// Every edge outside the schema, in edge order.
    public let violations: [Schema.Violation]
    /// Every node with too few or too many edges of a relation, in node order.
    public let cardinalityViolations: [Schema.CardinalityViolation]

    /// An error listing `violations` and `cardinalityViolations`.
    public init(violations: [Schema.Violation], cardinalityViolations: [Schema.CardinalityViolation] = []) {
        self.violations = violations
        self.cardinalityViolations = cardinalityViolations
    }

    public var description: String {
        let all = violations.map(\.description) + cardinalityViolations.map(\.description)
        return all.prefix(10).joined(separator: "; ") + (all.count > 10 ? "; … and \(all.count - 10) more" : "")
    }
}
