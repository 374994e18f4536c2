import Graph

/// Table, CSV and JSON forms of recommendation rankings.
enum RecommendationOutput {
    struct Row: TabularRow {
        var rank: Int, id: String, area: String, score: Double, evidence: String, label: String, explanation: String
        static let columns = ["rank", "id", "area", "score", "evidence", "label", "explanation"]
        var cells: [String] { ["\(rank)", id, area, exactScore(score), evidence, label, explanation] }
        var tableCells: [String] { ["\(rank)", id, area, formatScore(score), evidence, label] }
    }

    struct StepJSON: Encodable { var from: String, relation: String, to: String, direction: String, evidence: String, sources: [String] }
    struct ExplanationJSON: Encodable { var query: String, strength: Double, weakestEvidence: String, text: String, steps: [StepJSON] }
    struct RecommendationJSON: Encodable {
        var rank: Int, id: String, label: String, area: String?, areaLabel: String?, evidence: String, score: Double
        var directlyAddresses: [String], pathCount: Int, explanations: [ExplanationJSON]
    }
    struct QueryJSON: Encodable { var query: [String], recommendations: [RecommendationJSON] }

    static func words(_ e: Explanation) -> String { e.text() }

    static func evidence(_ e: Explanation) -> String { e.weakestEvidence?.rawValue ?? "" }

    static func json(_ r: RankedRecommendation) -> RecommendationJSON {
        RecommendationJSON(rank: r.rank, id: r.id.rawValue, label: r.label, area: r.area?.rawValue, areaLabel: r.areaLabel,
                           evidence: r.evidence.rawValue, score: r.score, directlyAddresses: r.directQueries.map(\.rawValue),
                           pathCount: r.pathCount, explanations: r.explanations.map { e in
            ExplanationJSON(query: e.start.rawValue, strength: e.strength ?? 0, weakestEvidence: evidence(e), text: words(e),
                            steps: e.steps.map { StepJSON(from: $0.from.rawValue, relation: $0.relation.rawValue, to: $0.to.rawValue,
                                                          direction: $0.forward ? "forward" : "backward", evidence: $0.evidence?.rawValue ?? "",
                                                          sources: $0.citations.map(\.description)) })
        })
    }

    static func rows(_ ranked: [RankedRecommendation]) -> [Row] {
        ranked.map { r in
            Row(rank: r.rank, id: r.id.rawValue, area: r.areaName ?? "", score: r.score, evidence: r.evidence.rawValue, label: r.label,
                explanation: r.explanations.map { "\(words($0)) (\(evidence($0)))" }.joined(separator: " | "))
        }
    }

    static func print(_ ranked: [RankedRecommendation], query: [Node], format: OutputFormat, explain: Bool) throws {
        switch format {
        case .json:
            Swift.print(try JSONOutput.render(QueryJSON(query: query.map(\.id.rawValue), recommendations: ranked.map(json))))
        case .csv:
            try emit(rows(ranked), format: .csv)
        case .table:
            Swift.print("Recommendations for \(query.map { "\($0.label) [\($0.id)]" }.joined(separator: " + ")): \(ranked.count) relevant")
            // Said of what is listed, from its evidence, whichever dataset it came from.
            if !ranked.isEmpty && ranked.allSatisfy({ $0.evidence == .inferred }) {
                Swift.print("(every recommendation listed has evidence 'inferred': analyst inference, to be checked against the source)")
            }
            Swift.print("")
            table(ranked, explain: explain)
        }
    }

    static func printForEach(_ results: [RankingForNode], format: OutputFormat, explain: Bool) throws {
        switch format {
        case .json:
            Swift.print(try JSONOutput.render(results.map { QueryJSON(query: [$0.node.id.rawValue], recommendations: $0.recommendations.map(json)) }))
        case .csv:
            var csv = CSVTable(["query"] + Row.columns)
            for r in results { for row in rows(r.recommendations) { csv.add([r.node.id.rawValue] + row.cells) } }
            Swift.print(csv.render())
        case .table:
            for r in results {
                Swift.print("== \(r.node.label) [\(r.node.id)]")
                table(r.recommendations, explain: explain)
                Swift.print("")
            }
        }
    }

    private static func table(_ ranked: [RankedRecommendation], explain: Bool) {
        var table = TextTable(["rank", "id", "area", "score", "label"], numericColumns: [0, 3])
        for r in ranked { table.add(["\(r.rank)", r.id.rawValue, r.areaName ?? "", formatScore(r.score), r.label]) }
        guard explain else { Swift.print(table.render()); return }
        let lines = table.render().split(separator: "\n", omittingEmptySubsequences: false)
        Swift.print(lines[0]); Swift.print(lines[1])
        for (line, r) in zip(lines.dropFirst(2), ranked) {
            Swift.print(line)
            for e in r.explanations { Swift.print("      why: \(words(e))  [\(evidence(e))]") }
        }
    }
}
