/// One score per node of a ``CompactGraph``: `values[v]` belongs to node `v`.
public struct NodeScores: Sendable, Equatable {
    /// `values[v]` is the score of node `v`.
    public var values: [Double]

    /// Scores for nodes `0..<values.count`.
    public init(_ values: [Double]) { self.values = values }

    /// The score of node `v`.
    public subscript(_ v: Int) -> Double { values[v] }
    /// The number of nodes scored.
    public var count: Int { values.count }
}
