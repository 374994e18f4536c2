import GraphCore

/// One step of an explanation: a stored edge of the graph, walked from `from` to `to`.
public struct ExplanationStep: Sendable, Equatable {
    /// Where the step starts.
    public let from: NodeID
    /// The stored edge's relation.
    public let relation: Relation
    /// Where the step ends.
    public let to: NodeID
    /// True when the stored edge points from `from` to `to`; false when the step walks it backwards.
    public let forward: Bool
    /// The edge's evidence level; `nil` for graphs that carry no provenance (edge lists).
    public let evidence: EvidenceLevel?
    /// The stored edge's citations.
    public let citations: [Citation]

    /// A step; see the properties for each parameter.
    public init(from: NodeID, relation: Relation, to: NodeID, forward: Bool, evidence: EvidenceLevel?, citations: [Citation] = []) {
        self.from = from
        self.relation = relation
        self.to = to
        self.forward = forward
        self.evidence = evidence
        self.citations = citations
    }
}

/// A path of typed edges that explains an answer: why a recommendation is relevant to a query node
/// (``RecommendationRanker``), or how two nodes are linked (``AnalysisGraph/shortestPaths(from:to:weighted:limit:)``).
public struct Explanation: Sendable, Equatable {
    /// Where the path starts: the query node of a recommendation, the start of a shortest path.
    public let start: NodeID
    /// The steps, in order from ``start``.
    public let steps: [ExplanationStep]
    /// The path strength w(p) of a recommendation explanation (docs/recommendations.md); `nil` for shortest paths.
    public let strength: Double?

    /// An explanation; see the properties for each parameter.
    public init(start: NodeID, steps: [ExplanationStep], strength: Double? = nil) {
        self.start = start
        self.steps = steps
        self.strength = strength
    }

    /// The nodes along the path, start first.
    public var nodes: [NodeID] { [start] + steps.map(\.to) }
    /// The weakest evidence level on the path (`report` for a path without steps; `nil` when a step has none).
    public var weakestEvidence: EvidenceLevel? {
        var weakest = EvidenceLevel.report
        for step in steps {
            guard let e = step.evidence else { return nil }
            weakest = min(weakest, e)
        }
        return weakest
    }

    /// The path in words, arrows showing each stored edge's direction:
    /// `girls <-[targets]- forced_marriage <-[addresses]- PROT-4`. With `evidence`, each step's evidence level
    /// follows its arrow: `girls <-[targets]- (context) forced_marriage`.
    public func text(evidence: Bool = false) -> String {
        var text = start.rawValue
        for step in steps {
            text += step.forward ? " -[\(step.relation.rawValue)]->" : " <-[\(step.relation.rawValue)]-"
            if evidence, let level = step.evidence { text += " (\(level.rawValue))" }
            text += " " + step.to.rawValue
        }
        return text
    }
}
