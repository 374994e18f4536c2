import ArgumentParser
import Foundation
import Graph

struct DiffCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract: "What changed between two versions of a dataset, and what that does to the rankings and to theme centrality.",
        discussion: """
            Nodes are matched by ID, edges by source, relation, target and key. Then, for every practice whose top \
            recommendations differ, the old and the new top N; and every theme whose betweenness rank moved. The \
            workflow: replace a reconstructed recommendation with the report's text, then diff to see what moves. \
            Files are read by extension, like --input (.yaml as datasets).
            """
    )

    @Argument(help: ArgumentHelp("The old version.", valueName: "old"), completion: .file())
    var old: String

    @Argument(help: ArgumentHelp("The new version.", valueName: "new"), completion: .file())
    var new: String

    @Option(name: .long, help: "How many top recommendations per practice to compare.")
    var top: Int = 5

    @OptionGroup var output: OutputOptions

    struct Row: TabularRow {
        var section: String, id: String, field: String, old: String, new: String
        static let columns = ["section", "id", "field", "old", "new"]
        var cells: [String] { [section, id, field, old, new] }
    }

    func validate() throws {
        if top < 1 { throw ValidationError("--top must be at least 1") }
    }

    static func read(_ path: String) throws -> KnowledgeGraph {
        let url = URL(fileURLWithPath: path)
        return try GraphIO.read(contentsOf: url, displayName: path, format: GraphFileFormat(fileExtension: url.pathExtension) ?? .dataset)
    }

    func run() throws {
        let before = try Self.read(old), after = try Self.read(new)
        let diff = GraphDiff(old: before, new: after)
        let rankings = try GraphDiff.rankingShifts(old: before, new: after, top: top)
        let themes = try GraphDiff.centralityShifts(old: before, new: after)
        func edgeID(_ e: Edge) -> String { "\(e.source) \(e.relation.rawValue) \(e.target)" + (e.key.map { " [\($0)]" } ?? "") }
        var rows: [Row] = []
        rows += diff.addedNodes.map { Row(section: "node added", id: $0.id.rawValue, field: $0.kind.rawValue, old: "", new: $0.label) }
        rows += diff.removedNodes.map { Row(section: "node removed", id: $0.id.rawValue, field: $0.kind.rawValue, old: $0.label, new: "") }
        for c in diff.changedNodes { rows += c.fields.map { Row(section: "node changed", id: c.node.id.rawValue, field: $0.field, old: $0.old, new: $0.new) } }
        rows += diff.addedEdges.map { Row(section: "edge added", id: edgeID($0), field: "evidence", old: "", new: $0.provenance.evidence.rawValue) }
        rows += diff.removedEdges.map { Row(section: "edge removed", id: edgeID($0), field: "evidence", old: $0.provenance.evidence.rawValue, new: "") }
        for c in diff.changedEdges { rows += c.fields.map { Row(section: "edge changed", id: edgeID(c.edge), field: $0.field, old: $0.old, new: $0.new) } }
        rows += rankings.map { Row(section: "ranking", id: $0.node.rawValue, field: "top \(top)", old: $0.old.map(\.rawValue).joined(separator: " "), new: $0.new.map(\.rawValue).joined(separator: " ")) }
        rows += themes.map { s in
            Row(section: "theme betweenness", id: s.node.rawValue, field: "rank",
                old: s.old.map { "#\($0.rank) (\(formatScore($0.score)))" } ?? "", new: s.new.map { "#\($0.rank) (\(formatScore($0.score)))" } ?? "")
        }
        let summary = diff.isEmpty
            ? "\(old) and \(new) hold the same nodes and edges."
            : "\(old) → \(new): nodes +\(diff.addedNodes.count) −\(diff.removedNodes.count) ~\(diff.changedNodes.count), edges +\(diff.addedEdges.count) −\(diff.removedEdges.count) ~\(diff.changedEdges.count); \(rankings.count) practice ranking(s) and \(themes.count) theme rank(s) move\n"
        if output.format == .table && rows.isEmpty { print(summary); return }
        try emit(rows, format: output.format, summary: summary)
    }
}
