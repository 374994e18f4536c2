extension CompactGraph {
    /// Every structural invariant of the CSR arrays, as a list of violations (empty when sound): offsets start at 0
    /// and never decrease, row lengths add up to the edge count (twice minus self-loops when undirected), rows are
    /// sorted, and each row entry names an edge whose endpoints match it.
    ///
    /// Debug builds check this on every snapshot built (so every snapshot made in the tests is checked); release
    /// builds never do. - Complexity: O(V + E).
    public func invariantViolations() -> [String] {
        var problems: [String] = []
        let n = nodeCount
        if outOffsets.count != n + 1 || inOffsets.count != n + 1 { return ["offset arrays have the wrong length"] }
        if outOffsets[0] != 0 || inOffsets[0] != 0 { problems.append("offsets do not start at 0") }
        var loops = 0
        for e in 0..<edgeCount where edgeSources[e] == edgeTargets[e] { loops += 1 }
        let entries = isDirected ? edgeCount : 2 * edgeCount - loops
        if outOffsets[n] != entries || outTargets.count != entries || outEdges.count != entries {
            problems.append("out-adjacency holds \(outOffsets[n]) entries, expected \(entries)")
        }
        if inOffsets[n] != entries || inSources.count != entries || inEdges.count != entries {
            problems.append("in-adjacency holds \(inOffsets[n]) entries, expected \(entries)")
        }
        guard problems.isEmpty else { return problems }
        for v in 0..<n {
            if outOffsets[v] > outOffsets[v + 1] || inOffsets[v] > inOffsets[v + 1] { problems.append("row \(v): offsets decrease"); continue }
            for k in outOffsets[v]..<outOffsets[v + 1] {
                if k > outOffsets[v] && outTargets[k - 1] > outTargets[k] { problems.append("out-row \(v) not sorted") }
                let e = Int(outEdges[k]), w = outTargets[k]
                let matches = (edgeSources[e] == Int32(v) && edgeTargets[e] == w) || (!isDirected && edgeSources[e] == w && edgeTargets[e] == Int32(v))
                if !matches { problems.append("out-row \(v) entry \(k) does not match edge \(e)") }
            }
            for k in inOffsets[v]..<inOffsets[v + 1] {
                if k > inOffsets[v] && inSources[k - 1] > inSources[k] { problems.append("in-row \(v) not sorted") }
                let e = Int(inEdges[k]), u = inSources[k]
                let matches = (edgeSources[e] == u && edgeTargets[e] == Int32(v)) || (!isDirected && edgeSources[e] == Int32(v) && edgeTargets[e] == u)
                if !matches { problems.append("in-row \(v) entry \(k) does not match edge \(e)") }
            }
        }
        return problems
    }
}
