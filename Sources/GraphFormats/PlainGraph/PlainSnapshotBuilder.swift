import GraphCore

/// What the plain readers of GraphML, GEXF and DOT (``PlainGraphReader``) collect while they scan: node names in the
/// order the file gives them, edges as pairs of node positions, and weights when every edge has one. It builds the
/// ``/GraphCore/GraphSnapshot`` that `snapshot.knowledgeGraph()` turns into the model the format's full reader builds
/// from the same file, or says (by returning nil) that the file is not one it can build exactly.
///
/// Names that are canonical numbers below ``EdgeListParser/denseLimit`` are found through a table indexed by the
/// number, as the edge-list readers do (a million-edge file of numbered nodes makes two million lookups), and the
/// table is the snapshot's index when every name is one; any other name goes through a dictionary. One name never
/// has two positions: ``GraphSnapshot/canonicalNumber(utf8:below:)`` decides which of the two holds it.
struct PlainSnapshotBuilder {
    private(set) var names: [String] = []
    private var byNumber: [Int32] = []
    private var byName: [String: Int32] = [:]
    private var sources: [Int32] = []
    private var targets: [Int32] = []
    private var weights: [Double] = []

    /// The position of the node named by `bytes` (UTF-8), or nil when there is none yet.
    func position(of bytes: UnsafeRawBufferPointer) -> Int32? {
        if let value = GraphSnapshot.canonicalNumber(utf8: bytes, below: EdgeListParser.denseLimit) {
            return value < byNumber.count && byNumber[value] >= 0 ? byNumber[value] : nil
        }
        guard let name = String(validating: bytes, as: UTF8.self) else { return nil }
        return byName[name]
    }

    /// Adds the node named by `bytes` and returns its position; nil when the name is taken, empty or not UTF-8. (The
    /// scanners have checked the rest of what the full reader asks of a name.)
    mutating func add(_ bytes: UnsafeRawBufferPointer) -> Int32? {
        guard !bytes.isEmpty else { return nil }
        if let value = GraphSnapshot.canonicalNumber(utf8: bytes, below: EdgeListParser.denseLimit) {
            if value >= byNumber.count { byNumber += [Int32](repeating: -1, count: max(value + 1 - byNumber.count, byNumber.count)) }
            guard byNumber[value] < 0 else { return nil }
            let position = Int32(names.count)
            names.append(String(value)); byNumber[value] = position
            return position
        }
        guard let name = String(validating: bytes, as: UTF8.self), byName[name] == nil else { return nil }
        let position = Int32(names.count)
        names.append(name); byName[name] = position
        return position
    }

    /// The position of the node named by `bytes`, added first when there is none yet (DOT: an edge creates its ends).
    mutating func positionAdding(_ bytes: UnsafeRawBufferPointer) -> Int32? {
        if let found = position(of: bytes) { return found }
        return add(bytes)
    }

    /// Adds an edge between two positions this builder gave, with its weight when it has one.
    mutating func addEdge(_ source: Int32, _ target: Int32, weight: Double?) {
        sources.append(source); targets.append(target)
        if let weight { weights.append(weight) }
    }

    /// The snapshot, or nil when some edges have weights and others not (the model would hold both, a snapshot
    /// cannot), or when the graph has parallel edges (to which the full readers give keys).
    func snapshot(directed: Bool) -> GraphSnapshot? {
        guard weights.isEmpty || weights.count == sources.count else { return nil }
        let graph = CompactGraph(nodeCount: names.count, isDirected: directed, sources: sources, targets: targets,
                                 relations: nil, weights: weights.isEmpty ? nil : weights)
        guard !graph.hasParallelEdges else { return nil }
        let ids = names.map { NodeID($0) }, kinds = [NodeKind](repeating: .generic, count: names.count)
        return byName.isEmpty
            ? GraphSnapshot(graph: graph, ids: ids, kinds: kinds, labels: names, index: .byNumber(table: byNumber))
            : GraphSnapshot(graph: graph, ids: ids, kinds: kinds, labels: names)
    }
}
