/// One score per edge of a ``CompactGraph``: `values[e]` belongs to edge `e` (``CompactGraph/source(ofEdge:)``,
/// ``CompactGraph/target(ofEdge:)``).
public struct EdgeScores: Sendable, Equatable {
    public var values: [Double]

    public init(_ values: [Double]) { self.values = values }

    public subscript(_ e: Int) -> Double { values[e] }
    public var count: Int { values.count }
}
