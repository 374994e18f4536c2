import GraphCore

extension Schema {
    /// The schema violations of a graph just read, as diagnostics naming the file and, when the reader kept it, the
    /// line of each edge; then, for a graph whose edges all fit the schema, every node that breaks a cardinality
    /// (the dataset reader reports those itself, at the node's line).
    func diagnostics(for graph: KnowledgeGraph, file: String) -> [Diagnostic] {
        let edges = violations(in: graph).map { v in
            Diagnostic(file: file, line: graph.line(ofEdge: v.edgeIndex), field: "relation", message: v.description)
        }
        guard edges.isEmpty, Schema.checksCardinalities(of: graph) else { return edges }
        return cardinalityViolations(in: graph).map { Diagnostic(file: file, field: "node \($0.node)", message: $0.description) }
    }
}
