extension CompactGraph {
    /// Core number of every node, as NetworkX `core_number`: the largest k such that the node belongs to a k-core
    /// (a maximal subgraph whose nodes all have degree ≥ k). On digraphs the degree is in + out, as NetworkX.
    /// - Throws: ``AlgorithmError/selfLoop(node:)`` when the graph has a self-loop (NetworkX refuses them too).
    /// - Complexity: O(V + E), bucket-based peeling.
    /// - Reference: V. Batagelj and M. Zaversnik, "An O(m) algorithm for cores decomposition of networks" (2003).
    public func coreNumbers() throws(AlgorithmError) -> [Int] {
        for e in 0..<edgeCount where edgeSources[e] == edgeTargets[e] { throw .selfLoop(node: Int(edgeSources[e])) }
        let n = nodeCount
        var degree = degrees(.all)
        let maxDegree = degree.max() ?? 0
        var binStart = [Int](repeating: 0, count: maxDegree + 2)
        for d in degree { binStart[d + 1] += 1 }
        for d in 0...maxDegree { binStart[d + 1] += binStart[d] }
        var position = [Int](repeating: 0, count: n), order = [Int](repeating: 0, count: n)
        var fill = binStart
        for v in 0..<n { position[v] = fill[degree[v]]; order[position[v]] = v; fill[degree[v]] += 1 }
        func lower(_ u: Int, below d: Int) {
            // move u from bin degree[u] to bin degree[u]-1 by swapping with the first node of its bin
            let du = degree[u], first = binStart[du], w = order[first]
            if u != w {
                order[position[u]] = w; position[w] = position[u]
                order[first] = u; position[u] = first
            }
            binStart[du] += 1
            degree[u] -= 1
        }
        for i in 0..<n {
            let v = order[i]
            let dv = degree[v]
            for k in outOffsets[v]..<outOffsets[v + 1] { let u = Int(outTargets[k]); if degree[u] > dv { lower(u, below: dv) } }
            if isDirected {
                for k in inOffsets[v]..<inOffsets[v + 1] { let u = Int(inSources[k]); if degree[u] > dv { lower(u, below: dv) } }
            }
        }
        return degree
    }
}
