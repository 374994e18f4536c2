import ArgumentParser
import Graph

struct PathCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "path",
        abstract: "Shortest path(s) between two nodes, with the relation and evidence of every step.",
        discussion: "Runs on the same view as centrality (undirected for the knowledge graph unless --directed). With --weighted, edge weights are lengths (Dijkstra); negative weights are refused."
    )

    @Argument(help: ArgumentHelp("Start node (ID, label or alias).", valueName: "from")) var from: String
    @Argument(help: ArgumentHelp("End node (ID, label or alias).", valueName: "to")) var to: String
    @Flag(name: .long, help: "Print every shortest path, not just the first.") var all = false
    @Option(name: .long, help: "With --all, print at most N paths.") var limit: Int = 100

    @OptionGroup var graphInput: GraphInputOptions
    @OptionGroup var output: OutputOptions

    struct StepRow: TabularRow {
        var path: Int, step: Int, id: String, kind: String, label: String, relation: String, direction: String, evidence: String
        static let columns = ["path", "step", "id", "kind", "label", "relation", "direction", "evidence"]
        var cells: [String] { ["\(path)", "\(step)", id, kind, label, relation, direction, evidence] }
        static let numericColumns: Set<Int> = [0, 1]
    }

    struct PathsJSON: Encodable {
        var from: String, to: String, length: Double?, paths: [[StepRow]]
    }

    func run() throws {
        let graph = try graphInput.load()
        let u = try graph.resolve(from), v = try graph.resolve(to)
        let paths: [Path]
        do { paths = try graph.graph.allShortestPaths(from: u, to: v, weighted: graphInput.weighted, limit: all ? max(1, limit) : 1) }
        catch { throw graph.located(error, measure: "the path search") }
        let s = graph.snapshot
        guard let first = paths.first else {
            throw ValidationError("no path from '\(s.ids[u])' to '\(s.ids[v])' in the \(graph.graph.isDirected ? "directed" : "undirected") graph")
        }
        var rows: [[StepRow]] = []
        for (p, path) in paths.enumerated() {
            var steps: [StepRow] = []
            for (i, node) in path.nodes.enumerated() {
                var relation = "", direction = "", evidence = ""
                if i > 0 {
                    let previous = path.nodes[i - 1]
                    if let edge = graph.storedEdge(between: previous, and: node) {
                        relation = edge.relation.rawValue
                        direction = edge.source == s.ids[previous] ? "forward" : "backward"
                        evidence = edge.provenance.evidence.rawValue
                    } else {
                        relation = "linked"
                        direction = "forward"
                    }
                }
                steps.append(StepRow(path: p + 1, step: i, id: s.ids[node].rawValue, kind: s.kinds[node].rawValue, label: s.labels[node],
                                     relation: relation, direction: direction, evidence: evidence))
            }
            rows.append(steps)
        }
        let lengthText = graphInput.weighted ? formatScore(first.length) : "\(Int(first.length)) step(s)"
        if output.format == .table {
            print("\(paths.count) shortest path(s) from \(s.ids[u]) to \(s.ids[v]), length \(lengthText)")
            for steps in rows {
                var line = ""
                for step in steps {
                    if step.step > 0 {
                        let arrow = step.direction == "backward" ? "<-[\(step.relation)]-" : "-[\(step.relation)]->"
                        line += " \(arrow)\(step.evidence.isEmpty ? "" : " (\(step.evidence))") "
                    }
                    line += step.id
                }
                print(line)
            }
        } else {
            try emit(rows.flatMap { $0 }, format: output.format,
                     json: PathsJSON(from: s.ids[u].rawValue, to: s.ids[v].rawValue, length: first.length, paths: rows))
        }
    }
}
