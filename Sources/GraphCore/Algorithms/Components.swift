/// A partition of the nodes into numbered blocks (components or communities).
public struct Partition: Sendable, Equatable {
    /// `block[v]` is the block of node `v`, numbered `0..<blockCount` in order of each block's smallest node.
    public let block: [Int]
    /// The number of blocks.
    public let blockCount: Int

    /// Renumbers arbitrary labels so that blocks are numbered by their smallest member.
    public init(labels: [Int]) {
        var block = [Int](repeating: 0, count: labels.count)
        var count = 0
        // Labels in 0..<n (what the algorithms produce) renumber through an array; others through a dictionary.
        if labels.allSatisfy({ $0 >= 0 && $0 < labels.count }) {
            var map = [Int](repeating: -1, count: labels.count)
            for (v, label) in labels.enumerated() {
                if map[label] < 0 { map[label] = count; count += 1 }
                block[v] = map[label]
            }
        } else {
            var map: [Int: Int] = [:]
            for (v, label) in labels.enumerated() {
                if let b = map[label] { block[v] = b } else { map[label] = count; block[v] = count; count += 1 }
            }
        }
        self.block = block
        blockCount = count
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
        var parent = [Int32](repeating: 0, count: nodeCount)
        for v in 0..<nodeCount { parent[v] = Int32(v) }
        parent.withUnsafeMutableBufferPointer { p in
            func find(_ x: Int32) -> Int32 {
                var x = x
                while p[Int(x)] != x { p[Int(x)] = p[Int(p[Int(x)])]; x = p[Int(x)] }
                return x
            }
            for e in 0..<edgeCount {
                let a = find(edgeSources[e]), b = find(edgeTargets[e])
                if a != b { if a < b { p[Int(b)] = a } else { p[Int(a)] = b } }
            }
            for v in 0..<nodeCount { p[v] = find(Int32(v)) }
        }
        return Partition(labels: parent.map(Int.init))
    }
}

extension CompactGraph {
    /// Strongly connected components of a digraph (connected components when undirected), as NetworkX
    /// `strongly_connected_components`, by an iterative Tarjan search (no recursion, so deep graphs are safe).
    /// - Complexity: O(V + E).
    /// - Reference: R. Tarjan, "Depth-first search and linear graph algorithms", SIAM J. Comput. 1 (1972).
    public func stronglyConnectedComponents() -> Partition {
        guard isDirected else { return weaklyConnectedComponents() }
        let n = nodeCount
        var index = [Int](repeating: -1, count: n), low = [Int](repeating: 0, count: n)
        var onStack = [Bool](repeating: false, count: n)
        var stack: [Int] = [], label = [Int](repeating: -1, count: n)
        var callStack: [(node: Int, next: Int)] = []
        var counter = 0, components = 0
        for root in 0..<n where index[root] < 0 {
            callStack.append((root, outOffsets[root]))
            index[root] = counter; low[root] = counter; counter += 1
            stack.append(root); onStack[root] = true
            while let frame = callStack.last {
                let v = frame.node
                if frame.next < outOffsets[v + 1] {
                    callStack[callStack.count - 1].next += 1
                    let w = Int(outTargets[frame.next])
                    if index[w] < 0 {
                        index[w] = counter; low[w] = counter; counter += 1
                        stack.append(w); onStack[w] = true
                        callStack.append((w, outOffsets[w]))
                    } else if onStack[w] {
                        low[v] = min(low[v], index[w])
                    }
                } else {
                    callStack.removeLast()
                    if let parent = callStack.last { low[parent.node] = min(low[parent.node], low[v]) }
                    if low[v] == index[v] {
                        while true {
                            let w = stack.removeLast()
                            onStack[w] = false
                            label[w] = components
                            if w == v { break }
                        }
                        components += 1
                    }
                }
            }
        }
        return Partition(labels: label)
    }
}
