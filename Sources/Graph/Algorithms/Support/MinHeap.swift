/// A binary min-heap of (key, node) pairs for Dijkstra's algorithm, with lazy deletion by the caller.
/// Ties on key are broken by node index so the pop order is deterministic.
struct MinHeap {
    private(set) var keys: [Double] = []
    private(set) var nodes: [Int32] = []

    var isEmpty: Bool { keys.isEmpty }

    mutating func removeAll() { keys.removeAll(keepingCapacity: true); nodes.removeAll(keepingCapacity: true) }

    @inline(__always) private func less(_ i: Int, _ j: Int) -> Bool {
        keys[i] < keys[j] || (keys[i] == keys[j] && nodes[i] < nodes[j])
    }

    mutating func push(_ key: Double, _ node: Int32) {
        keys.append(key); nodes.append(node)
        var i = keys.count - 1
        while i > 0 {
            let parent = (i - 1) >> 1
            if !less(i, parent) { break }
            keys.swapAt(i, parent); nodes.swapAt(i, parent)
            i = parent
        }
    }

    mutating func pop() -> (key: Double, node: Int32) {
        let top = (keys[0], nodes[0])
        let lastKey = keys.removeLast(), lastNode = nodes.removeLast()
        if !keys.isEmpty {
            keys[0] = lastKey; nodes[0] = lastNode
            var i = 0
            let n = keys.count
            while true {
                let l = 2 * i + 1, r = l + 1
                var m = i
                if l < n && less(l, m) { m = l }
                if r < n && less(r, m) { m = r }
                if m == i { break }
                keys.swapAt(i, m); nodes.swapAt(i, m)
                i = m
            }
        }
        return top
    }
}
