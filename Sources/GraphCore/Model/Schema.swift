/// The allowed (source kind, relation, target kind) triples. An edge outside the schema is a validation error.
public struct Schema: Sendable {
    public struct Triple: Hashable, Sendable, Comparable {
        public var source: NodeKind
        public var relation: Relation
        public var target: NodeKind

        public init(_ source: NodeKind, _ relation: Relation, _ target: NodeKind) {
            self.source = source
            self.relation = relation
            self.target = target
        }

        public static func < (a: Triple, b: Triple) -> Bool {
            (a.source, a.relation, a.target) < (b.source, b.relation, b.target)
        }
    }

    public let triples: Set<Triple>

    public init(triples: Set<Triple>) { self.triples = triples }

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
        return Schema(triples: t)
    }()
}
