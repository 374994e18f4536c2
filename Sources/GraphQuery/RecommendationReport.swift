import GraphCore

/// A ranking together with what a reader needs to judge it: how many recommendations it links of how many, which
/// address the query directly and which are reached only through other nodes, why it is empty when it is, which
/// other nodes the typed query text also names, and the caveat the data calls for. `graph-tool recommend` prints
/// it as a table, JSON or CSV.
public struct RecommendationReport: Sendable {
    /// A node the query text names besides the node it resolved to.
    public struct OtherMatch: Sendable {
        /// The text as typed.
        public let text: String
        /// The other node it names (by label, alias or ID words).
        public let node: Node
    }

    /// The query nodes.
    public let query: [Node]
    /// Other nodes each query text also names, at most three per text (none for a text that is an exact ID).
    public let otherMatches: [OtherMatch]
    /// Every linked recommendation, ranked: the direct band first (``RankedRecommendation/isDirect``), then the
    /// recommendations reached only through other nodes.
    public let recommendations: [RankedRecommendation]
    /// How many recommendations the graph holds (within the query's areas).
    public let recommendationCount: Int
    /// The weakest evidence the ranking followed.
    public let minimumEvidence: EvidenceLevel
    /// Why nothing is linked, when nothing is.
    public let emptyReason: String?
    /// What the evidence of the listed recommendations obliges a reader to know, computed from the data; `nil` when
    /// none of them is `inferred`.
    public let caveat: String?

    /// What a reader must know about recommendations of these evidence levels before citing them: `nil` when none is
    /// `inferred`, else which of them are reconstructions (one level: "this recommendation has…").
    public static func caveat(evidence: [EvidenceLevel]) -> String? {
        let inferred = evidence.filter { $0 == .inferred }.count
        guard inferred > 0 else { return nil }
        let who = evidence.count == 1 ? "this recommendation has"
            : inferred == evidence.count ? "every recommendation listed has" : "\(inferred) of the \(evidence.count) recommendations listed have"
        return "\(who) evidence 'inferred': a reconstruction by analysts, not the source's text; check it before citing"
    }

    /// How many recommendations address a query node directly.
    public var directCount: Int { recommendations.filter(\.isDirect).count }

    /// A sentence when recommendations are linked but none directly: the answer then rests on indirect paths only.
    public var indirectOnlyNote: String? {
        guard directCount == 0, let best = recommendations.first else { return nil }
        let names = query.map(\.label).joined(separator: " + ")
        return "No recommendation addresses \(names) directly; the \(recommendations.count) listed are reached only through other nodes (strongest support \(String(format: "%.2g", best.support)): weak links, not answers)."
    }
}

extension RecommendationRanker {
    /// Ranks `query` (as ``rank(_:)``) and puts the ranking in a ``RecommendationReport``. `texts` are the names the
    /// user typed for the query nodes, in order, for ``RecommendationReport/otherMatches``.
    /// - Throws: ``RecommendationError`` as ``rank(_:)``.
    public func report(_ query: RecommendationQuery, texts: [String] = []) throws(RecommendationError) -> RecommendationReport {
        let ranked = try rank(query)
        let queryNodes = query.nodes.compactMap { graph.node($0) }
        let inArea: (Node) -> Bool = { node in
            guard let areas = query.areas else { return true }
            return self.graph.edges(from: node.id).contains { $0.relation == .belongsTo && areas.contains($0.target) }
        }
        let recommendations = graph.nodes.filter { $0.kind == .recommendation && inArea($0) }
        return RecommendationReport(
            query: queryNodes, otherMatches: otherMatches(texts, besides: Set(query.nodes)), recommendations: ranked,
            recommendationCount: recommendations.count, minimumEvidence: query.minimumEvidence,
            emptyReason: ranked.isEmpty ? emptyReason(query, recommendations: recommendations) : nil,
            caveat: RecommendationReport.caveat(evidence: ranked.map(\.evidence)))
    }

    private func otherMatches(_ texts: [String], besides chosen: Set<NodeID>) -> [RecommendationReport.OtherMatch] {
        var result: [RecommendationReport.OtherMatch] = []
        for text in texts {
            let key = KnowledgeGraph.normalize(text)
            guard !key.isEmpty, graph.node(NodeID(text.trimmed)) == nil else { continue }
            let matching = graph.nodes.filter { node in
                !chosen.contains(node.id) && node.kind != .recommendation && node.kind != .area
                    && ([node.id.rawValue, node.label] + node.aliases).contains { Self.containsWords(KnowledgeGraph.normalize($0), key) }
            }
            result += matching.prefix(3).map { RecommendationReport.OtherMatch(text: text, node: $0) }
        }
        return result
    }

    /// Whether `text` holds `words` as whole words ("forced marriage" in "forced marriage to fighters", not in
    /// "enforced marriages").
    private static func containsWords(_ text: String, _ words: String) -> Bool {
        let t = " " + text.map { $0.isLetter || $0.isNumber ? $0 : " " } + " "
        let w = " " + words.map { $0.isLetter || $0.isNumber ? $0 : " " } + " "
        return t.contains(String(w))
    }

    private func emptyReason(_ query: RecommendationQuery, recommendations: [Node]) -> String {
        let ids = Set(recommendations.map(\.id))
        let touching = graph.edges.filter { ids.contains($0.source) || ids.contains($0.target) }
        let followed = touching.filter { $0.provenance.evidence >= query.minimumEvidence }
        if recommendations.isEmpty { return "the graph has no recommendations\(query.areas == nil ? "" : " in the chosen areas")" }
        if followed.isEmpty {
            let levels = Set(touching.map(\.provenance.evidence)).sorted(by: >).map { "'\($0.rawValue)'" }.joined(separator: ", ")
            return "no edge at a recommendation has evidence '\(query.minimumEvidence.rawValue)' or stronger: all \(touching.count) are \(levels), so nothing can be reached at that level. The recommendations are linked only by weaker evidence; --min-evidence \(touching.map(\.provenance.evidence).max()?.rawValue ?? "inferred") follows them"
        }
        return "no path of at most \(query.maxPathLength) edge(s) at evidence '\(query.minimumEvidence.rawValue)' or stronger joins the query to a recommendation"
    }

}
