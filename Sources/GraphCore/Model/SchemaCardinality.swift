extension Schema {
    /// How many edges of one relation every node of one kind must have, counted in one direction.
    ///
    /// `Cardinality(.recommendation, .belongsTo, .outgoing, .area, min: 1, max: 1)` reads "each recommendation
    /// belongs to exactly one area". The rules state what the model needs to make sense — a recommendation outside
    /// every area, or a practice that no group employs, is a broken record, not a sparse one — and nothing more.
    public struct Cardinality: Hashable, Sendable, CustomStringConvertible {
        /// Which end of the edge the constrained node is.
        public enum Direction: String, Hashable, Sendable {
            /// The node is the edge's source.
            case outgoing
            /// The node is the edge's target.
            case incoming
        }

        /// The kind of node the rule constrains.
        public var kind: NodeKind
        /// The relation counted.
        public var relation: Relation
        /// Whether edges leaving or entering the node are counted.
        public var direction: Direction
        /// The kind at the other end of the counted edges (`nil`: any kind the relation allows).
        public var otherKind: NodeKind?
        /// The fewest edges allowed.
        public var min: Int
        /// The most edges allowed (`nil`: no upper bound).
        public var max: Int?

        /// A rule; see the properties for each parameter.
        public init(_ kind: NodeKind, _ relation: Relation, _ direction: Direction, _ otherKind: NodeKind?, min: Int, max: Int? = nil) {
            self.kind = kind
            self.relation = relation
            self.direction = direction
            self.otherKind = otherKind
            self.min = min
            self.max = max
        }

        /// The rule in words: "each recommendation belongs_to exactly one area".
        public var description: String {
            let count: String
            switch (min, max) {
            case let (a, b?) where a == b: count = a == 1 ? "exactly one" : "exactly \(a)"
            case let (a, nil): count = a == 1 ? "at least one" : "at least \(a)"
            case let (a, b?): count = "\(a) to \(b)"
            }
            let singular = count == "exactly one" || count == "at least one"
            let name = otherKind?.rawValue ?? "node"
            let other = singular ? ("aeiou".contains(name.first!) ? "an " : "a ") + name : (otherKind?.pluralName ?? "nodes")
            let edges = singular ? "edge" : "edges"
            switch direction {
            case .outgoing: return "each \(kind.rawValue) must have \(count) '\(relation.rawValue)' \(edges) to \(other)"
            case .incoming: return "each \(kind.rawValue) must have \(count) '\(relation.rawValue)' \(edges) from \(other)"
            }
        }
    }

    /// A node with too few or too many edges of a relation.
    public struct CardinalityViolation: Hashable, Sendable, CustomStringConvertible {
        /// The node.
        public let node: NodeID
        /// The rule it breaks.
        public let rule: Cardinality
        /// The nodes at the other end of its counted edges, in edge order.
        public let found: [NodeID]

        public var description: String {
            let has = found.isEmpty ? "has none" : "has \(found.count) (\(found.prefix(5).map(\.rawValue).joined(separator: ", "))\(found.count > 5 ? ", …" : ""))"
            return "\(rule.kind.rawValue) '\(node)' \(has); \(rule)"
        }
    }

    /// Every node of `graph` that breaks one of ``cardinalities``, in node order, rules in their order.
    /// - Complexity: O(V + E) per rule.
    public func cardinalityViolations(in graph: KnowledgeGraph) -> [CardinalityViolation] {
        guard !cardinalities.isEmpty else { return [] }
        var result: [CardinalityViolation] = []
        for rule in cardinalities {
            var found: [NodeID: [NodeID]] = [:]
            // by index, the relation (or kind) read in place: `for edge in graph.edges` copied every edge, and every
            // node below, once per rule, whatever its relation
            for i in graph.edges.indices where graph.edges[i].relation == rule.relation {
                let edge = graph.edges[i]
                let (mine, other) = rule.direction == .outgoing ? (edge.source, edge.target) : (edge.target, edge.source)
                guard graph.node(mine)?.kind == rule.kind, rule.otherKind.map({ graph.node(other)?.kind == $0 }) ?? true else { continue }
                found[mine, default: []].append(other)
            }
            for i in graph.nodes.indices where graph.nodes[i].kind == rule.kind {
                let node = graph.nodes[i]
                let others = found[node.id] ?? []
                if others.count < rule.min || rule.max.map({ others.count > $0 }) == true {
                    result.append(CardinalityViolation(node: node.id, rule: rule, found: others))
                }
            }
        }
        guard !result.isEmpty else { return [] }
        let order = Dictionary(uniqueKeysWithValues: graph.nodes.enumerated().map { ($1.id, $0) })
        return result.enumerated().sorted { a, b in
            let (x, y) = (order[a.element.node] ?? 0, order[b.element.node] ?? 0)
            return x != y ? x < y : a.offset < b.offset
        }.map(\.element)
    }

    /// What the intersection model needs of every dataset (docs/data-model.md lists them with their reasons).
    public static let intersectionCardinalities: [Cardinality] = [
        Cardinality(.recommendation, .belongsTo, .outgoing, .area, min: 1, max: 1),
        Cardinality(.recommendation, .addresses, .outgoing, nil, min: 1),
        Cardinality(.area, .belongsTo, .incoming, .recommendation, min: 1),
        Cardinality(.practice, .employs, .incoming, .terroristGroup, min: 1),
        Cardinality(.practice, .targets, .outgoing, .victimGroup, min: 1),
    ]
}
