/// One score per node of a ``CompactGraph``: `values[v]` belongs to node `v`.
public struct NodeScores: Sendable, Equatable {
    public var values: [Double]

    public init(_ values: [Double]) { self.values = values }

    public subscript(_ v: Int) -> Double { values[v] }
    public var count: Int { values.count }
}
