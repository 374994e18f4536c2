import GraphCore

extension Schema {
    /// The schema violations of a graph just read, as diagnostics naming the file and, when the reader kept it, the
    /// line of each edge.
    func diagnostics(for graph: KnowledgeGraph, file: String) -> [Diagnostic] {
        violations(in: graph).map { v in
            Diagnostic(file: file, line: graph.line(ofEdge: v.edgeIndex), field: "relation", message: v.description)
        }
    }
}
