/// A partition of the nodes into numbered blocks (components or communities).
public struct Partition: Sendable, Equatable {
    /// `block[v]` is the block of node `v`, numbered `0..<blockCount` in order of each block's smallest node.
    public let block: [Int]
    public let blockCount: Int

    /// Renumbers arbitrary labels so that blocks are numbered by their smallest member.
    public init(labels: [Int]) {
        var map: [Int: Int] = [:]
        var block = [Int](repeating: 0, count: labels.count)
        for (v, label) in labels.enumerated() {
            if let b = map[label] { block[v] = b } else { map[label] = map.count; block[v] = map.count - 1 }
        }
        self.block = block
        blockCount = map.count
    }

    /// The members of each block, each sorted, blocks in block order.
    public var members: [[Int]] {
        var result = [[Int]](repeating: [], count: blockCount)
        for (v, b) in block.enumerated() { result[b].append(v) }
        return result
    }
}

extension CompactGraph {
    /// Weakly connected components (connected components when undirected), as NetworkX
    /// `weakly_connected_components` / `connected_components`.
    /// - Complexity: O(V + E), iterative union–find with path halving.
    public func weaklyConnectedComponents() -> Partition {
        var parent = Array(0..<nodeCount)
        func find(_ x: Int) -> Int {
            var x = x
            while parent[x] != x { parent[x] = parent[parent[x]]; x = parent[x] }
            return x
        }
        for e in 0..<edgeCount {
            let a = find(Int(edgeSources[e])), b = find(Int(edgeTargets[e]))
            if a != b { if a < b { parent[b] = a } else { parent[a] = b } }
        }
        return Partition(labels: (0..<nodeCount).map(find))
    }
}
