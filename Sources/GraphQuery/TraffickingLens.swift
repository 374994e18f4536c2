import GraphCore

/// Which relations of a dataset play the three elements of the trafficking definition, which one links a practice
/// to the people it is done to, and which victim groups count as children. Declared by the dataset itself, in its
/// graph attributes (`lens.act: comprises`, …), so the lens holds no relation names of its own.
///
/// | attribute | meaning | bundled dataset |
/// |---|---|---|
/// | `lens.act` | practice → act element | `comprises` |
/// | `lens.means` | practice → means element | `uses` |
/// | `lens.purpose` | practice → purpose of exploitation | `amounts_to` |
/// | `lens.target` | practice → victim group | `targets` |
/// | `lens.children` | victim groups that are children (space-separated IDs) | `children` |
/// | `lens.narrower` | group → wider group; a group narrower than a children group is one too (optional) | `subtype_of` |
public struct LensDeclaration: Sendable, Equatable {
    /// The relation from a practice to an act.
    public var act: Relation
    /// The relation from a practice to a means.
    public var means: Relation
    /// The relation from a practice to a purpose (form of exploitation).
    public var purpose: Relation
    /// The relation from a practice to a victim group.
    public var target: Relation
    /// The victim groups that count as children.
    public var children: [NodeID]
    /// The relation from a narrower group to a wider one, if any: every group narrower (transitively) than a
    /// children group counts as children.
    public var narrower: Relation?

    /// A declaration; see the properties for each parameter.
    public init(act: Relation, means: Relation, purpose: Relation, target: Relation, children: [NodeID], narrower: Relation? = nil) {
        self.act = act
        self.means = means
        self.purpose = purpose
        self.target = target
        self.children = children
        self.narrower = narrower
    }

    /// The graph-attribute names of the declaration, in table order.
    public static let attributeNames = ["lens.act", "lens.means", "lens.purpose", "lens.target", "lens.children", "lens.narrower"]

    /// The declaration `graph` carries in its attributes.
    /// - Throws: ``LensError/notDeclared(missing:)`` naming the missing attributes; ``LensError/unknownRelation(attribute:value:)``
    ///   for a value that is no relation; ``LensError/unknownChildGroup(_:)`` for a children ID that is no node.
    public init(declaredIn graph: KnowledgeGraph) throws(LensError) {
        let required = Self.attributeNames.dropLast()
        let missing = required.filter { graph.attributes[$0] == nil }
        guard missing.isEmpty else { throw .notDeclared(missing: Array(missing)) }
        func relation(_ name: String) throws(LensError) -> Relation {
            let value = graph.attributes[name]!.description.trimmed
            guard let r = Relation(rawValue: value) else { throw .unknownRelation(attribute: name, value: value) }
            return r
        }
        act = try relation("lens.act")
        means = try relation("lens.means")
        purpose = try relation("lens.purpose")
        target = try relation("lens.target")
        narrower = graph.attributes["lens.narrower"] == nil ? nil : try relation("lens.narrower")
        children = graph.attributes["lens.children"]!.description.split(whereSeparator: { $0 == " " || $0 == "," }).map { NodeID(String($0)) }
        for id in children where graph.node(id) == nil { throw .unknownChildGroup(id) }
    }
}

/// Why the lens cannot be applied.
public enum LensError: Error, Equatable, CustomStringConvertible {
    /// The graph declares no lens (or only part of one).
    case notDeclared(missing: [String])
    /// A declaration attribute names no relation.
    case unknownRelation(attribute: String, value: String)
    /// `lens.children` names a node the graph does not have.
    case unknownChildGroup(NodeID)
    /// A node asked about is not a practice.
    case notAPractice(NodeID, NodeKind)
    /// A node asked about is not in the graph.
    case unknownNode(NodeID)

    public var description: String {
        switch self {
        case .notDeclared(let missing):
            "this graph does not declare the trafficking lens (missing graph attributes: \(missing.joined(separator: ", "))); a dataset declares which relations play act, means, purpose and target, e.g. 'lens.act: comprises' under its top-level 'attributes:' (see docs/lens.md)"
        case .unknownRelation(let attribute, let value):
            "graph attribute '\(attribute)' is '\(value)', which is not a relation (expected one of: \(Relation.allCases.map(\.rawValue).joined(separator: ", ")))"
        case .unknownChildGroup(let id):
            "graph attribute 'lens.children' names '\(id)', which is not a node of the graph"
        case .notAPractice(let id, let kind):
            "'\(id)' is a \(kind.rawValue); the lens reads practices"
        case .unknownNode(let id):
            "unknown node '\(id)'"
        }
    }
}

/// One of the three elements of the definition of trafficking (Palermo Protocol art. 3(a)).
public enum LensElement: String, CaseIterable, Sendable, Comparable {
    /// The act: recruitment, transportation, transfer, harbouring or receipt of persons.
    case act
    /// The means: threat or use of force, coercion, abduction, fraud, deception, abuse of power or vulnerability, payments.
    case means
    /// The purpose: exploitation (sexual exploitation, forced labour, slavery or similar practices, servitude, organs…).
    case purpose

    public static func < (a: LensElement, b: LensElement) -> Bool { allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)! }
}

/// What the lens finds for one practice.
public struct PracticeLens: Sendable {
    /// One element link: the node at the other end of an element edge, with that edge's provenance.
    public struct Link: Sendable {
        /// The act, means or form of exploitation.
        public let node: Node
        /// The edge's evidence level.
        public let evidence: EvidenceLevel
        /// The edge's citations.
        public let citations: [Citation]
    }

    /// Whether one victim group's case meets the definition, element by element.
    public struct Verdict: Sendable {
        /// The victim group targeted.
        public let victimGroup: Node
        /// The evidence of the edge saying the practice targets it.
        public let targetEvidence: EvidenceLevel
        /// Whether the group counts as children (means then not required, art. 3(c)).
        public let isChild: Bool
        /// The elements the definition requires for this group: act, means and purpose for adults; act and purpose
        /// for children.
        public let required: [LensElement]
        /// The required elements the practice lacks (at the minimum evidence asked for).
        public let missing: [LensElement]
        /// The weakest evidence the verdict rests on: the target edge and, for each required element, its
        /// best-evidenced edge (one edge is enough to establish an element). `nil` when an element is missing.
        public let weakestEvidence: EvidenceLevel?

        /// Whether every required element is present.
        public var holds: Bool { missing.isEmpty }
    }

    /// The practice.
    public let practice: Node
    /// Its act links, in edge order.
    public let acts: [Link]
    /// Its means links.
    public let means: [Link]
    /// Its purpose links.
    public let purposes: [Link]
    /// The elements it has no link for at all.
    public var missingElements: [LensElement] {
        [(LensElement.act, acts), (.means, means), (.purpose, purposes)].filter { $0.1.isEmpty }.map(\.0)
    }
    /// One verdict per victim group it targets, in edge order.
    public let verdicts: [Verdict]
}

/// The trafficking lens: each practice read against the definition of trafficking in persons (Palermo Protocol
/// art. 3): an **act**, by **means**, for the **purpose** of exploitation; for a child (art. 3(c)) the means are not
/// required. For every victim group a practice targets, the lens says whether the graph links the practice to the
/// elements the definition requires for that group, and the weakest evidence that verdict rests on.
///
/// **Verdict.** For practice p and victim group g with an edge `p —target→ g`: the required elements are act, means
/// and purpose, or act and purpose when g counts as children (listed in `lens.children`, or narrower than one of them
/// through `lens.narrower`, transitively). An element is present when p has at least one edge of its relation; its
/// strength is that of its best-evidenced edge. The verdict holds when every required element is present, and its
/// evidence is the weakest of the target edge and the required elements' strengths. Only edges at
/// ``minimumEvidence`` or stronger count. The verdict is an analytic aid on the graph's edges, not a legal
/// determination (docs/lens.md).
///
/// - Complexity: O(E) to index the edges, then O(d) per practice of degree d.
public struct TraffickingLens: Sendable {
    /// The graph read.
    public let graph: KnowledgeGraph
    /// The relations and children groups it reads by.
    public let declaration: LensDeclaration
    /// Follow only edges at least this well evidenced.
    public var minimumEvidence: EvidenceLevel = .inferred

    /// The lens the graph declares. - Throws: ``LensError`` when it declares none, or an unusable one.
    public init(graph: KnowledgeGraph) throws(LensError) {
        self.init(graph: graph, declaration: try LensDeclaration(declaredIn: graph))
    }

    /// A lens over `graph` reading by `declaration`.
    public init(graph: KnowledgeGraph, declaration: LensDeclaration) {
        self.graph = graph
        self.declaration = declaration
    }

    /// The victim groups counted as children: the declared ones and every group narrower than one of them.
    public var childGroups: Set<NodeID> {
        var result = Set(declaration.children)
        guard let narrower = declaration.narrower else { return result }
        var changed = true
        while changed {
            changed = false
            for edge in graph.edges where edge.relation == narrower && result.contains(edge.target) && !result.contains(edge.source) {
                result.insert(edge.source)
                changed = true
            }
        }
        return result
    }

    /// The lens of every practice, in node order.
    public func practices() -> [PracticeLens] {
        let children = childGroups
        return graph.nodes.filter { $0.kind == .practice }.map { read($0, children: children) }
    }

    /// The lens of the practices with `ids`, in that order.
    /// - Throws: ``LensError/unknownNode(_:)``, ``LensError/notAPractice(_:_:)``.
    public func practices(_ ids: [NodeID]) throws(LensError) -> [PracticeLens] {
        let children = childGroups
        var result: [PracticeLens] = []
        for id in ids {
            guard let node = graph.node(id) else { throw .unknownNode(id) }
            guard node.kind == .practice else { throw .notAPractice(id, node.kind) }
            result.append(read(node, children: children))
        }
        return result
    }

    private func read(_ practice: Node, children: Set<NodeID>) -> PracticeLens {
        let out = graph.edges(from: practice.id).filter { $0.provenance.evidence >= minimumEvidence }
        func links(_ relation: Relation) -> [PracticeLens.Link] {
            out.filter { $0.relation == relation }.map {
                PracticeLens.Link(node: graph.node($0.target)!, evidence: $0.provenance.evidence, citations: $0.provenance.citations)
            }
        }
        let acts = links(declaration.act), means = links(declaration.means), purposes = links(declaration.purpose)
        let strength: [LensElement: EvidenceLevel] = [.act: acts.map(\.evidence).max(), .means: means.map(\.evidence).max(),
                                                      .purpose: purposes.map(\.evidence).max()].compactMapValues { $0 }
        let verdicts = out.filter { $0.relation == declaration.target }.map { edge -> PracticeLens.Verdict in
            let isChild = children.contains(edge.target)
            let required: [LensElement] = isChild ? [.act, .purpose] : [.act, .means, .purpose]
            let missing = required.filter { strength[$0] == nil }
            let weakest = missing.isEmpty ? ([edge.provenance.evidence] + required.map { strength[$0]! }).min() : nil
            return PracticeLens.Verdict(victimGroup: graph.node(edge.target)!, targetEvidence: edge.provenance.evidence, isChild: isChild,
                                        required: required, missing: missing, weakestEvidence: weakest)
        }
        return PracticeLens(practice: practice, acts: acts, means: means, purposes: purposes, verdicts: verdicts)
    }
}
