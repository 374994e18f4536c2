/// Failures of the algorithms on valid graphs: non-convergence, unusable weights, bad parameters.
public enum AlgorithmError: Error, Equatable, CustomStringConvertible {
    /// An iterative method did not reach `tolerance` within `iterations` steps (as NetworkX's
    /// `PowerIterationFailedConvergence`).
    case failedToConverge(algorithm: String, iterations: Int, tolerance: Double, lastError: Double)
    /// A measure that needs non-negative weights (shortest paths, PageRank, eigenvector, Katz, HITS) met a negative
    /// weight on edge `edge`.
    case negativeWeight(edge: Int, weight: Double)
    /// ``negativeWeight(edge:weight:)`` located for people by the Query layer: the edge's endpoints and, when the
    /// graph's reader knew it, where it was read (`file:line`).
    case negativeEdgeWeight(source: String, target: String, weight: Double, measure: String, location: String?)
    /// A weight that is NaN or infinite.
    case invalidWeight(edge: Int, weight: Double)
    /// A parameter outside its domain (a damping of 1.5, a Katz α at or above 1/λ_max), with why.
    case invalidParameter(name: String, value: String, reason: String)
    /// The graph has no nodes.
    case emptyGraph
    /// The algorithm does not accept self-loops (k-core, as NetworkX).
    case selfLoop(node: Int)

    public var description: String {
        switch self {
        case .failedToConverge(let a, let n, let tol, let err):
            return "\(a) did not converge in \(n) iterations (tolerance \(tol), last change \(err))"
        case .negativeWeight(let e, let w): return "edge \(e) has negative weight \(w); shortest paths, PageRank, eigenvector, Katz and HITS need non-negative weights"
        case .negativeEdgeWeight(let s, let t, let w, let measure, let location):
            return (location.map { "\($0): " } ?? "") + "edge \(s) → \(t) has weight \(w); \(measure) needs non-negative weights"
        case .invalidWeight(let e, let w): return "edge \(e) has weight \(w), which is not a finite number"
        case .invalidParameter(let name, let value, let reason): return "invalid \(name) \(value): \(reason)"
        case .emptyGraph: return "the graph has no nodes"
        case .selfLoop(let v): return "node \(v) has a self-loop; core numbers are undefined for graphs with self-loops"
        }
    }
}
