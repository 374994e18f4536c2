/// One score per edge of a ``CompactGraph``: `values[e]` belongs to edge `e` (``CompactGraph/source(ofEdge:)``,
/// ``CompactGraph/target(ofEdge:)``).
public struct EdgeScores: Sendable, Equatable {
    /// `values[e]` is the score of edge `e`.
    public var values: [Double]

    /// Scores for edges `0..<values.count`.
    public init(_ values: [Double]) { self.values = values }

    /// The score of edge `e`.
    public subscript(_ e: Int) -> Double { values[e] }
    /// The number of edges scored.
    public var count: Int { values.count }
}
