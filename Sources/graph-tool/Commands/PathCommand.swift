import ArgumentParser
import Graph

struct PathCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "path",
        abstract: "Shortest path(s) between two nodes, with the relation and evidence of every step.",
        discussion: "Runs on the same view as centrality (undirected for the knowledge graph unless --directed). With --weighted, edge weights are lengths (Dijkstra); negative weights are refused."
    )

    @Argument(help: ArgumentHelp("Start node (ID, label or alias).", valueName: "from"), completion: Completions.nodes) var from: String
    @Argument(help: ArgumentHelp("End node (ID, label or alias).", valueName: "to"), completion: Completions.nodes) var to: String
    @Flag(name: .long, help: "Print every shortest path, not just the first.") var all = false
    @Option(name: .long, help: "With --all, print at most N paths.") var limit: Int = 100
    @Flag(name: .long, help: "Name the nodes of each path by label instead of ID in the table.") var labels = false

    @OptionGroup var graphInput: GraphInputOptions
    @OptionGroup var output: OutputOptions

    /// One node of a path; the first node has no step into it, and an edge list's edges no evidence: those fields
    /// are null in JSON (empty in CSV), never an empty string that reads as a value.
    struct StepRow: TabularRow {
        var path: Int, step: Int, id: String, kind: String, label: String
        var relation: String?, direction: String?, evidence: String?
        static let columns = ["path", "step", "id", "kind", "label", "relation", "direction", "evidence"]
        var cells: [String] { ["\(path)", "\(step)", id, kind, label, relation ?? "", direction ?? "", evidence ?? ""] }
        static let numericColumns: Set<Int> = [0, 1]

        enum CodingKeys: String, CodingKey { case path, step, id, kind, label, relation, direction, evidence }
        func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(path, forKey: .path)
            try c.encode(step, forKey: .step)
            try c.encode(id, forKey: .id)
            try c.encode(kind, forKey: .kind)
            try c.encode(label, forKey: .label)
            try c.encode(relation, forKey: .relation)
            try c.encode(direction, forKey: .direction)
            try c.encode(evidence, forKey: .evidence)
        }
    }

    struct PathsJSON: Encodable {
        var from: String, to: String, length: Double?, paths: [[StepRow]]
    }

    func run() throws {
        let graph = try graphInput.load()
        let u = try graph.resolve(from), v = try graph.resolve(to)
        let answer = try graph.shortestPaths(from: u, to: v, weighted: graphInput.weighted, limit: all ? limit : 1)
        let s = graph.snapshot
        guard let length = answer.length else {
            throw ValidationError("no path from '\(answer.from)' to '\(answer.to)' in the \(graph.graph.isDirected ? "directed" : "undirected") graph")
        }
        let rows: [[StepRow]] = answer.paths.enumerated().map { p, path in
            path.nodes.enumerated().map { i, id in
                let node = s.index(of: id)!
                let step = i > 0 ? path.steps[i - 1] : nil
                return StepRow(path: p + 1, step: i, id: id.rawValue, kind: s.kinds[node].rawValue, label: s.labels[node],
                               relation: step?.relation.rawValue, direction: step.map { $0.forward ? "forward" : "backward" },
                               evidence: step?.evidence?.rawValue)
            }
        }
        let lengthText = graphInput.weighted ? formatScore(length) : "\(Int(length)) step(s)"
        if output.format == .table {
            print("\(answer.paths.count) shortest path(s) from \(answer.from) to \(answer.to), length \(lengthText)")
            for path in answer.paths {
                guard labels else { print(path.text(evidence: true)); continue }
                // the same arrows as the ID form, with each node's label
                var text = s.labels[s.index(of: path.start)!]
                for step in path.steps {
                    text += step.forward ? " -[\(step.relation.rawValue)]->" : " <-[\(step.relation.rawValue)]-"
                    if let level = step.evidence { text += " (\(level.rawValue))" }
                    text += " " + s.labels[s.index(of: step.to)!]
                }
                print(text)
            }
        } else {
            try emit(rows.flatMap { $0 }, format: output.format,
                     json: PathsJSON(from: answer.from.rawValue, to: answer.to.rawValue, length: length, paths: rows))
        }
    }
}
