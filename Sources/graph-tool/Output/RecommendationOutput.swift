import Graph

/// Table, CSV and JSON forms of recommendation rankings (``RecommendationReport``).
///
/// The three forms carry the same information: the direct band apart from the indirect one, "N of M", ties, the
/// other nodes the query text names, why a ranking is empty, and the evidence caveat. The table says it in
/// sentences, JSON in fields, CSV in columns (`link`, `of`) with the sentences on standard error.
enum RecommendationOutput {
    struct Row: TabularRow {
        var rank: Int, of: Int, id: String, area: String, link: String, score: Double, support: Double, evidence: String
        var label: String, explanation: String
        static let columns = ["rank", "of", "id", "area", "link", "score", "support", "evidence", "label", "explanation"]
        var cells: [String] { ["\(rank)", "\(of)", id, area, link, exactScore(score), exactScore(support), evidence, label, explanation] }
        var tableCells: [String] { cells }
    }

    struct StepJSON: Encodable { var from: String, relation: String, to: String, direction: String, evidence: String, sources: [String] }
    struct ExplanationJSON: Encodable { var query: String, strength: Double, weakestEvidence: String, text: String, steps: [StepJSON] }
    struct RecommendationJSON: Encodable {
        var rank: Int, tied: Bool, id: String, label: String
        @NullWhenAbsent var area: String?
        @NullWhenAbsent var areaLabel: String?
        var evidence: String
        var link: String, score: Double, support: Double
        var directlyAddresses: [String], pathCount: Int, explanations: [ExplanationJSON]
    }
    struct MatchJSON: Encodable { var text: String, id: String, kind: String, label: String }
    struct QueryJSON: Encodable {
        var query: [String], alsoMatches: [MatchJSON], minimumEvidence: String
        var linked: Int, of: Int, shown: Int, direct: Int
        @NullWhenAbsent var note: String?
        @NullWhenAbsent var emptyReason: String?
        @NullWhenAbsent var caveat: String?
        var recommendations: [RecommendationJSON]
    }

    static func words(_ e: Explanation) -> String { e.text() }

    static func evidence(_ e: Explanation) -> String { e.weakestEvidence?.rawValue ?? "" }

    static func link(_ r: RankedRecommendation) -> String { r.isDirect ? "direct" : "indirect" }

    static func tied(_ r: RankedRecommendation, in all: [RankedRecommendation]) -> Bool { all.filter { $0.rank == r.rank }.count > 1 }

    static func json(_ r: RankedRecommendation, in all: [RankedRecommendation]) -> RecommendationJSON {
        RecommendationJSON(rank: r.rank, tied: tied(r, in: all), id: r.id.rawValue, label: r.label, area: r.area?.rawValue,
                           areaLabel: r.areaLabel, evidence: r.evidence.rawValue, link: link(r), score: r.score, support: r.support,
                           directlyAddresses: r.directQueries.map(\.rawValue), pathCount: r.pathCount, explanations: r.explanations.map { e in
            ExplanationJSON(query: e.start.rawValue, strength: e.strength ?? 0, weakestEvidence: evidence(e), text: words(e),
                            steps: e.steps.map { StepJSON(from: $0.from.rawValue, relation: $0.relation.rawValue, to: $0.to.rawValue,
                                                          direction: $0.forward ? "forward" : "backward", evidence: $0.evidence?.rawValue ?? "",
                                                          sources: $0.citations.map(\.description)) })
        })
    }

    static func json(_ report: RecommendationReport, shown: [RankedRecommendation]) -> QueryJSON {
        QueryJSON(query: report.query.map(\.id.rawValue),
                  alsoMatches: report.otherMatches.map { MatchJSON(text: $0.text, id: $0.node.id.rawValue, kind: $0.node.kind.rawValue, label: $0.node.label) },
                  minimumEvidence: report.minimumEvidence.rawValue, linked: report.recommendations.count, of: report.recommendationCount,
                  shown: shown.count, direct: report.directCount, note: report.indirectOnlyNote, emptyReason: report.emptyReason,
                  caveat: report.caveat, recommendations: shown.map { json($0, in: report.recommendations) })
    }

    static func rows(_ shown: [RankedRecommendation], of report: RecommendationReport) -> [Row] {
        shown.map { r in
            Row(rank: r.rank, of: report.recommendations.count, id: r.id.rawValue, area: r.areaName ?? "", link: link(r), score: r.score,
                support: r.support, evidence: r.evidence.rawValue, label: r.label,
                explanation: r.explanations.map { "\(words($0)) (\(evidence($0)))" }.joined(separator: " | "))
        }
    }

    /// The sentences around a ranking, in the order the table prints them.
    static func sentences(_ report: RecommendationReport, shown: Int) -> [String] {
        var lines: [String] = []
        let linked = report.recommendations.count
        let names = report.query.map { "\($0.label) [\($0.id)]" }.joined(separator: " + ")
        lines.append("Recommendations for \(names): \(linked) of \(report.recommendationCount) linked"
                     + (shown < linked ? ", showing \(shown) of \(linked)" : "")
                     + (linked > 0 ? "; \(report.directCount) \(report.directCount == 1 ? "addresses" : "address") it directly" : ""))
        for m in report.otherMatches {
            lines.append("also: '\(m.text)' names \(m.node.id) (\(m.node.kind.rawValue), \(m.node.label)); query it by ID for its own ranking")
        }
        if let reason = report.emptyReason { lines.append("Nothing to rank: \(reason).") }
        if let note = report.indirectOnlyNote { lines.append(note) }
        if let caveat = report.caveat { lines.append("(\(caveat))") }
        return lines
    }

    static func print(_ report: RecommendationReport, top: Int?, format: OutputFormat, explain: Bool) throws {
        let shown = Array(report.recommendations.prefix(top ?? .max))
        switch format {
        case .json:
            Swift.print(try JSONOutput.render(json(report, shown: shown)))
        case .csv:
            for line in sentences(report, shown: shown.count) { note(line) }
            try emit(rows(shown, of: report), format: .csv)
        case .table:
            for line in sentences(report, shown: shown.count) { Swift.print(line) }
            if !shown.isEmpty { Swift.print(""); table(shown, of: report, explain: explain) }
        }
    }

    static func printForEach(_ reports: [RecommendationReport], top: Int, format: OutputFormat, explain: Bool) throws {
        switch format {
        case .json:
            Swift.print(try JSONOutput.render(reports.map { json($0, shown: Array($0.recommendations.prefix(top))) }))
        case .csv:
            var csv = CSVTable(["query"] + Row.columns)
            for r in reports {
                for row in rows(Array(r.recommendations.prefix(top)), of: r) { csv.add([r.query.map(\.id.rawValue).joined(separator: "+")] + row.cells) }
            }
            Swift.print(csv.render())
        case .table:
            for r in reports {
                let shown = Array(r.recommendations.prefix(top))
                Swift.print("== " + sentences(r, shown: shown.count).joined(separator: "\n   "))
                if !shown.isEmpty { table(shown, of: r, explain: explain) }
                Swift.print("")
            }
        }
    }

    /// The ranking in bands: what addresses the query directly, then what is reached only through other nodes.
    /// Tied recommendations share a rank, marked `=`.
    private static func table(_ shown: [RankedRecommendation], of report: RecommendationReport, explain: Bool) {
        let bands: [(String, [RankedRecommendation], Int)] = [
            ("Addressed directly", shown.filter(\.isDirect), report.directCount),
            ("Reached only through other nodes", shown.filter { !$0.isDirect }, report.recommendations.count - report.directCount),
        ]
        var first = true
        for (title, rows, total) in bands where !rows.isEmpty {
            if !first { Swift.print("") }
            first = false
            Swift.print("\(title) (\(rows.count < total ? "\(rows.count) of \(total)" : "\(total)")):")
            var table = TextTable(["rank", "id", "area", "support", "label"], numericColumns: [0, 3])
            for r in rows {
                let rank = (tied(r, in: report.recommendations) ? "=" : "") + "\(r.rank)"
                table.add([rank, r.id.rawValue, r.areaName ?? "", String(format: "%.2g", r.support), r.label])
            }
            let lines = table.render().split(separator: "\n", omittingEmptySubsequences: false)
            guard explain else { Swift.print(lines.joined(separator: "\n")); continue }
            Swift.print(lines[0]); Swift.print(lines[1])
            for (line, r) in zip(lines.dropFirst(2), rows) {
                Swift.print(line)
                for e in r.explanations { Swift.print("      why: \(words(e))  [\(evidence(e))]") }
            }
        }
    }
}
